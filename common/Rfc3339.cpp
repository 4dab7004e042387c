#include "Rfc3339.h"

namespace ctx {

std::optional<QDateTime> parseRfc3339(QStringView text)
{
    // YYYY-MM-DD, T (or t or a space), hh:mm:ss, an optional fraction of any length, and Z (z)
    // or an offset ±hh:mm; ASCII digits only. Read by hand, not by a regular expression: this
    // runs for every row of a page. A single final newline is allowed, as the pattern this
    // replaces ("...$") allowed it.
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype n = text.size();
    if (n > 0 && p[n - 1] == u'\n')
        --n;
    qsizetype i = 0;
    const auto isDigit = [&](qsizetype at) { return at < n && p[at] >= u'0' && p[at] <= u'9'; };
    const auto number = [&](int digits, int *out) {
        int value = 0;
        for (int k = 0; k < digits; ++k, ++i) {
            if (!isDigit(i))
                return false;
            value = value * 10 + (p[i] - u'0');
        }
        *out = value;
        return true;
    };
    const auto literal = [&](char16_t a, char16_t b = 0, char16_t c = 0) {
        if (i >= n || (p[i] != a && (!b || p[i] != b) && (!c || p[i] != c)))
            return false;
        ++i;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(4, &year) || !literal(u'-') || !number(2, &month) || !literal(u'-')
        || !number(2, &day) || !literal(u'T', u't', u' ') || !number(2, &hour) || !literal(u':')
        || !number(2, &minute) || !literal(u':') || !number(2, &second))
        return std::nullopt;
    int ms = 0;
    if (i < n && p[i] == u'.') {
        ++i;
        if (!isDigit(i))
            return std::nullopt;
        int digits = 0;
        for (; isDigit(i); ++i, ++digits) {
            if (digits < 3)
                ms = ms * 10 + (p[i] - u'0');
        }
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    int offsetSeconds = 0;
    if (!literal(u'Z', u'z')) {
        if (i >= n || (p[i] != u'+' && p[i] != u'-'))
            return std::nullopt;
        const bool negative = p[i] == u'-';
        ++i;
        int hours = 0, minutes = 0;
        if (!number(2, &hours) || !literal(u':') || !number(2, &minutes))
            return std::nullopt;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (negative)
            offsetSeconds = -offsetSeconds;
    }
    if (i != n)
        return std::nullopt;
    const QDate date(year, month, day);
    // A leap second (:60) is kept as the last millisecond of that minute.
    if (second > 60)
        return std::nullopt;
    if (second == 60)
        ms = 999;
    const QTime time(hour, minute, qMin(second, 59), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace ctx
