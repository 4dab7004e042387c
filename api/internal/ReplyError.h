#pragma once

// Internal to ctx_api: what went wrong with a finished QNetworkReply, as an ApiError whose
// detail is one clause for ApiError::userMessage(). Never holds the request's headers.

#include "ApiError.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QNetworkReply;

namespace ctx::detail {

// The reply's HTTP status, 0 when none arrived.
int httpStatus(const QNetworkReply *reply);

// A transport failure (connection, TLS, timeout, redirect, not-HTTP, decompression), or
// nullopt when the reply has a full status and body. `tlsErrors` are the certificate errors
// seen; `timeoutMs` words the timeout.
std::optional<ApiError> transportError(
    QNetworkReply *reply, const QStringList &tlsErrors, int timeoutMs);

// The body over the size limit (RestContextsApi::MaxResponseBytes).
ApiError tooLarge();

// The result of a reply that arrived whole: the body of a 2xx (unless it is a web page
// rather than JSON, e.g. a proxy's sign-in page), or the error its status and body say.
Result<QByteArray> bodyOrStatusError(QNetworkReply *reply, const QByteArray &body);

} // namespace ctx::detail
