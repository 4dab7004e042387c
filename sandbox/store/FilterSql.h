#pragma once

#include "FilterExpression.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <optional>

namespace sandbox {

// The rows of a filter's result are among these (a key or name equality or prefix, found through
// an index of its own): when they are few, the list reads them and sorts them rather than reading
// in list order until the page is full (SandboxStore).
struct SqlNarrowing
{
    QString ids; // a SELECT of one column, `id`; "{env}" stands for the environment's id
    QVariantList binds;
};

// A SQL boolean expression over the `contexts` table (alias `c`) with its `?` parameters,
// in the order they appear in the text.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
    QList<SqlNarrowing> narrowing; // implied by `sql`
    bool indexOnly = false; // only kind clauses: an index counts the rows without reading them
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

    // The first text greater than every text that starts with `prefix` (SQLite compares text
    // byte by byte in UTF-8; bind it as bytes and CAST it AS TEXT), or nothing when there is
    // none: `column >= prefix AND column < end` is the index range of the prefix.
    static QByteArray prefixEnd(const QString &prefix);

    // The versions of the context instance `id`, over `instances` (alias `i`): found through
    // the contexts the id names (it is base64url of "kind:key[:kind:key...]") and their
    // memberships (the narrowing), so that no index on instance ids is needed.
    static SqlCondition instanceIdCondition(const QString &id);

    // The rows of the context kind + key, over `contexts` (alias `c`), through context_keys.
    static SqlCondition contextCondition(
        qint64 environmentId, const QString &kind, const QString &key);

    // `a AND b`, or `a` alone when there is no `b`.
    static SqlCondition conjoin(SqlCondition a, const std::optional<SqlCondition> &b);
};

} // namespace sandbox
