#include "JsonDecoder.h"

#include "JsonSupport.h"
#include "PrivateAttributes.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <string_view>

namespace ctx {

using json::DecodeError;
using json::fieldPath;
using json::Json;
using json::member;
using json::optionalBool;
using json::optionalInteger;
using json::optionalString;
using json::requiredMember;
using json::requiredString;
using json::toQString;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ctx::JsonDecoder", text);
}

[[noreturn]] void fail(const QString &detail)
{
    throw DecodeError {detail};
}

QString typeName(const Json &value)
{
    return QString::fromLatin1(value.type_name());
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// "items" + 3 -> "items[3]".
QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// _links.<name>.href, or empty when not sent.
QString linkHref(const Json &object, const char *name, const QString &parent)
{
    const Json *links = member(object, "_links");
    if (!links)
        return {};
    const QString linksPath = fieldPath(parent, "_links");
    if (!links->is_object())
        fail(tr("%1 is not an object (found %2)").arg(linksPath, typeName(*links)));
    const Json *link = member(*links, name);
    if (!link)
        return {};
    if (!link->is_object())
        fail(tr("%1 is not an object (found %2)").arg(fieldPath(linksPath, name), typeName(*link)));
    return optionalString(*link, "href", fieldPath(linksPath, name)).value_or(QString());
}

// Attribute references from _meta.privateAttributes and _meta.redactedAttributes.
QStringList privateReferences(const Json &context, const QString &path)
{
    const Json *meta = member(context, "_meta");
    if (!meta)
        return {};
    const QString metaPath = fieldPath(path, "_meta");
    if (!meta->is_object())
        fail(tr("%1 is not an object (found %2)").arg(metaPath, typeName(*meta)));
    QStringList references;
    for (const char *name : {"privateAttributes", "redactedAttributes"}) {
        const Json *list = member(*meta, name);
        if (!list)
            continue;
        const QString listPath = fieldPath(metaPath, name);
        if (!list->is_array())
            fail(tr("%1 is not an array (found %2)").arg(listPath, typeName(*list)));
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json &entry = (*list)[i];
            if (!entry.is_string())
                fail(tr("%1 is not a string (found %2)")
                         .arg(indexPath(listPath, static_cast<qsizetype>(i)), typeName(entry)));
            const QString reference = toQString(entry.get_ref<const std::string &>());
            if (!references.contains(reference))
                references.append(reference);
        }
    }
    return references;
}

// One single-kind context object (top level, or one member of a multi-kind context).
ContextRecord decodeSingleKind(const Json &context, const QString &kind, const QString &path)
{
    ContextRecord record;
    record.kind = kind;
    record.key = requiredString(context, "key", path);
    optionalString(context, "name", path); // type check only: the name may be private
    record.privateAttributes = privateReferences(context, path);

    Json attributes = context;
    attributes.erase("kind");
    attributes.erase("_meta");
    json::removePrivateAttributes(attributes, record.privateAttributes);
    if (const Json *name = member(attributes, "name"))
        record.name = toQString(name->get_ref<const std::string &>());
    record.attributesJson = QByteArray::fromStdString(attributes.dump());
    return record;
}

void decodeItem(const Json &item, qsizetype index, QList<ContextRecord> &out)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    if (!item.is_object())
        fail(tr("%1 is not an object (found %2)").arg(path, typeName(item)));

    const QString contextPath = fieldPath(path, "context");
    const Json &contextValue = requiredMember(item, "context", path);
    Json parsed;
    const Json *context = &contextValue;
    if (contextValue.is_string()) { // the spec's own examples send the context as JSON text
        parsed = json::parseBounded(
            view(QByteArray::fromStdString(contextValue.get_ref<const std::string &>())),
            contextPath);
        context = &parsed;
    }
    if (!context->is_object())
        fail(tr("%1 is not an object (found %2)").arg(contextPath, typeName(*context)));

    ContextRecord common;
    if (const auto lastSeen = optionalString(item, "lastSeen", path)) {
        const auto time = json::parseRfc3339(*lastSeen);
        if (!time)
            fail(tr("%1 is not an RFC 3339 date-time").arg(fieldPath(path, "lastSeen")));
        common.lastSeen = *time;
    }
    common.applicationId = optionalString(item, "applicationId", path).value_or(QString());
    if (const auto associated = optionalInteger(item, "associatedContexts", path))
        common.associatedContexts
            = static_cast<int>(std::clamp<qint64>(*associated, 0, std::numeric_limits<int>::max()));
    common.siteLink = linkHref(item, "site", path);

    // A context without "kind" is a legacy user context.
    const QString kind
        = optionalString(*context, "kind", contextPath).value_or(QStringLiteral("user"));
    const auto complete = [&common](ContextRecord record) {
        record.applicationId = common.applicationId;
        record.lastSeen = common.lastSeen;
        record.associatedContexts = common.associatedContexts;
        record.siteLink = common.siteLink;
        return record;
    };
    if (kind != QLatin1String("multi")) {
        out.append(complete(decodeSingleKind(*context, kind, contextPath)));
        return;
    }
    // A multi-kind context: one record per kind, as the web UI lists them.
    for (auto it = context->begin(); it != context->end(); ++it) {
        if (it.key() == "kind" || it.key() == "_meta")
            continue;
        const QString kindPath = fieldPath(contextPath, it.key().c_str());
        if (!it.value().is_object())
            fail(tr("%1 is not an object (found %2)").arg(kindPath, typeName(it.value())));
        out.append(complete(decodeSingleKind(it.value(), toQString(it.key()), kindPath)));
    }
}

