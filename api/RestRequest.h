#pragma once

// Internal to ctx_api (included by RestContextsApi.cpp only): one REST request and the
// bookkeeping of its reply while it is in flight.

#include "Connection.h"
#include "ContextsApi.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

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
// User-Agent, Accept), transfer timeout, same-origin redirects only and no cookies.
QNetworkReply *sendRequest(
    QNetworkAccessManager *network, const Connection &connection, const RestRequest &request);

// The part of a request in flight that does not depend on the result type.
class PendingReply
    : public PendingRequest
    , public std::enable_shared_from_this<PendingReply>
{
public:
    // The body of a 2xx reply, or the error (transport, size limit or HTTP status).
    using Finished = std::function<void(const Result<QByteArray> &)>;

    void cancel() final;

    // Watches `reply` (size limit, TLS errors) through connections that `context` owns, and
    // calls `finished` once from the reply's finished() signal, after letting the reply go.
    // Until then the connections keep this object alive. `timeoutMs` only words the
    // timeout error. Must be owned by a std::shared_ptr.
    void watch(QNetworkReply *reply, QObject *context, int timeoutMs, Finished finished);

protected:
    virtual void dropCallback() = 0;
    bool m_cancelled = false;

private:
    // Disconnects our handlers from the reply and lets it go (aborting it when asked).
    void release(bool abort);

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
