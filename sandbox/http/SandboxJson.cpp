#include "SandboxJson.h"

#include "FilterExpression.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sandbox {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

SandboxReply SandboxJson::ok(const QJsonObject &body)
{
    return {Status::Ok, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}};
}

SandboxReply SandboxJson::error(Status status, const QString &code, const QString &message)
{
    const QJsonObject body {{u"code"_s, code}, {u"message"_s, message}};
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}};
}

SandboxReply SandboxJson::invalidRequest(const QString &message)
{
    return error(Status::BadRequest, u"invalid_request"_s, message);
}

SandboxReply SandboxJson::unauthorized()
{
    return error(Status::Unauthorized, u"unauthorized"_s, u"Invalid access token"_s);
}

SandboxReply SandboxJson::notFound(const QString &message)
{
    return error(Status::NotFound, u"not_found"_s,
        message.isEmpty() ? u"Invalid resource identifier"_s : message);
}

SandboxReply SandboxJson::methodNotAllowed(const QByteArray &allow)
{
    SandboxReply reply
        = error(Status::MethodNotAllowed, u"method_not_allowed"_s, u"Method not allowed"_s);
    reply.allow = allow;
    return reply;
}

QString SandboxJson::timestamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QJsonObject SandboxJson::link(const QString &href, const QString &type)
{
    return {{u"href"_s, href}, {u"type"_s, type.isEmpty() ? u"application/json"_s : type}};
}

QString SandboxJson::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(":@")));
}

QString SandboxJson::environmentPath(const EnvironmentRow &environment)
{
    return u"/api/v2/projects/%1/environments/%2"_s.arg(
        segment(environment.projectKey), segment(environment.key));
}

QJsonObject SandboxJson::contextRecord(const ContextRow &row, const EnvironmentRow &environment)
{
    const SortKey &id = row.sortKey;
    QJsonObject context = row.attributes;
    context.insert(u"kind"_s, id.kind);
    context.insert(u"key"_s, id.key);
    if (row.name)
        context.insert(u"name"_s, *row.name);
    if (!row.privateAttributes.isEmpty())
        context.insert(u"_meta"_s, QJsonObject {{u"privateAttributes"_s, row.privateAttributes}});

    const QString filter = u"applicationId equals "_s + ctx::filter::printValue(id.applicationId);
    const QString self = u"%1/contexts/%2/%3?filter=%4"_s.arg(
        environmentPath(environment), segment(id.kind), segment(id.key), segment(filter));
    const QString site = u"/%1/%2/context/%3"_s.arg(segment(environment.projectKey),
        segment(environment.key), segment(id.kind + u':' + id.key));
    const QJsonObject links {{u"parent"_s, link(environmentPath(environment))},
        {u"self"_s, link(self)}, {u"site"_s, link(site, u"text/html"_s)}};
    return {{u"context"_s, context}, {u"lastSeen"_s, timestamp(id.lastSeenMs)},
        {u"applicationId"_s, id.applicationId}, {u"associatedContexts"_s, row.associatedContexts},
        {u"_links"_s, links}, {u"_access"_s, noAccess()}};
}

QJsonObject SandboxJson::noAccess()
{
    return {{u"denied"_s, QJsonArray()}, {u"allowed"_s, QJsonArray()}};
}

QJsonObject SandboxJson::instanceRecord(const InstanceRow &row, const EnvironmentRow &environment)
{
    const QString filter = u"applicationId equals "_s + ctx::filter::printValue(row.applicationId);
    const QString self = u"%1/context-instances/%2?filter=%3"_s.arg(
        environmentPath(environment), segment(row.id), segment(filter));
    const QString site = u"/%1/%2/context-instances/%3"_s.arg(
        segment(environment.projectKey), segment(environment.key), segment(row.id));
    const QJsonObject links {{u"parent"_s, link(environmentPath(environment))},
        {u"self"_s, link(self)}, {u"site"_s, link(site, u"text/html"_s)}};
    return {{u"id"_s, row.id}, {u"context"_s, row.context},
        {u"lastSeen"_s, timestamp(row.lastSeenMs)}, {u"applicationId"_s, row.applicationId},
        {u"anonymousKinds"_s, row.anonymousKinds}, {u"_links"_s, links},
        {u"_access"_s, noAccess()}};
}

QJsonObject SandboxJson::contextKind(const ContextKindRow &row, const QString &projectKey)
{
    const QString project = u"/api/v2/projects/"_s + segment(projectKey);
    QJsonObject kind {
        {u"key"_s, row.key},
        {u"name"_s, row.name},
        {u"description"_s, row.description},
        {u"version"_s, row.version},
        {u"creationDate"_s, row.creationDateMs},
        {u"lastModified"_s, row.lastModifiedMs},
        {u"createdFrom"_s, row.createdFrom},
        {u"archived"_s, row.archived},
        {u"hideInTargeting"_s, row.hideInTargeting},
        {u"_links"_s,
            QJsonObject {{u"self"_s, link(project + u"/context-kinds/"_s + segment(row.key))},
                {u"parent"_s, link(project)}}},
    };
    if (row.lastSeenMs >= 0)
        kind.insert(u"lastSeen"_s, row.lastSeenMs);
    return kind;
}

SandboxReply SandboxJson::internalError(const QString &message)
{
    return error(QHttpServerResponder::StatusCode::InternalServerError,
        QStringLiteral("internal_error"), message);
}

} // namespace sandbox
