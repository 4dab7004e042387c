#pragma once

// Internal to ctx_api: one REST request and the
// bookkeeping of its reply while it is in flight.

#include "Connection.h"
#include "ContextsApi.h"
#include "Result.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;
class QTimer;

namespace ctx {
class RequestThrottle;
}

namespace ctx::detail {

// What one call sends.
struct RestRequest
{
    QByteArray verb; // GET, POST, PUT, DELETE
    QStringList path; // segments; each is percent-encoded on the wire ("a/b c" -> "a%2Fb%20c")
    QList<std::pair<QString, QString>> query; // names and values, percent-encoded on the wire
    QByteArray body; // JSON; empty: no body and no Content-Type
};

// The request's URL below `baseUrl`: the base URL's path is kept as a prefix, its query and
// fragment are dropped.
QUrl requestUrl(const QUrl &baseUrl, const RestRequest &request);

// Sends `request` with the connection's headers (raw Authorization, LD-API-Version,
// User-Agent, Accept), transfer timeout, TLS configuration, same-origin redirects only and
// no cookies.
QNetworkReply *sendRequest(QNetworkAccessManager *network, const Connection &connection,
    const QSslConfiguration &tls, const RestRequest &request);

// The TLS configuration of a connection: the system's CAs plus those of
// Connection::caFile, TLS 1.2 or later, peers verified. An error (Kind::Tls) when the CA
// file cannot be read or holds no certificate.
Result<QSslConfiguration> tlsConfiguration(const Connection &connection);

// The part of a request in flight that does not depend on the result type: it waits for a
// slot of the connection's RequestThrottle, sends, and on 429 waits as the RetryPolicy says
// and sends again, until it has a result.
class PendingReply
    : public PendingRequest
    , public std::enable_shared_from_this<PendingReply>
{
public:
    // The body of a 2xx reply, or the error (transport, size limit or HTTP status).
    using Finished = std::function<void(const Result<QByteArray> &)>;
    // Puts the request on the wire (once per attempt).
    using Send = std::function<QNetworkReply *()>;

    ~PendingReply() override;

    void cancel() final;

    // Sends through `throttle` (which may be null: no limit, no waits shown), re-sends after
    // a 429 as `policy` says, and calls `finished` once with the last result. Timers and
    // connections are owned by `context`; until the end they keep this object alive.
    // `timeoutMs` only words the timeout error. Must be owned by a std::shared_ptr.
    void start(Send send, QObject *context, RequestThrottle *throttle, const RetryPolicy &policy,
        int timeoutMs, Finished finished);

protected:
    virtual void dropCallback() = 0;
    bool m_cancelled = false;

private:
    friend class ctx::RequestThrottle;

    // Called by the throttle when a slot is free.
    void sendNow();
    // Called by the throttle when the person cancels the rate-limit waits.
    void abandonWait();

    // Watches the reply (size limit, TLS errors) and handles its end.
    void watch(QNetworkReply *reply);
    void replyFinished(QNetworkReply *reply);
    void waitThenResend(qint64 delayMs);
    void finish(const Result<QByteArray> &result);
    // Disconnects our handlers from the reply and lets it go (aborting it when asked).
    void release(bool abort);
    void stopTimer();

    Send m_send;
    QPointer<QObject> m_context;
    QPointer<RequestThrottle> m_throttle;
    RetryPolicy m_policy;
    int m_timeoutMs = 0;
    Finished m_finished;
    int m_attempts = 0;
    bool m_onWire = false;
    QPointer<QTimer> m_timer;

    QPointer<QNetworkReply> m_reply;
    QList<QMetaObject::Connection> m_connections;
    bool m_tooLarge = false;
    QStringList m_tlsErrors;
};

template <typename T> class TypedPendingReply final : public PendingReply
{
public:
    explicit TypedPendingReply(Callback<T> done)
        : m_callback(std::move(done))
    {
    }

    void deliver(const Result<T> &result)
    {
        if (m_cancelled || m_delivered)
            return;
        m_delivered = true;
        // Moved out first: the callback may cancel this request or destroy the api.
        const Callback<T> callback = std::exchange(m_callback, nullptr);
        if (callback)
            callback(result);
    }

private:
    void dropCallback() override { m_callback = nullptr; }

    Callback<T> m_callback;
    bool m_delivered = false;
};

} // namespace ctx::detail
