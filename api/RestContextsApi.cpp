#include "RestContextsApi.h"

#include "AttributeDecoder.h"
#include "DetailDecoder.h"
#include "JsonDecoder.h"
#include "JsonPointer.h"
#include "JsonSupport.h"
#include "RequestThrottle.h"
#include "RestCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace ctx {

namespace {

constexpr int InstancePageSize = 50; // the most the server returns (api-notes.md §1)
constexpr int VersionsPageSize = 50;

// api/v2/projects/{p} followed by `rest`.
QStringList projectPath(const QString &projectKey, std::initializer_list<QString> rest)
{
    QStringList path {
        QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("projects"), projectKey};
    path.append(QList<QString>(rest));
    return path;
}

// api/v2/projects/{p}/environments/{e} followed by `rest`.
QStringList environmentPath(const EnvironmentRef &env, std::initializer_list<QString> rest)
{
    QStringList path
        = projectPath(env.projectKey, {QStringLiteral("environments"), env.environmentKey});
    path.append(QList<QString>(rest));
    return path;
}

// The query of the context-attributes calls: filter when set, limit clamped to 1..100.
QList<std::pair<QString, QString>> attributeQuery(const QString &filter, int limit)
{
    QList<std::pair<QString, QString>> query;
    if (!filter.isEmpty())
        query.append({QStringLiteral("filter"), filter});
    query.append({QStringLiteral("limit"),
        QString::number(std::clamp(limit, 1, RestContextsApi::MaxAttributeLimit))});
    return query;
}

// The proxy of every request: proxyFor() with the process environment, and the system's
// settings when the environment names none.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QNetworkProxy proxy
            = proxyFor(query.url(), [](const char *name) { return qEnvironmentVariable(name); });
        if (proxy.type() == QNetworkProxy::DefaultProxy)
            return systemProxyForQuery(query);
        return {proxy};
    }
};

// Any 2xx reply (204 has no body) is success; the body is not read.
Result<Done> decodeDone(const QByteArray &)
{
    return Done {};
}

} // namespace

