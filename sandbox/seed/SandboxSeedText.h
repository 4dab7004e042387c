#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace sandbox {

// The little texts of generated contexts, appended to UTF-8 buffers without allocating: what
// SandboxSeedRenderer and SandboxSeedCounters write millions of times.
class SandboxSeedText
{
public:
    // Decimal digits, zero-padded to `width`.
    static void appendDigits(QByteArray &out, qint64 value, int width = 0);
    // "2026-11-20T10:00:00Z" (QDateTime's Qt::ISODate in UTC) from whole-second epoch ms.
    static void appendIsoDate(QByteArray &out, qint64 ms);
    // "<prefix>-" and SandboxEntities::kKeyDigits hex digits.
    static void appendKey(QByteArray &out, const char *prefix, quint64 key);
    // ASCII in lower case.
    static void appendLower(QByteArray &out, const char *text);
    // "<number> <name>".
    static void appendStreet(QByteArray &out, int number, const char *name);
};

} // namespace sandbox
