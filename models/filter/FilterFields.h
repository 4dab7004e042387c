#pragma once

#include "FilterExpression.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// What the contexts/search filter accepts per field (api-notes.md §2, "Fields allowed when
// searching contexts"), and how attribute fields are written.
//
// Fields are either plain (key, name, kind, kinds, kindKey, kindKeys, applicationId, id, q)
// or attributes: "<kind>.<attribute>" or "*.<attribute>", where the attribute is a literal
// top-level name ("user.email") or a JSON pointer ("user./address/city", "*./job~1title").
class FilterFields
{
public:
    // An attribute field taken apart: the kind (empty for "*") and the attribute as a JSON
    // pointer ("/email", "/address/city").
    struct Attribute
    {
        QString kind;
        QString pointer;
        friend bool operator==(const Attribute &, const Attribute &) = default;
    };

    // The plain fields, in the order a field chooser offers them.
    static QStringList plainFields();

    // The operators the API accepts for `field`, in the order a chooser offers them. Empty
    // for a field it does not know (a bare name such as "email": write "*.email").
    static QList<filter::Operator> operatorsFor(const QString &field);

    // Whether `field` is one the API knows: a plain field or an attribute field.
    static bool isKnown(const QString &field) { return !operatorsFor(field).isEmpty(); }

    // Plain fields whose values are strings or lists of strings: a value typed as 42 for
    // them means the string "42".
    static bool isStringField(const QString &field);

    // Plain fields whose value is a list (kinds, kindKeys): "equals" compares whole lists.
    static bool isListField(const QString &field);

    // The kind and pointer of an attribute field; nullopt for plain or malformed fields.
    static std::optional<Attribute> attribute(const QString &field);

    // The readable field for an attribute: "user.email" for a simple top-level name,
    // "user./address/city" for a nested or unusual one, "*.email" when `kind` is empty.
    // `pointer` is a JSON pointer; text without a leading "/" is taken as one literal name.
    static QString attributeField(const QString &kind, const QString &pointer);
};

} // namespace ctx
