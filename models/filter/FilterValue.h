#pragma once

#include "FilterExpression.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ctx {

// The value of one filter condition as the builder's value box edits it: text a person types,
// turned into the condition's JSON value and back. Its shape is decided once, from the field
// and the operator (FilterFields is asked here and nowhere else on the way):
//   - Presence (exists): "true" or "false".
//   - Scalar: text starting with " [ or { that is valid JSON is that JSON value ("42" is a
//     string, [1,2] an array); for string fields (key, name, kind, kindKey, applicationId,
//     id, q) anything else is the text itself; for attributes, true, false, null and JSON
//     numbers are those values and anything else is the text, spaces and all.
//   - List (anyOf, contains; equals on kinds and kindKeys): one JSON value as above, or
//     items separated by commas, each trimmed and read as a scalar; an item holding a comma
//     or outer spaces is written as a JSON string ("a, b"). Empty items are skipped.
//
// toText() writes the text that reads back to the same value, falling back to JSON when no
// plain text does; isEditable() says whether the round trip holds. The grammar's own escaping
// is left to filter::print.
class FilterValue
{
public:
    enum class Shape { Presence, Scalar, List };

    FilterValue(const QString &field, filter::Operator op);

    Shape shape() const { return m_shape; }
    bool isList() const { return m_shape == Shape::List; }

    QJsonValue fromText(const QString &text) const;
    QString toText(const QJsonValue &value) const;
    bool isEditable(const QJsonValue &value) const;
    // One value as it stands in the box: alone, or as one item of a list (for a suggestion
    // the person picks).
    QString itemText(const QJsonValue &value) const;

    // The items of a comma-separated list as typed (untrimmed), commas inside JSON strings
    // kept: `a, "b,c"` -> ["a", ` "b,c"`].
    static QStringList splitItems(const QString &text);

private:
    QJsonValue scalarFromText(const QString &text) const;
    QString scalarToText(const QJsonValue &value, bool inList) const;

    Shape m_shape;
    bool m_strings; // a string field: 42 typed means "42"
};

} // namespace ctx