QDateTime fromMillis(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

ContextKind decodeKind(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    if (!item.is_object())
        fail(tr("%1 is not an object (found %2)").arg(path, typeName(item)));
    ContextKind kind;
    kind.key = requiredString(item, "key", path);
    kind.name = optionalString(item, "name", path).value_or(kind.key);
    kind.description = optionalString(item, "description", path).value_or(QString());
    if (const auto version = optionalInteger(item, "version", path, true))
        kind.version = static_cast<int>(std::clamp<qint64>(
            *version, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    kind.creationDate = fromMillis(optionalInteger(item, "creationDate", path, true));
    kind.lastModified = fromMillis(optionalInteger(item, "lastModified", path, true));
    const auto lastSeen = optionalInteger(item, "lastSeen", path, true);
    if (lastSeen && *lastSeen > 0)
        kind.lastSeen = fromMillis(lastSeen);
    kind.createdFrom = optionalString(item, "createdFrom", path).value_or(QString());
    // hideInTargeting is the newer name of archived.
    kind.archived = optionalBool(item, "archived", path).value_or(false)
        || optionalBool(item, "hideInTargeting", path).value_or(false);
    return kind;
}

// The root object and its "items" array.
const Json &rootItems(const Json &root)
{
    if (!root.is_object())
        fail(tr("the response is not a JSON object (found %1)").arg(typeName(root)));
    const Json &items = requiredMember(root, "items", {});
    if (!items.is_array())
        fail(tr("items is not an array (found %1)").arg(typeName(items)));
    return items;
}

ApiError invalid(const QString &detail)
{
    return ApiError(ApiError::Kind::InvalidResponse, detail);
}

} // namespace

Result<ContextsPage> decodeContextsPage(const QByteArray &body)
{
    try {
        const Json root = json::parseBounded(view(body), tr("the response"));
        const Json &items = rootItems(root);
        ContextsPage page;
        page.items.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i)
            decodeItem(items[i], static_cast<qsizetype>(i), page.items);
        page.totalCount = optionalInteger(root, "totalCount", {}, true);
        page.continuationToken = optionalString(root, "continuationToken", {}).value_or(QString());
        page.environmentId = optionalString(root, "_environmentId", {}).value_or(QString());
        page.nextLink = linkHref(root, "next", {});
        if (page.continuationToken.isEmpty() && !page.nextLink.isEmpty()) {
            // Relative ("/api/v2/...") or absolute: the cursor is in the query either way.
            const QUrlQuery query(QUrl(page.nextLink).query(QUrl::FullyEncoded));
            page.continuationToken
                = query.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
        }
        return page;
    } catch (const DecodeError &e) {
        return invalid(e.detail);
    } catch (const Json::exception &e) {
        return invalid(QString::fromUtf8(e.what()));
    }
}

Result<QList<ContextKind>> decodeContextKinds(const QByteArray &body)
{
    try {
        const Json root = json::parseBounded(view(body), tr("the response"));
        const Json &items = rootItems(root);
        QList<ContextKind> kinds;
        kinds.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i)
            kinds.append(decodeKind(items[i], static_cast<qsizetype>(i)));
        return kinds;
    } catch (const DecodeError &e) {
        return invalid(e.detail);
    } catch (const Json::exception &e) {
        return invalid(QString::fromUtf8(e.what()));
    }
}

ApiError::Kind errorKindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return ApiError::Kind::ServerError;
    return ApiError::Kind::UnexpectedStatus;
}

namespace {

constexpr qsizetype MaxMessageLength = 500;
constexpr qsizetype MaxPlainTextBody = 300;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength) + QChar(0x2026);
    return text;
}

// A short plain-text body (e.g. from a proxy) is worth showing; HTML and binary are not.
QString plainText(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxPlainTextBody || trimmed.startsWith('<')
        || trimmed.startsWith('{') || trimmed.startsWith('['))
        return {};
    const QString text = QString::fromUtf8(trimmed);
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter
            || (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t'))
            return {};
    }
    return text;
}

} // namespace

ApiError errorFromResponse(int httpStatus, const QByteArray &body, const QString &fallbackReason)
{
    QString code;
    QString message;
    try {
        const Json root = json::parseBounded(view(body), tr("the response"));
        if (root.is_object()) {
            if (const Json *value = member(root, "code"); value && value->is_string())
                code = toQString(value->get_ref<const std::string &>());
            if (const Json *value = member(root, "message"); value && value->is_string())
                message = toQString(value->get_ref<const std::string &>());
        }
    } catch (const DecodeError &) {
        message = plainText(body);
    } catch (const Json::exception &) {
    }
    if (message.trimmed().isEmpty())
        message = fallbackReason;
    return ApiError(errorKindForStatus(httpStatus), clip(message), httpStatus, clip(code));
}

} // namespace ctx
