#pragma once

#include "FilterExpression.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace sandbox {

// The sentences FilterSql answers with.
QString filterUnsupported(const ctx::filter::Clause &clause); // field "x" does not support ...
QString filterNeeds(const ctx::filter::Clause &clause, const QString &what);

// The attribute clauses of a filter (<kind>.<attr>, *.<attr>, <kind>./json~1pointer) as SQL
// over the row's attributes JSON (SQLite JSON1) or, for key, name and kind, its columns.
// The pointer becomes a JSON path that is bound like every value. Operators: equals,
// notEquals, anyOf, exists, startsWith, before, after (inclusive; the value is an RFC 3339
// date-time or epoch milliseconds, as a number or a string of digits; the attribute is a date
// string or a number of epoch milliseconds).
// A kind-scoped clause matches only rows of that kind; notEquals also matches a row
// where the attribute is absent.
class FilterSqlAttribute
{
public:
    // Appends parameters to `binds`; sets `error` (when still empty) on failure.
    FilterSqlAttribute(QVariantList &binds, QString &error);

    // `dot` is the index of the first "." in the clause's field.
    std::optional<QString> translate(const ctx::filter::Clause &clause, qsizetype dot);

private:
    // Where an attribute lives: a column of the row (key, name, kind) or a JSON path.
    struct Target
    {
        QString column; // empty for a JSON attribute
        QString path; // e.g. $."address"."city"
        bool isColumn() const { return !column.isEmpty(); }
    };

    std::nullopt_t fail(const QString &message);
    std::optional<Target> target(const ctx::filter::Clause &clause, const QString &attribute);
    std::optional<QString> equalsPredicate(const Target &t, const QJsonValue &value);
    static std::optional<qint64> millisOf(const QJsonValue &value);
    std::optional<QString> millisPredicate(const ctx::filter::Clause &clause, const Target &t);
    std::optional<QString> attributePredicate(const ctx::filter::Clause &clause, const Target &t);

    QVariantList &m_binds;
    QString &m_error;
};

} // namespace sandbox
