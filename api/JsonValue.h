#pragma once

#include "JsonPointer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ctx {

// A JSON value as the server sent it, read by ctx_api's one JSON reader: typed, numbers as
// written (an integer stays an integer), and an object's members in the order of the text
// (QJsonObject would sort them, and a context's attributes read best as sent: key, name,
// then the custom attributes).
//
// Immutable and cheap to copy: a value and every value inside it share one parsed document.
// The models read contexts, flag values and attribute values through it, never JSON text.
class JsonValue
{
public:
    enum class Type { Undefined, Null, Bool, Number, String, Array, Object };
    enum class Format { Compact, Indented };
    struct Member;
    struct Document; // ctx_api's own

    JsonValue() = default; // undefined: what a missing member or pointer gives

    // The one JSON value `json` holds, or nothing when it holds none (malformed, empty, more
    // than one value, or nested deeper than 512).
    static std::optional<JsonValue> fromJson(QByteArrayView json);

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isString() const { return type() == Type::String; }
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }

    bool toBool() const; // false unless a true boolean
    double toDouble() const; // 0 unless a number
    QString toString() const; // empty unless a string

    // An object's members in order, or an array's items; empty for any other value.
    QList<Member> members() const;
    QList<JsonValue> items() const;
    qsizetype size() const; // members or items; 0 otherwise

    // The member named `name`, the value `pointer` names (JsonPointer::evaluate's rules), or an
    // undefined value.
    JsonValue member(const QString &name) const;
    JsonValue at(const JsonPointer &pointer,
        JsonPointer::Arrays arrays = JsonPointer::Arrays::Indexed) const;

    // The value as JSON text, members in order; undefined is written null. Indented text uses
    // four spaces, "{}" and "[]" for empty ones, and no final newline.
    QByteArray toJson(Format format = Format::Compact) const;
    // For the filter grammar, which takes Qt's JSON values (members sorted there).
    QJsonValue toQJsonValue() const;

    // Made by ctx_api from a document it parsed: `node` lies inside `document`.
    JsonValue(std::shared_ptr<const Document> document, const void *node);

private:
    std::shared_ptr<const Document> m_document;
    const void *m_node = nullptr; // the nlohmann_json value inside m_document; null: undefined
};

struct JsonValue::Member
{
    QString name;
    JsonValue value;
};

} // namespace ctx
