#pragma once

#include "FilterExpression.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ctx {

// How the filter builder's value box turns text into a condition's JSON value and back.
// The box shows what a person would type; the grammar's escaping is left to filter::print.
//
// A single value:
//   - text starting with " [ or { that is valid JSON is that JSON value ("42" is a string,
//     "a, b" keeps its comma, [1,2] is an array);
//   - for key, name, kind, kindKey, applicationId, id and q, anything else is the text itself;
//   - for attributes, true, false, null and JSON numbers are those values, anything else
//     is the text itself, spaces and all.
// A list (anyOf, contains; equals on kinds and kindKeys): one JSON value as above (an
// array, or a single "string" the server also accepts), or items
// separated by commas, each trimmed and read as a single value; an item holding a comma or
// outer spaces is written as a JSON string ("a, b"). Empty items are skipped.
// exists: "true" or "false".
//
// toEditText() writes the text that reads back to the same value; when no plain text
// does, it falls back to JSON. isEditable() says whether the round trip holds.
class FilterValueText
{
public:
    // Whether `op` on `field` takes a list of values.
    static bool isList(filter::Operator op, const QString &field);

    static QJsonValue fromEditText(const QString &text, filter::Operator op, const QString &field);
    static QString toEditText(const QJsonValue &value, filter::Operator op, const QString &field);
    static bool isEditable(const QJsonValue &value, filter::Operator op, const QString &field);

    // The items of a comma-separated list as typed (untrimmed), commas inside JSON strings
    // kept: `a, "b,c"` -> ["a", ` "b,c"`].
    static QStringList splitItems(const QString &text);

    // One value as typed alone (inList false) or as one item of a list (inList true), e.g.
    // for a suggestion the person picks.
    static QString scalarToText(const QJsonValue &value, const QString &field, bool inList);

private:
    static QJsonValue scalarFromText(const QString &text, const QString &field);
};

} // namespace ctx
