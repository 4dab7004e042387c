#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ctx {

// One attribute name seen on contexts of a kind (schema "ContextAttributeName"): a JSON
// pointer such as "/firstName" or "/address/city".
struct AttributeName
{
    QString pointer;
    int weight = 0; // relative recent frequency
    bool redacted = false; // some values of it were private
};

struct KindAttributeNames
{
    QString kind;
    QList<AttributeName> names;
};

// One value seen for an attribute (schema "ContextAttributeValue"; the value is in "name").
struct AttributeValue
{
    QByteArray valueJson; // compact JSON
    int weight = 0;
};

struct KindAttributeValues
{
    QString kind;
    QList<AttributeValue> values;
};

// The body of PUT /api/v2/projects/{p}/context-kinds/{key} (schema
// "UpsertContextKindPayload"): creates the kind or updates it.
struct ContextKindUpdate
{
    QString name; // required
    QString description;
    std::optional<bool> archived; // absent: unchanged
    std::optional<int> version;
};

} // namespace ctx
