#pragma once

// A small synchronous HTTP client for the sandbox tests: real requests through
// QNetworkAccessManager, waiting with QSignalSpy so the in-process server keeps serving.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

struct SandboxHttpResult
{
    int status = -1; // -1: no answer in time
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;
    QJsonObject json;
    bool isJsonObject = false;
};

// Every page of one list.
struct SandboxListing
{
    QList<QJsonObject> items;
    QSet<qint64> totals; // the totalCount of each page (-1: none)
    int pages = 0;
    QString error; // empty when every page was a 200 with consistent links
};

namespace sandboxtest {

// kind \n key \n applicationId: what makes a list row unique.
inline QString rowId(const QJsonObject &item)
{
    const QJsonObject context = item.value(u"context").toObject();
    return context.value(u"kind").toString() + u'\n' + context.value(u"key").toString() + u'\n'
        + item.value(u"applicationId").toString();
}

inline QString kindKey(const QJsonObject &item)
{
    const QJsonObject context = item.value(u"context").toObject();
    return context.value(u"kind").toString() + u':' + context.value(u"key").toString();
}

// The value a JSON pointer (or a top-level name) designates; undefined when absent.
inline QJsonValue valueAt(const QJsonObject &object, const QString &reference)
{
    if (!reference.startsWith(u'/'))
        return object.value(reference);
    QJsonValue current = object;
    for (QString segment : reference.mid(1).split(u'/')) {
        segment.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(segment);
    }
    return current;
}

// A path segment, percent-encoded the way a client should (everything but unreserved).
inline QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

inline qint64 lastSeenMs(const QJsonObject &item)
{
    return QDateTime::fromString(item.value(u"lastSeen").toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

} // namespace sandboxtest

class SandboxTestClient
{
public:
    SandboxTestClient(QUrl baseUrl, QString token)
        : m_baseUrl(std::move(baseUrl))
        , m_token(std::move(token))
        , m_manager(std::make_unique<QNetworkAccessManager>())
    {
    }

    // `path` is root-relative and already percent-encoded (as in `_links` hrefs).
    // `token`: nullopt sends the right token; an empty string sends no Authorization header.
    SandboxHttpResult send(const QByteArray &method, const QString &path,
        const QByteArray &body = {}, const std::optional<QString> &token = std::nullopt)
    {
        const QUrl url = QUrl::fromEncoded((m_baseUrl.toString() + path).toUtf8());
        QNetworkRequest request(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QString value = token.value_or(m_token);
        if (!value.isEmpty())
            request.setRawHeader("Authorization", value.toUtf8());
        QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        SandboxHttpResult result;
        if (!reply->isFinished() && !finished.wait(20000)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.allow = reply->rawHeader("Allow");
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        result.isJsonObject = document.isObject();
        result.json = document.object();
        reply->deleteLater();
        return result;
    }

    SandboxHttpResult get(const QString &path, const std::optional<QString> &token = std::nullopt)
    {
        return send("GET", path, {}, token);
    }

    SandboxHttpResult post(const QString &path, const QByteArray &body = QByteArrayLiteral("{}"),
        const std::optional<QString> &token = std::nullopt)
    {
        return send("POST", path, body, token);
    }

    // POST .../contexts/search with these query parameters (values are percent-encoded here).
    SandboxHttpResult search(const QString &environment,
        const QList<QPair<QString, QString>> &query,
        const QByteArray &body = QByteArrayLiteral("{}"),
        const QString &project = QStringLiteral("demo"))
    {
        QString path = QStringLiteral("/api/v2/projects/%1/environments/%2/contexts/search")
                           .arg(project, environment);
        QStringList parts;
        for (const auto &[name, value] : query)
            parts << name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (!parts.isEmpty())
            path += u'?' + parts.join(u'&');
        return post(path, body);
    }

    // Pages through a list: by `_links.next`, or by sending the continuationToken in the
    // body (with filter, sort and limit again, as the cursor is bound to them).
    SandboxListing listAll(const QString &environment, const QString &filter, const QString &sort,
        int limit, bool followLinks)
    {
        SandboxListing listing;
        QList<QPair<QString, QString>> query {{QStringLiteral("limit"), QString::number(limit)}};
        if (!filter.isEmpty())
            query.append({QStringLiteral("filter"), filter});
        if (!sort.isEmpty())
            query.append({QStringLiteral("sort"), sort});
        SandboxHttpResult page = search(environment, query);
        while (listing.pages < 1000) {
            ++listing.pages;
            if (page.status != 200) {
                listing.error = QStringLiteral("HTTP %1: %2")
                                    .arg(page.status)
                                    .arg(QString::fromUtf8(page.body));
                return listing;
            }
            for (const QJsonValue item : page.json.value(u"items").toArray())
                listing.items.append(item.toObject());
            listing.totals.insert(page.json.value(u"totalCount").toInteger(-1));
            const QString token = page.json.value(u"continuationToken").toString();
            const QString next = page.json.value(u"_links")
                                     .toObject()
                                     .value(u"next")
                                     .toObject()
                                     .value(u"href")
                                     .toString();
            if (token.isEmpty() != next.isEmpty()) {
                listing.error = QStringLiteral("continuationToken and _links.next disagree");
                return listing;
            }
            if (next.isEmpty())
                break;
            if (followLinks) {
                page = post(next);
                continue;
            }
            QJsonObject body {
                {QStringLiteral("limit"), limit}, {QStringLiteral("continuationToken"), token}};
            if (!filter.isEmpty())
                body.insert(QStringLiteral("filter"), filter);
            if (!sort.isEmpty())
                body.insert(QStringLiteral("sort"), sort);
            page = search(environment, {}, QJsonDocument(body).toJson());
        }
        return listing;
    }

    // Every page of any cursor list, from `path` on through `_links.next` (sent with the same
    // method; a POST sends "{}" after the first page, since the link carries the parameters).
    SandboxListing followAll(const QByteArray &method, const QString &path,
        const QByteArray &body = QByteArrayLiteral("{}"))
    {
        SandboxListing listing;
        SandboxHttpResult page = send(method, path, method == "GET" ? QByteArray() : body);
        while (listing.pages < 1000) {
            ++listing.pages;
            if (page.status != 200) {
                listing.error = QStringLiteral("HTTP %1: %2")
                                    .arg(page.status)
                                    .arg(QString::fromUtf8(page.body));
                return listing;
            }
            for (const QJsonValue item : page.json.value(u"items").toArray())
                listing.items.append(item.toObject());
            listing.totals.insert(page.json.value(u"totalCount").toInteger(-1));
            const QString next = page.json.value(u"_links")
                                     .toObject()
                                     .value(u"next")
                                     .toObject()
                                     .value(u"href")
                                     .toString();
            if (next.isEmpty())
                break;
            page = send(method, next, method == "GET" ? QByteArray() : QByteArrayLiteral("{}"));
        }
        return listing;
    }

private:
    QUrl m_baseUrl;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};
