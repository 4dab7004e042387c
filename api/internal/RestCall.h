#pragma once

// Internal to ctx_api: the member templates that send one call and deliver its decoded
// result, shared by RestContextsApi.cpp and RestAccountCalls.cpp.

#include "RestContextsApi.h"
#include "RestRequest.h"

#include <QMetaObject>

#include <memory>

namespace ctx {

template <typename T>
RequestHandle RestContextsApi::start(
    const detail::RestRequest &request, Result<T> (*decode)(const QByteArray &), Callback<T> done)
{
    auto pending = std::make_shared<detail::TypedPendingReply<T>>(std::move(done));
    track(pending);
    // Delivered later, from the event loop: the callback may destroy this object, which must
    // not happen inside the reply's own signal.
    const auto finish = [this, pending, decode](const Result<QByteArray> &reply) {
        Result<T> result = reply.ok() ? decode(reply.value()) : Result<T>(reply.error());
        if (!result.ok())
            result = withoutToken(result.error());
        QMetaObject::invokeMethod(
            this, [pending, result] { pending->deliver(result); }, Qt::QueuedConnection);
    };
    if (const auto error = checkBaseUrl(m_connection.baseUrl)) {
        finish(*error);
    } else if (!m_tls.ok()) {
        finish(m_tls.error()); // an unusable CA file: nothing is sent
    } else {
        // Waits for a slot of the throttle; a 429 is sent again as Connection::retry says.
        pending->start(
            [this, request] {
                return detail::sendRequest(m_network, m_connection, m_tls.value(), request);
            },
            this, m_throttle, m_connection.retry, m_connection.transferTimeoutMs, finish);
    }
    return pending;
}

template <typename T> RequestHandle RestContextsApi::refuse(const ApiError &error, Callback<T> done)
{
    auto pending = std::make_shared<detail::TypedPendingReply<T>>(std::move(done));
    track(pending);
    QMetaObject::invokeMethod(
        this, [pending, error] { pending->deliver(error); }, Qt::QueuedConnection);
    return pending;
}

} // namespace ctx
