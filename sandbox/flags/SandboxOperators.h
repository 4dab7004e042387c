#pragma once

#include <QJsonValue>
#include <QString>

namespace sandbox {

// LaunchDarkly's clause operators on one context value and one clause value:
//   in                                  equal JSON values (numbers by value)
//   startsWith, endsWith, contains      strings (contains: substring)
//   matches                             string against a regular expression
//   lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual    numbers
//   before, after                       dates: epoch milliseconds or RFC 3339 strings
//   semVerEqual, semVerLessThan, semVerGreaterThan   versions ("17.4" means 17.4.0)
// A value of the wrong type never matches; an unknown operator never matches.
// segmentMatch is the evaluator's (it needs the segments).
class SandboxOperators
{
public:
    static bool apply(
        const QString &op, const QJsonValue &contextValue, const QJsonValue &clauseValue);
    static bool isKnown(const QString &op);
};

} // namespace sandbox
