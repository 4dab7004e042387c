#pragma once

#include "AccountApi.h"
#include "Connection.h"
#include "ContextsApi.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ctx {

class RequestThrottle;

namespace detail {
class PendingReply;
struct RestRequest;
} // namespace detail

// ContextsApi over LaunchDarkly's REST API v2 (api-notes.md §1, §3.1–3.11).
// Every request carries "Authorization: <token>" (raw, no Bearer), LD-API-Version,
// User-Agent and Accept; follows redirects only to the same origin (scheme, host and port,
// at most 5), so the token never reaches another server; fails with Timeout when no bytes
// arrive for Connection::transferTimeoutMs; refuses bodies over 64 MiB (announced or
// counted as they arrive, compressed or not) and a web page (text/html) on a 2xx, which is a
// proxy's or portal's, never an answer. docs/RELIABILITY.md lists every fault tried.
// Callbacks are always called later from the event loop, exactly once, unless the
// request was cancelled or this object was destroyed first. Errors never hold the token.
// Every path segment (project, environment, kind, key, id, flag key, attribute name) is
// percent-encoded, "/" included.
// Traffic control: at most throttle()->maxInFlight() requests on the wire, the rest queued;
// a 429 is sent again after the wait Connection::retry computes (the status line shows the
// wait, with Cancel). TLS: the system's CAs plus Connection::caFile, never an ignored error.
// Proxy: the system's, or https_proxy/no_proxy from the environment (proxyFor()).
class RestContextsApi
    : public QObject
    , public ContextsApi
    , public AccountApi
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseBytes = qint64(64) * 1024 * 1024;
    static constexpr auto ApiVersion = "20240415";

    explicit RestContextsApi(Connection connection, QObject *parent = nullptr);
    ~RestContextsApi() override;

    const Connection &connection() const { return m_connection; }
    // This connection's request limit and rate-limit waits (owned by this object).
    RequestThrottle *throttle() const { return m_throttle; }

    RequestHandle searchContexts(const EnvironmentRef &env, const ContextQuery &query,
        const QString &continuationToken, Callback<ContextsPage> done) override;
    RequestHandle contextKinds(
        const QString &projectKey, Callback<QList<ContextKind>> done) override;
    RequestHandle contextVersions(const EnvironmentRef &env, const QString &kind,
        const QString &key, Callback<ContextsPage> done) override;
    RequestHandle searchContextInstances(const EnvironmentRef &env, const QString &filter,
        const QString &continuationToken, Callback<ContextInstancesPage> done) override;
    RequestHandle deleteContextInstance(
        const EnvironmentRef &env, const QString &id, Callback<Done> done) override;
    RequestHandle evaluateFlags(const EnvironmentRef &env, const QByteArray &contextJson,
        Callback<QList<FlagEvaluation>> done) override;
    RequestHandle evaluateSegments(const EnvironmentRef &env, const QByteArray &contextJson,
        Callback<QList<SegmentMembership>> done) override;
    RequestHandle flagVariations(const QString &projectKey, const QString &flagKey,
        Callback<QList<FlagVariation>> done) override;
    RequestHandle setFlagSetting(const EnvironmentRef &env, const QString &kind, const QString &key,
        const QString &flagKey, const std::optional<QByteArray> &valueJson, const QString &comment,
        Callback<Done> done) override;
    RequestHandle contextAttributeNames(const EnvironmentRef &env, const QString &filter, int limit,
        Callback<QList<KindAttributeNames>> done) override;
    // attributeName: a JSON pointer ("/address/city"; a plain name is made one), sent as ONE
    // path segment with its slashes percent-encoded (".../context-attributes/%2Faddress%2Fcity").
    RequestHandle contextAttributeValues(const EnvironmentRef &env, const QString &attributeName,
        const QString &filter, int limit, Callback<QList<KindAttributeValues>> done) override;
    // 200 (UpsertResponseRep, not read) and 204 are success. An empty key or name is refused
    // (BadRequest) without sending anything.
    RequestHandle putContextKind(const QString &projectKey, const QString &key,
        const ContextKindUpdate &update, Callback<Done> done) override;

    // AccountApi (defined in RestAccountCalls.cpp).
    RequestHandle projects(
        const QString &search, int offset, int limit, Callback<ProjectsPage> done) override;
    RequestHandle callerIdentity(Callback<CallerIdentity> done) override;
    RequestHandle environment(
        const EnvironmentRef &env, Callback<EnvironmentSummary> done) override;

    // The largest limit the context-attributes endpoints accept (api-notes.md §3.8, §3.9).
    static constexpr int MaxAttributeLimit = 100;

    // The JSON bodies the calls send (exposed for tests).
    static QByteArray searchBody(const ContextQuery &query, const QString &continuationToken);
    static QByteArray instanceSearchBody(const QString &filter, const QString &continuationToken);
    // {"setting": <value or null>, "comment": ...} (no comment when empty); nullopt when
    // valueJson is not one JSON value.
    static std::optional<QByteArray> flagSettingBody(
        const std::optional<QByteArray> &valueJson, const QString &comment);
    // {"name", "description", "archived"?, "version"?} in that order: description is always
    // sent (even empty), archived and version only when set.
    static QByteArray contextKindBody(const ContextKindUpdate &update);

private:
    template <typename T>
    RequestHandle start(const detail::RestRequest &request, Result<T> (*decode)(const QByteArray &),
        Callback<T> done);
    // Delivers `error` later, from the event loop, without sending anything.
    template <typename T> RequestHandle refuse(const ApiError &error, Callback<T> done);
    void track(const std::shared_ptr<detail::PendingReply> &pending);
    ApiError withoutToken(const ApiError &error) const;

    Connection m_connection;
    Result<QSslConfiguration> m_tls;
    QNetworkAccessManager *m_network = nullptr;
    RequestThrottle *m_throttle = nullptr;
    QList<std::weak_ptr<detail::PendingReply>> m_pending;
};

} // namespace ctx