RestContextsApi::RestContextsApi(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_tls(detail::tlsConfiguration(m_connection))
    , m_network(new QNetworkAccessManager(this))
    , m_throttle(new RequestThrottle(4, this))
{
    m_connection.token = m_connection.token.trimmed();
    m_network->setProxyFactory(new EnvironmentProxyFactory); // takes ownership
}

RestContextsApi::~RestContextsApi()
{
    // No callback may run once we are gone: cancel everything, then drop the replies.
    const auto pending = std::exchange(m_pending, {});
    for (const auto &weak : pending) {
        if (const auto request = weak.lock())
            request->cancel();
    }
    delete m_network;
    m_network = nullptr;
    delete m_throttle;
    m_throttle = nullptr;
}

RequestHandle RestContextsApi::searchContexts(const EnvironmentRef &env, const ContextQuery &query,
    const QString &continuationToken, Callback<ContextsPage> done)
{
    return start<ContextsPage>(
        {"POST", environmentPath(env, {QStringLiteral("contexts"), QStringLiteral("search")}), {},
            searchBody(query, continuationToken)},
        &decodeContextsPage, std::move(done));
}

RequestHandle RestContextsApi::contextKinds(
    const QString &projectKey, Callback<QList<ContextKind>> done)
{
    return start<QList<ContextKind>>(
        {"GET", projectPath(projectKey, {QStringLiteral("context-kinds")}), {}, {}},
        &decodeContextKinds, std::move(done));
}

RequestHandle RestContextsApi::contextVersions(
    const EnvironmentRef &env, const QString &kind, const QString &key, Callback<ContextsPage> done)
{
    return start<ContextsPage>(
        {"GET", environmentPath(env, {QStringLiteral("contexts"), kind, key}),
            {{QStringLiteral("limit"), QString::number(VersionsPageSize)}}, {}},
        &decodeContextsPage, std::move(done));
}

RequestHandle RestContextsApi::searchContextInstances(const EnvironmentRef &env,
    const QString &filter, const QString &continuationToken, Callback<ContextInstancesPage> done)
{
    return start<ContextInstancesPage>(
        {"POST",
            environmentPath(env, {QStringLiteral("context-instances"), QStringLiteral("search")}),
            {}, instanceSearchBody(filter, continuationToken)},
        &decodeContextInstancesPage, std::move(done));
}

RequestHandle RestContextsApi::deleteContextInstance(
    const EnvironmentRef &env, const QString &id, Callback<Done> done)
{
    return start<Done>(
        {"DELETE", environmentPath(env, {QStringLiteral("context-instances"), id}), {}, {}},
        &decodeDone, std::move(done));
}

RequestHandle RestContextsApi::evaluateFlags(
    const EnvironmentRef &env, const QByteArray &contextJson, Callback<QList<FlagEvaluation>> done)
{
    return start<QList<FlagEvaluation>>(
        {"POST", environmentPath(env, {QStringLiteral("flags"), QStringLiteral("evaluate")}), {},
            contextJson},
        &decodeFlagEvaluations, std::move(done));
}

RequestHandle RestContextsApi::evaluateSegments(const EnvironmentRef &env,
    const QByteArray &contextJson, Callback<QList<SegmentMembership>> done)
{
    return start<QList<SegmentMembership>>(
        {"POST", environmentPath(env, {QStringLiteral("segments"), QStringLiteral("evaluate")}), {},
            contextJson},
        &decodeSegmentMemberships, std::move(done));
}

RequestHandle RestContextsApi::flagVariations(
    const QString &projectKey, const QString &flagKey, Callback<QList<FlagVariation>> done)
{
    return start<QList<FlagVariation>>(
        {"GET",
            {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("flags"), projectKey,
                flagKey},
            {{QStringLiteral("summary"), QStringLiteral("true")}}, {}},
        &decodeFlagVariations, std::move(done));
}

RequestHandle RestContextsApi::setFlagSetting(const EnvironmentRef &env, const QString &kind,
    const QString &key, const QString &flagKey, const std::optional<QByteArray> &valueJson,
    const QString &comment, Callback<Done> done)
{
    const std::optional<QByteArray> body = flagSettingBody(valueJson, comment);
    if (!body)
        return refuse<Done>(
            ApiError(ApiError::Kind::BadRequest, tr("the value to set is not valid JSON")),
            std::move(done));
    return start<Done>(
        {"PUT",
            environmentPath(
                env, {QStringLiteral("contexts"), kind, key, QStringLiteral("flags"), flagKey}),
            {}, *body},
        &decodeDone, std::move(done));
}

RequestHandle RestContextsApi::contextAttributeNames(const EnvironmentRef &env,
    const QString &filter, int limit, Callback<QList<KindAttributeNames>> done)
{
    return start<QList<KindAttributeNames>>(
        {"GET", environmentPath(env, {QStringLiteral("context-attributes")}),
            attributeQuery(filter, limit), {}},
        &decodeAttributeNames, std::move(done));
}

RequestHandle RestContextsApi::contextAttributeValues(const EnvironmentRef &env,
    const QString &attributeName, const QString &filter, int limit,
    Callback<QList<KindAttributeValues>> done)
{
    if (attributeName.isEmpty())
        return refuse<QList<KindAttributeValues>>(
            ApiError(ApiError::Kind::BadRequest, tr("no attribute name was given")),
            std::move(done));
    // The pointer ("/address/city") goes out as one segment with every "/" percent-encoded:
    // "%2Faddress%2Fcity". The spec only says attributeName is a string, and api-notes.md
    // §3.9 leaves open whether the server wants the leading "/" encoded or stripped
    // [unverified]. Encoding keeps the name exact: stripping would make "/a/b" and the
    // top-level attribute "a/b" (pointer "/a~1b") ambiguous, and a raw "/" would split the
    // route. The sandbox server is to accept this form (not yet verified against it).
    return start<QList<KindAttributeValues>>(
        {"GET",
            environmentPath(env,
                {QStringLiteral("context-attributes"),
                    JsonPointer::pointerForReference(attributeName)}),
            attributeQuery(filter, limit), {}},
        &decodeAttributeValues, std::move(done));
}

RequestHandle RestContextsApi::putContextKind(const QString &projectKey, const QString &key,
    const ContextKindUpdate &update, Callback<Done> done)
{
    if (key.isEmpty() || update.name.isEmpty())
        return refuse<Done>(ApiError(ApiError::Kind::BadRequest,
                                key.isEmpty() ? tr("the context kind has no key")
                                              : tr("the context kind has no name")),
            std::move(done));
    return start<Done>({"PUT", projectPath(projectKey, {QStringLiteral("context-kinds"), key}), {},
                           contextKindBody(update)},
        &decodeDone, std::move(done));
}

QByteArray RestContextsApi::searchBody(const ContextQuery &query, const QString &continuationToken)
{
    QJsonObject body;
    if (query.pageSize > 0)
        body.insert(QStringLiteral("limit"), query.pageSize);
    if (const QString filter = query.serverFilter(); !filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    if (const QString sort = query.sortParameter(); !sort.isEmpty())
        body.insert(QStringLiteral("sort"), sort);
    if (!continuationToken.isEmpty())
        body.insert(QStringLiteral("continuationToken"), continuationToken);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray RestContextsApi::instanceSearchBody(
    const QString &filter, const QString &continuationToken)
{
    QJsonObject body;
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    body.insert(QStringLiteral("sort"), QStringLiteral("-ts"));
    body.insert(QStringLiteral("limit"), InstancePageSize);
    if (!continuationToken.isEmpty())
        body.insert(QStringLiteral("continuationToken"), continuationToken);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> RestContextsApi::flagSettingBody(
    const std::optional<QByteArray> &valueJson, const QString &comment)
{
    using json::Json;
    Json body = Json::object();
    body["setting"] = nullptr;
    if (valueJson) {
        try {
            body["setting"] = json::parseBounded(json::view(*valueJson), QStringLiteral("value"));
        } catch (const json::DecodeError &) {
            return std::nullopt;
        }
    }
    if (!comment.isEmpty())
        body["comment"] = comment.toStdString();
    return QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QByteArray RestContextsApi::contextKindBody(const ContextKindUpdate &update)
{
    using json::Json;
    Json body = Json::object();
    body["name"] = update.name.toStdString();
    body["description"] = update.description.toStdString();
    if (update.archived)
        body["archived"] = *update.archived;
    if (update.version)
        body["version"] = *update.version;
    return QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void RestContextsApi::track(const std::shared_ptr<detail::PendingReply> &pending)
{
    if (m_pending.size() >= 32)
        m_pending.removeIf([](const auto &weak) { return weak.expired(); });
    m_pending.append(pending);
}

ApiError RestContextsApi::withoutToken(const ApiError &error) const
{
    const QString &token = m_connection.token;
    if (token.size() < 4 || (!error.detail().contains(token) && !error.code().contains(token)))
        return error;
    const QString hidden = QStringLiteral("[access token]");
    return ApiError(error.kind(), QString(error.detail()).replace(token, hidden),
        error.httpStatus(), QString(error.code()).replace(token, hidden));
}

} // namespace ctx
