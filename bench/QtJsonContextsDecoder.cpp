#include "QtJsonContextsDecoder.h"

#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace qtjson {

namespace {

struct Failure
{
    QString detail;
};

[[noreturn]] void fail(const QString &detail)
{
    throw Failure {detail};
}

// Where a value sits, turned into text ("items[3].context.key") only for an error message.
struct Where
{
    qsizetype item = -1; // -1: the root
    QString inner; // "context", "context.user", "_links.site", ...

    QString path(QLatin1String name = {}) const
    {
        QString text = item < 0 ? QString() : u"items[%1]"_s.arg(item);
        for (const QString &part : {inner, QString(name)}) {
            if (part.isEmpty())
                continue;
            if (!text.isEmpty())
                text += u'.';
            text += part;
        }
        return text;
    }
    Where operator/(const QString &part) const
    {
        return {item, inner.isEmpty() ? part : inner + u'.' + part};
    }
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

// Null is treated like absent, as the production decoder does.
QJsonValue member(const QJsonObject &object, QLatin1String name)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd() || it->isNull())
        return QJsonValue(QJsonValue::Undefined);
    return *it;
}

QJsonObject requireObject(const QJsonValue &value, const Where &where, QLatin1String name = {})
{
    if (!value.isObject())
        fail(u"%1 is not an object (found %2)"_s.arg(where.path(name), typeName(value)));
    return value.toObject();
}

QString requiredString(const QJsonObject &object, QLatin1String name, const Where &where)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        fail(u"%1 is missing"_s.arg(where.path(name)));
    if (!value.isString())
        fail(u"%1 is not a string (found %2)"_s.arg(where.path(name), typeName(value)));
    return value.toString();
}

std::optional<QString> optionalString(
    const QJsonObject &object, QLatin1String name, const Where &where)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        fail(u"%1 is not a string (found %2)"_s.arg(where.path(name), typeName(value)));
    return value.toString();
}

std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1String name,
    const Where &where, bool acceptNumericString = false)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isDouble()) {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 n = value.toInteger(sentinel);
        if (n != sentinel)
            return n;
    }
    if (acceptNumericString && value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(u"%1 is not an integer (found %2)"_s.arg(where.path(name), typeName(value)));
}

QStringList optionalStringList(const QJsonObject &object, QLatin1String name, const Where &where)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(u"%1 is not an array (found %2)"_s.arg(where.path(name), typeName(value)));
    const QJsonArray array = value.toArray();
    QStringList strings;
    strings.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isString())
            fail(u"%1[%2] is not a string (found %3)"_s.arg(where.path(name))
                     .arg(i)
                     .arg(typeName(entry)));
        strings.append(entry.toString());
    }
    return strings;
}

QString linkHref(const QJsonObject &object, QLatin1String name, const Where &where)
{
    const QJsonValue links = member(object, "_links"_L1);
    if (links.isUndefined())
        return {};
    const QJsonObject linksObject = requireObject(links, where, "_links"_L1);
    const QJsonValue link = member(linksObject, name);
    if (link.isUndefined())
        return {};
    const Where linksWhere = where / u"_links"_s;
    return optionalString(
        requireObject(link, linksWhere, name), "href"_L1, linksWhere / QString(name))
        .value_or(QString());
}

QStringList privateReferences(const QJsonObject &context, const Where &where)
{
    const QJsonValue meta = member(context, "_meta"_L1);
    if (meta.isUndefined())
        return {};
    const QJsonObject metaObject = requireObject(meta, where, "_meta"_L1);
    const Where metaWhere = where / u"_meta"_s;
    QStringList references;
    for (const QLatin1String name : {"privateAttributes"_L1, "redactedAttributes"_L1}) {
        for (const QString &reference : optionalStringList(metaObject, name, metaWhere)) {
            if (!references.contains(reference))
                references.append(reference);
        }
    }
    return references;
}

ctx::ContextRecord decodeSingleKind(
    const QJsonObject &context, const QString &kind, const Where &where)
{
    ctx::ContextRecord record;
    record.kind = kind;
    record.key = requiredString(context, "key"_L1, where);
    optionalString(context, "name"_L1, where); // type check only: the name may be private
    record.privateAttributes = privateReferences(context, where);

    QJsonObject attributes = context;
    attributes.remove("kind"_L1);
    attributes.remove("_meta"_L1);
    for (const QString &reference : std::as_const(record.privateAttributes)) {
        const std::optional<ctx::JsonPointer> pointer = ctx::JsonPointer::fromReference(reference);
        if (pointer && pointer->tokens() != QStringList {u"key"_s})
            pointer->removeFrom(attributes);
    }
    if (const QJsonValue name = member(attributes, "name"_L1); name.isString())
        record.name = name.toString();
    record.attributesJson = QJsonDocument(attributes).toJson(QJsonDocument::Compact);
    return record;
}

