// libFuzzer target: the sandbox's continuation tokens. Whatever a client sends as a token must
// be refused unless the sandbox signed it for that list, and never crash. The first bytes also
// build a sort key whose token must decode back to the same key, and only for its own scope.

#include "SandboxCursor.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_cursor: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using sandbox::SandboxCursor;
    static const SandboxCursor cursor(QByteArrayLiteral("fuzzing secret"));
    static const QByteArray scope = SandboxCursor::scope(QStringLiteral("env"), QString());
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // A token nobody signed is never accepted.
    const QString forged = QString::fromLatin1(bytes);
    if (cursor.decode(forged, false, scope) || cursor.decode(forged, true, scope)) {
        // Only a real token can pass: it must be one the sandbox itself would produce.
        const auto key = cursor.decode(forged, false, scope);
        if (key && cursor.encode(*key, false, scope) != forged)
            fail("accepted a token the sandbox did not produce");
    }

    // Round trip of a key built from the input.
    sandbox::SortKey key;
    if (size >= sizeof(qint64))
        std::memcpy(&key.lastSeenMs, data, sizeof(qint64));
    const QString rest = QString::fromUtf8(bytes.mid(sizeof(qint64)));
    const QStringList parts = rest.split(QLatin1Char('\n'));
    key.kind = parts.value(0);
    key.key = parts.value(1);
    key.applicationId = parts.value(2);
    const QString token = cursor.encode(key, false, scope);
    const auto back = cursor.decode(token, false, scope);
    if (!back)
        fail("a token the sandbox produced was refused");
    if (back->lastSeenMs != key.lastSeenMs || back->kind != key.kind || back->key != key.key
        || back->applicationId != key.applicationId)
        fail("round trip changed the sort key");
    if (cursor.decode(token, true, scope))
        fail("a descending token was accepted for an ascending list");
    if (cursor.decode(
            token, false, SandboxCursor::scope(QStringLiteral("env"), QStringLiteral("x"))))
        fail("a token was accepted for another filter");
    return 0;
}
