#pragma once

#include "filter/FilterExpression.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace sandbox {

// A SQL boolean expression over the `contexts` table (alias `c`) with its `?` parameters,
// in the order they appear in the text.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};

// Which list a filter is for, and so which fields it may use.
enum class FilterScope {
    Contexts, // searchContexts: every field below, over `contexts` (alias `c`)
    ContextVersions, // getContexts: only applicationId (equals, anyOf), alias `c`
    Instances, // searchContextInstances: applicationId, id, kinds, kindKeys over `instances` (`i`)
    InstanceVersions, // getContextInstances: only applicationId (equals, anyOf), alias `i`
};

// Translates a parsed filter (api-notes.md §2) into SQL for the contexts list. Values are
// always bound, never written into the text. Supported, with the operators of the spec's
// table for searchContexts:
//   kind, key, kindKey, name, applicationId, id      columns of the row
//   kinds, kindKeys                                   the instance the row was last seen in
//   q                                                 case-insensitive substring of key, name or
//                                                     any string attribute (every term must match)
//   <kind>.<attr>, *.<attr>, <kind>./json~1pointer    attributes (json_extract on the row's JSON)
// For instances: applicationId and id (equals, notEquals, anyOf), kinds and kindKeys (equals,
// anyOf, contains) over the instance row itself.
class FilterSql
{
public:
    // Returns the condition, or nothing with *error set to a sentence naming the field,
    // the operator or the value that is not supported.
    static std::optional<SqlCondition> translate(const ctx::filter::Expression &expression,
        QString *error, FilterScope scope = FilterScope::Contexts);

    // `a AND b`, or `a` alone when there is no `b`.
    static SqlCondition conjoin(SqlCondition a, const std::optional<SqlCondition> &b);
};

} // namespace sandbox
