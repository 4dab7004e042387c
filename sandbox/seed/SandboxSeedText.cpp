#include "SandboxSeedText.h"

#include "SandboxEntities.h"

namespace sandbox {

void SandboxSeedText::appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    const bool negative = value < 0;
    quint64 rest = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        *--at = static_cast<char>('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    while (end - at < width)
        *--at = '0';
    if (negative)
        *--at = '-';
    out.append(at, end - at);
}

void SandboxSeedText::appendIsoDate(QByteArray &out, qint64 ms)
{
    qint64 seconds = ms / 1000;
    qint64 days = seconds / 86400;
    seconds %= 86400;
    if (seconds < 0) {
        seconds += 86400;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    char text[20]; // YYYY-MM-DDTHH:MM:SSZ
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = static_cast<char>('0' + value % 10);
    };
    put(0, yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, dayOfYear - (153 * mp + 2) / 5 + 1, 2);
    text[10] = 'T';
    put(11, seconds / 3600, 2);
    text[13] = ':';
    put(14, seconds / 60 % 60, 2);
    text[16] = ':';
    put(17, seconds % 60, 2);
    text[19] = 'Z';
    out.append(text, sizeof text);
}

void SandboxSeedText::appendKey(QByteArray &out, const char *prefix, quint64 key)
{
    static const char hex[] = "0123456789abcdef";
    char digits[SandboxEntities::kKeyDigits + 1];
    digits[0] = '-';
    for (int i = SandboxEntities::kKeyDigits; i > 0; --i, key >>= 4)
        digits[i] = hex[key & 0xf];
    out += prefix;
    out.append(digits, sizeof digits);
}

void SandboxSeedText::appendLower(QByteArray &out, const char *text)
{
    char lower[64];
    qsizetype size = 0;
    for (; *text && size < qsizetype(sizeof lower); ++text)
        lower[size++]
            = (*text >= 'A' && *text <= 'Z') ? static_cast<char>(*text - 'A' + 'a') : *text;
    out.append(lower, size);
}

void SandboxSeedText::appendStreet(QByteArray &out, int number, const char *name)
{
    appendDigits(out, number);
    out += ' ';
    out += name;
}

} // namespace sandbox
