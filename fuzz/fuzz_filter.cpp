// libFuzzer target: the contexts filter grammar. Any text may be refused with a ParseError
// (whose position lies inside the text); whatever is accepted must print to a canonical form
// that parses back to the same expression, and printing that again changes nothing.

#include "FilterExpression.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char *what, const QString &text)
{
    std::fprintf(stderr, "fuzz_filter: %s\n  input: %s\n", what, qPrintable(text));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ctx::filter;
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ParseResult first = parse(text);
    if (!first.ok()) {
        if (first.error->position < 0 || first.error->position > text.size())
            fail("error position outside the text", text);
        if (first.error->message.isEmpty())
            fail("error without a message", text);
        return 0;
    }
    if (!first.expression)
        return 0; // blank text
    const QString printed = print(*first.expression);
    const ParseResult second = parse(printed);
    if (!second.ok() || !second.expression)
        fail("printed form does not parse", printed);
    if (!(*second.expression == *first.expression))
        fail("round trip changed the expression", printed);
    if (print(*second.expression) != printed)
        fail("printing is not stable", printed);
    return 0;
}
