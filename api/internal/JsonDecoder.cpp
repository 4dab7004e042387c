#include "JsonDecoder.h"

#include "ContextJson.h"
#include "FreeTr.h"
#include "JsonSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <string_view>

namespace ctx {

using json::DecodeError;
using json::indexPath;
using json::Json;
using json::member;
using json::optionalBool;
using json::optionalInteger;
using json::optionalString;
using json::requiredString;
using json::toQString;
using json::view;

namespace {

CTX_FREE_TR("ctx")

// What decodeContextsPage reads of a page; parseBounded stores nothing else (not the items'
// _access and self and parent links, which are more than half of a page's bytes).
constexpr json::KeptMember kSiteLink[] = {{"site"}};
constexpr json::Shape kItemLinks {kSiteLink};
constexpr json::KeptMember kItemMembers[] = {
    {"context"}, {"lastSeen"}, {"applicationId"}, {"associatedContexts"}, {"_links", &kItemLinks}};
constexpr json::Shape kItem {kItemMembers};
constexpr json::KeptMember kNextLink[] = {{"next"}};
constexpr json::Shape kPageLinks {kNextLink};
constexpr json::KeptMember kPageMembers[] = {{"items", &kItem}, {"totalCount"},
    {"continuationToken"}, {"_environmentId"}, {"_links", &kPageLinks}};
constexpr json::Shape kPage {kPageMembers};

// Takes the item's context out of `item` (the page is parsed for this decode only).
void decodeItem(Json &item, qsizetype index, QList<ContextRecord> &out, json::SharedTexts &texts)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    json::requireObject(item, path);
    const qsizetype first = out.size();
    out.append(json::takeItemContext(item, path, &texts));
    const ContextRecord common = json::decodeItemFields(item, path, &texts);
    for (qsizetype i = first; i < out.size(); ++i) {
        ContextRecord &record = out[i];
        record.applicationId = common.applicationId;
        record.lastSeen = common.lastSeen;
        record.associatedContexts = common.associatedContexts;
        record.siteLink = common.siteLink;
    }
}

QDateTime fromMillis(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

ContextKind decodeKind(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    json::requireObject(item, path);
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

} // namespace

Result<ContextsPage> decodeContextsPage(const QByteArray &body)
{
    return json::guardedDecode<ContextsPage>([&body] {
        Json root = json::parseBounded(view(body), tr("the response"), kPage);
        Json &items = json::rootItems(root);
        ContextsPage page;
        page.items.reserve(static_cast<qsizetype>(items.size()));
        json::SharedTexts texts; // kinds and sources, shared by the page's records
        for (std::size_t i = 0; i < items.size(); ++i) {
            // One unreadable record is left out and named; the rest of the page is shown.
            const qsizetype before = page.items.size();
            try {
                decodeItem(items[i], static_cast<qsizetype>(i), page.items, texts);
            } catch (const DecodeError &e) {
                page.items.resize(before); // the kinds of a multi-kind item read before it
                page.unreadable.append(e.detail);
            }
        }
        page.totalCount = optionalInteger(root, "totalCount", {}, true);
        page.continuationToken = optionalString(root, "continuationToken", {}).value_or(QString());
        page.environmentId = optionalString(root, "_environmentId", {}).value_or(QString());
        page.nextLink = json::linkHref(root, "next", {});
        if (page.continuationToken.isEmpty() && !page.nextLink.isEmpty())
            page.continuationToken = json::continuationTokenOfLink(page.nextLink);
        return page;
    });
}

Result<QList<ContextKind>> decodeContextKinds(const QByteArray &body)
{
    return json::guardedDecode<QList<ContextKind>>([&body] {
        const Json root = json::parseBounded(view(body), tr("the response"));
        const Json &items = json::rootItems(root);
        QList<ContextKind> kinds;
        kinds.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i)
            kinds.append(decodeKind(items[i], static_cast<qsizetype>(i)));
        return kinds;
    });
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
