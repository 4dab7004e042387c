#include "JsonValue.h"

#include "JsonValueDocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ctx {

namespace json {

JsonValue adopt(Json &&root)
{
    auto document = std::make_shared<JsonValue::Document>();
    document->root = std::move(root);
    const Json *node = &document->root;
    return {std::move(document), node};
}

} // namespace json

namespace {

const json::Json *node(const void *pointer)
{
    return static_cast<const json::Json *>(pointer);
}

} // namespace

JsonValue::JsonValue(std::shared_ptr<const Document> document, const void *node)
    : m_document(std::move(document))
    , m_node(node)
{
}

std::optional<JsonValue> JsonValue::fromJson(QByteArrayView json)
{
    try {
        return json::adopt(json::parseBounded(
            std::string_view(json.data(), static_cast<size_t>(json.size())), QString()));
    } catch (const json::DecodeError &) {
        return std::nullopt;
    }
}

JsonValue::Type JsonValue::type() const
{
    if (!m_node)
        return Type::Undefined;
    switch (node(m_node)->type()) {
    case json::Json::value_t::null:
        return Type::Null;
    case json::Json::value_t::boolean:
        return Type::Bool;
    case json::Json::value_t::number_integer:
    case json::Json::value_t::number_unsigned:
    case json::Json::value_t::number_float:
        return Type::Number;
    case json::Json::value_t::string:
        return Type::String;
    case json::Json::value_t::array:
        return Type::Array;
    case json::Json::value_t::object:
        return Type::Object;
    default:
        return Type::Undefined; // binary and discarded values never come from a JSON text
    }
}

bool JsonValue::toBool() const
{
    return type() == Type::Bool && node(m_node)->get<bool>();
}

double JsonValue::toDouble() const
{
    return type() == Type::Number ? node(m_node)->get<double>() : 0.0;
}

QString JsonValue::toString() const
{
    return isString() ? json::toQString(node(m_node)->get_ref<const std::string &>()) : QString();
}

QList<JsonValue::Member> JsonValue::members() const
{
    QList<Member> result;
    if (!isObject())
        return result;
    result.reserve(static_cast<qsizetype>(node(m_node)->size()));
    for (const auto &[name, value] : node(m_node)->items())
        result.append({json::toQString(name), JsonValue(m_document, &value)});
    return result;
}

QList<JsonValue> JsonValue::items() const
{
    QList<JsonValue> result;
    if (!isArray())
        return result;
    result.reserve(static_cast<qsizetype>(node(m_node)->size()));
    for (const json::Json &value : *node(m_node))
        result.append(JsonValue(m_document, &value));
    return result;
}

qsizetype JsonValue::size() const
{
    return isObject() || isArray() ? static_cast<qsizetype>(node(m_node)->size()) : 0;
}

JsonValue JsonValue::member(const QString &name) const
{
    if (!isObject())
        return {};
    const auto it = node(m_node)->find(name.toStdString());
    return it == node(m_node)->end() ? JsonValue() : JsonValue(m_document, &*it);
}

JsonValue JsonValue::at(const JsonPointer &pointer, JsonPointer::Arrays arrays) const
{
    JsonValue current = *this;
    for (const QString &token : pointer.tokens()) {
        if (current.isObject()) {
            current = current.member(token);
        } else if (current.isArray() && arrays == JsonPointer::Arrays::Indexed) {
            const std::optional<qsizetype> index = JsonPointer::arrayIndex(token);
            if (!index || *index >= current.size())
                return {};
            current = JsonValue(m_document, &(*node(current.m_node))[static_cast<size_t>(*index)]);
        } else {
            return {};
        }
    }
    return current;
}

QByteArray JsonValue::toJson(Format format) const
{
    if (!m_node)
        return QByteArrayLiteral("null");
    if (format == Format::Compact)
        return json::dumpCompact(*node(m_node));
    return QByteArray::fromStdString(
        node(m_node)->dump(4, ' ', false, json::Json::error_handler_t::replace));
}

QJsonValue JsonValue::toQJsonValue() const
{
    switch (type()) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return toBool();
    case Type::Number:
        return toDouble();
    case Type::String:
        return toString();
    case Type::Array: {
        QJsonArray array;
        for (const JsonValue &item : items())
            array.append(item.toQJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const Member &member : members())
            object.insert(member.name, member.value.toQJsonValue());
        return object;
    }
    }
    return {};
}

} // namespace ctx
