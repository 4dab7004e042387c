#include "ContextJson.h"

#include "ContextDetailTypes.h"
#include "FreeTr.h"
#include "PrivateAttributes.h"
#include "Rfc3339.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctx::json {

namespace {

CTX_FREE_TR("ctx::json")

// Attribute references from _meta.privateAttributes and _meta.redactedAttributes.
QStringList privateReferences(const Json &context, const QString &path)
{
    const Json *meta = member(context, "_meta");
    if (!meta)
        return {};
    const QString metaPath = fieldPath(path, "_meta");
    requireObject(*meta, metaPath);
    QStringList references;
    for (const char *name : {"privateAttributes", "redactedAttributes"}) {
        for (const QString &reference : optionalStringList(*meta, name, metaPath)) {
            if (!references.contains(reference))
                references.append(reference);
        }
    }
    return references;
}

// One single-kind context object (top level, or one member of a multi-kind context), taken
// by value: it becomes the record's attributes (callers that own it move it in).
ContextRecord decodeSingleKind(Json context, const QString &kind, const QString &path)
{
    ContextRecord record;
    record.kind = kind;
    record.key = requiredString(context, "key", path);
    // A type check only: the name may be private (its value is read after the removal).
    if (const Json *name = member(context, "name"); name && !name->is_string())
        optionalString(context, "name", path); // fails, naming the field
    record.privateAttributes = privateReferences(context, path);

    Json &attributes = context;
    attributes.erase("kind");
    attributes.erase("_meta");
    removePrivateAttributes(attributes, record.privateAttributes);
    if (const Json *name = member(attributes, "name"))
        record.name = toQString(name->get_ref<const std::string &>());
    record.attributesJson = dumpCompact(attributes);
    return record;
}

// item.context's value (an object, or JSON text holding one) as one record per kind.
QList<ContextRecord> decodeContextValue(
    Json context, const QString &contextPath, SharedTexts *texts)
{
    if (context.is_string()) { // the spec's own examples send the context as JSON text
        Json parsed = parseBounded(
            view(QByteArray::fromStdString(context.get_ref<const std::string &>())), contextPath);
        context = std::move(parsed);
    }
    requireObject(context, contextPath);

    // A context without "kind" is a legacy user context.
    const auto text
        = [texts](const std::string &utf8) { return texts ? texts->get(utf8) : toQString(utf8); };
    QString kind;
    if (const Json *value = member(context, "kind"); value && value->is_string())
        kind = text(value->get_ref<const std::string &>());
    else
        kind = optionalString(context, "kind", contextPath).value_or(QStringLiteral("user"));
    if (kind != QLatin1String("multi"))
        return {decodeSingleKind(std::move(context), kind, contextPath)};
    // A multi-kind context: one record per kind, as the web UI lists them.
    QList<ContextRecord> records;
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (it.key() == "kind" || it.key() == "_meta")
            continue;
        const QString kindPath = fieldPath(contextPath, it.key().c_str());
        requireObject(it.value(), kindPath);
        records.append(decodeSingleKind(std::move(it.value()), text(it.key()), kindPath));
    }
    return records;
}

// {"key": ..., <the other attributes>}: the key first, then the rest in their order,
// without "kind" and "_meta".
Json attributesObject(const ContextRecord &record)
{
    Json object = Json::object();
    object["key"] = record.key.toStdString();
    Json attributes;
    try {
        if (!record.attributesJson.isEmpty())
            attributes = parseBounded(view(record.attributesJson), QStringLiteral("attributes"));
    } catch (const DecodeError &) {
    }
    if (!attributes.is_object())
        return object;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.key() != "key" && it.key() != "kind" && it.key() != "_meta")
            object[it.key()] = it.value();
    }
    return object;
}

QByteArray compact(const Json &value)
{
    return QByteArray::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace

QList<ContextRecord> decodeItemContext(const Json &item, const QString &path, SharedTexts *texts)
{
    return decodeContextValue(
        requiredMember(item, "context", path), fieldPath(path, "context"), texts);
}

QList<ContextRecord> takeItemContext(Json &item, const QString &path, SharedTexts *texts)
{
    Json &context = const_cast<Json &>(requiredMember(item, "context", path));
    return decodeContextValue(std::move(context), fieldPath(path, "context"), texts);
}

ContextRecord decodeItemFields(const Json &item, const QString &path, SharedTexts *texts)
{
    ContextRecord common;
    if (const auto lastSeen = optionalString(item, "lastSeen", path)) {
        const auto time = ctx::parseRfc3339(*lastSeen);
        if (!time)
            fail(tr("%1 is not an RFC 3339 date-time").arg(fieldPath(path, "lastSeen")));
        common.lastSeen = *time;
    }
    if (const Json *source = member(item, "applicationId"); source && source->is_string() && texts)
        common.applicationId = texts->get(source->get_ref<const std::string &>());
    else
        common.applicationId = optionalString(item, "applicationId", path).value_or(QString());
    if (const auto associated = optionalInteger(item, "associatedContexts", path))
        common.associatedContexts
            = static_cast<int>(std::clamp<qint64>(*associated, 0, std::numeric_limits<int>::max()));
    common.siteLink = linkHref(item, "site", path);
    return common;
}

} // namespace ctx::json

namespace ctx {

QByteArray evaluationContextJson(const ContextRecord &context)
{
    json::Json object = json::Json::object();
    object["kind"] = context.kind.toStdString();
    object.update(json::attributesObject(context));
    return json::compact(object);
}

QByteArray evaluationContextJson(const ContextInstance &instance)
{
    if (instance.contexts.size() == 1)
        return evaluationContextJson(instance.contexts.first());
    json::Json object = json::Json::object();
    object["kind"] = "multi";
    for (const ContextRecord &context : instance.contexts)
        object[context.kind.toStdString()] = json::attributesObject(context);
    return json::compact(object);
}

} // namespace ctx
