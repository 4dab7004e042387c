#include "SandboxOperators.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return !a.isNull() && a == b;
}

std::optional<double> millis(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return static_cast<double>(time.toMSecsSinceEpoch());
}

struct SemVer
{
    qint64 parts[3] = {0, 0, 0};
    QStringList prerelease;
};

std::optional<SemVer> semVer(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"
                                            "(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"_s);
    if (!value.isString())
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    SemVer version;
    for (int i = 0; i < 3; ++i) {
        bool ok = true;
        if (match.hasCaptured(i + 1))
            version.parts[i] = match.captured(i + 1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (match.hasCaptured(4))
        version.prerelease = match.captured(4).split(u'.');
    return version;
}

// Semantic Versioning 2.0.0 precedence; build metadata is ignored.
int compare(const SemVer &a, const SemVer &b)
{
    for (int i = 0; i < 3; ++i) {
        if (a.parts[i] != b.parts[i])
            return a.parts[i] < b.parts[i] ? -1 : 1;
    }
    if (a.prerelease.isEmpty() || b.prerelease.isEmpty())
        return a.prerelease.isEmpty() == b.prerelease.isEmpty() ? 0
            : a.prerelease.isEmpty()                            ? 1
                                                                : -1;
    for (qsizetype i = 0; i < std::min(a.prerelease.size(), b.prerelease.size()); ++i) {
        bool aNumeric = false;
        bool bNumeric = false;
        const qint64 an = a.prerelease[i].toLongLong(&aNumeric);
        const qint64 bn = b.prerelease[i].toLongLong(&bNumeric);
        if (aNumeric && bNumeric && an != bn)
            return an < bn ? -1 : 1;
        if (aNumeric != bNumeric)
            return aNumeric ? -1 : 1;
        if (!aNumeric && a.prerelease[i] != b.prerelease[i])
            return a.prerelease[i] < b.prerelease[i] ? -1 : 1;
    }
    if (a.prerelease.size() == b.prerelease.size())
        return 0;
    return a.prerelease.size() < b.prerelease.size() ? -1 : 1;
}

const QStringList kOperators {u"in"_s, u"startsWith"_s, u"endsWith"_s, u"contains"_s, u"matches"_s,
    u"lessThan"_s, u"lessThanOrEqual"_s, u"greaterThan"_s, u"greaterThanOrEqual"_s, u"before"_s,
    u"after"_s, u"semVerEqual"_s, u"semVerLessThan"_s, u"semVerGreaterThan"_s, u"segmentMatch"_s};

} // namespace

bool SandboxOperators::isKnown(const QString &op)
{
    return kOperators.contains(op);
}

bool SandboxOperators::apply(
    const QString &op, const QJsonValue &contextValue, const QJsonValue &clauseValue)
{
    if (op == u"in")
        return sameValue(contextValue, clauseValue);
    if (op == u"startsWith" || op == u"endsWith" || op == u"contains" || op == u"matches") {
        if (!contextValue.isString() || !clauseValue.isString())
            return false;
        const QString text = contextValue.toString();
        const QString pattern = clauseValue.toString();
        if (op == u"startsWith")
            return text.startsWith(pattern);
        if (op == u"endsWith")
            return text.endsWith(pattern);
        if (op == u"contains")
            return text.contains(pattern);
        const QRegularExpression expression(pattern);
        return expression.isValid() && expression.match(text).hasMatch();
    }
    if (op.startsWith(u"lessThan") || op.startsWith(u"greaterThan")) {
        if (!contextValue.isDouble() || !clauseValue.isDouble())
            return false;
        const double a = contextValue.toDouble();
        const double b = clauseValue.toDouble();
        if (op == u"lessThan")
            return a < b;
        if (op == u"lessThanOrEqual")
            return a <= b;
        if (op == u"greaterThan")
            return a > b;
        return op == u"greaterThanOrEqual" && a >= b;
    }
    if (op == u"before" || op == u"after") {
        const std::optional<double> a = millis(contextValue);
        const std::optional<double> b = millis(clauseValue);
        if (!a || !b)
            return false;
        return op == u"before" ? *a < *b : *a > *b;
    }
    if (op.startsWith(u"semVer")) {
        const std::optional<SemVer> a = semVer(contextValue);
        const std::optional<SemVer> b = semVer(clauseValue);
        if (!a || !b)
            return false;
        const int order = compare(*a, *b);
        if (op == u"semVerEqual")
            return order == 0;
        if (op == u"semVerLessThan")
            return order < 0;
        return op == u"semVerGreaterThan" && order > 0;
    }
    return false;
}

} // namespace sandbox
