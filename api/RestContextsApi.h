#pragma once

#include "Connection.h"
#include "ContextsApi.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ctx {

namespace detail {
class PendingReply;
}

// ContextsApi over LaunchDarkly's REST API v2 (api-notes.md §1, §3.1, §3.8).
// Every request carries "Authorization: <token>" (raw, no Bearer), LD-API-Version,
// User-Agent and Accept; follows redirects only to the same origin; fails with Timeout
// when no bytes arrive for Connection::transferTimeoutMs; refuses bodies over 64 MiB.
// Callbacks are always called later from the event loop, exactly once, unless the
// request was cancelled or this object was destroyed first. Errors never hold the token.
class RestContextsApi
    : public QObject
    , public ContextsApi
{
    Q_OBJECT
public:
    static constexpr qint64 MaxResponseBytes = qint64(64) * 1024 * 1024;
    static constexpr auto ApiVersion = "20240415";

    explicit RestContextsApi(Connection connection, QObject *parent = nullptr);
    ~RestContextsApi() override;

    const Connection &connection() const { return m_connection; }

    RequestHandle searchContexts(const EnvironmentRef &env, const ContextQuery &query,
        const QString &continuationToken, Callback<ContextsPage> done) override;
    RequestHandle contextKinds(
        const QString &projectKey, Callback<QList<ContextKind>> done) override;

    // The JSON body searchContexts sends (exposed for tests).
    static QByteArray searchBody(const ContextQuery &query, const QString &continuationToken);

private:
    template <typename T>
    RequestHandle start(const QByteArray &verb, const QStringList &pathSegments,
        const QByteArray &body, Result<T> (*decode)(const QByteArray &), Callback<T> done);
    QNetworkReply *send(
        const QByteArray &verb, const QStringList &pathSegments, const QByteArray &body);
    void track(const std::shared_ptr<detail::PendingReply> &pending);
    ApiError withoutToken(const ApiError &error) const;

    Connection m_connection;
    QNetworkAccessManager *m_network = nullptr;
    QList<std::weak_ptr<detail::PendingReply>> m_pending;
};

} // namespace ctx