QList<ctx::ContextRecord> decodeItemContext(const QJsonObject &item, const Where &where)
{
    const QJsonValue value = member(item, "context"_L1);
    if (value.isUndefined())
        fail(u"%1 is missing"_s.arg(where.path("context"_L1)));
    const Where contextWhere = where / u"context"_s;
    QJsonObject context;
    if (value.isString()) { // the context as JSON text
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            fail(u"%1 is not valid JSON (at byte %2): %3"_s.arg(contextWhere.path())
                     .arg(error.offset)
                     .arg(error.errorString()));
        if (!document.isObject())
            fail(u"%1 is not an object"_s.arg(contextWhere.path()));
        context = document.object();
    } else {
        context = requireObject(value, where, "context"_L1);
    }
    const QString kind = optionalString(context, "kind"_L1, contextWhere).value_or(u"user"_s);
    if (kind != "multi"_L1)
        return {decodeSingleKind(context, kind, contextWhere)};
    QList<ctx::ContextRecord> records;
    for (auto it = context.constBegin(); it != context.constEnd(); ++it) {
        const QString name = it.key();
        if (name == "kind"_L1 || name == "_meta"_L1)
            continue;
        const Where kindWhere = contextWhere / name;
        if (!it->isObject())
            fail(u"%1 is not an object (found %2)"_s.arg(kindWhere.path(), typeName(*it)));
        records.append(decodeSingleKind(it->toObject(), name, kindWhere));
    }
    return records;
}

void decodeItem(const QJsonValue &value, qsizetype index, QList<ctx::ContextRecord> &out)
{
    const Where where {index, {}};
    if (!value.isObject())
        fail(u"%1 is not an object (found %2)"_s.arg(where.path(), typeName(value)));
    const QJsonObject item = value.toObject();
    QList<ctx::ContextRecord> records = decodeItemContext(item, where);

    QDateTime lastSeen;
    if (const auto text = optionalString(item, "lastSeen"_L1, where)) {
        lastSeen = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!lastSeen.isValid())
            fail(u"%1 is not an RFC 3339 date-time"_s.arg(where.path("lastSeen"_L1)));
        lastSeen = lastSeen.toUTC();
    }
    const QString applicationId
        = optionalString(item, "applicationId"_L1, where).value_or(QString());
    int associated = -1;
    if (const auto n = optionalInteger(item, "associatedContexts"_L1, where))
        associated = static_cast<int>(std::clamp<qint64>(*n, 0, std::numeric_limits<int>::max()));
    const QString siteLink = linkHref(item, "site"_L1, where);
    for (ctx::ContextRecord &record : records) {
        record.applicationId = applicationId;
        record.lastSeen = lastSeen;
        record.associatedContexts = associated;
        record.siteLink = siteLink;
    }
    out.append(std::move(records));
}

QString continuationTokenOfLink(const QString &href)
{
    const QUrlQuery query(QUrl(href).query(QUrl::FullyEncoded));
    return query.queryItemValue(u"continuationToken"_s, QUrl::FullyDecoded);
}

} // namespace

ctx::Result<ctx::ContextsPage> decodeContextsPage(const QByteArray &body)
{
    try {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            fail(u"the response is not valid JSON (at byte %1): %2"_s.arg(error.offset)
                     .arg(error.errorString()));
        if (!document.isObject())
            fail(u"the response is not a JSON object"_s);
        const QJsonObject root = document.object();
        const Where top;
        const QJsonValue items = member(root, "items"_L1);
        if (items.isUndefined())
            fail(u"items is missing"_s);
        if (!items.isArray())
            fail(u"items is not an array (found %1)"_s.arg(typeName(items)));
        const QJsonArray array = items.toArray();
        ctx::ContextsPage page;
        page.items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            decodeItem(array.at(i), i, page.items);
        page.totalCount = optionalInteger(root, "totalCount"_L1, top, true);
        page.continuationToken
            = optionalString(root, "continuationToken"_L1, top).value_or(QString());
        page.environmentId = optionalString(root, "_environmentId"_L1, top).value_or(QString());
        page.nextLink = linkHref(root, "next"_L1, top);
        if (page.continuationToken.isEmpty() && !page.nextLink.isEmpty())
            page.continuationToken = continuationTokenOfLink(page.nextLink);
        return page;
    } catch (const Failure &failure) {
        return ctx::ApiError(ctx::ApiError::Kind::InvalidResponse, failure.detail);
    }
}

} // namespace qtjson
