#pragma once

#include <QString>

namespace ctx {

// A failed API call, typed so that callers can react (retry, refresh, re-authenticate)
// and turned into one clear sentence for the person by userMessage().
// Never carries the access token: the REST client builds errors from status, code and
// the server's message only.
class ApiError
{
public:
    enum class Kind {
        Network, // connection refused, reset, host not found, other transport failure
        Timeout, // transfer timeout elapsed
        Tls, // TLS handshake or certificate failure
        Cancelled, // cancelled by the caller (never shown to the person)
        BadRequest, // 400 (bad filter, limit or cursor)
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        RateLimited, // 429
        ServerError, // 5xx
        UnexpectedStatus, // any other non-2xx status
        InvalidResponse, // 2xx with a body we cannot decode
        InsecureUrl, // plain http to a host that is not loopback
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0, QString code = {});

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's machine-readable code (e.g. "invalid_request"), when it sent one.
    QString code() const { return m_code; }
    // The server's own message, or a technical detail (decode error, transport error text).
    QString detail() const { return m_detail; }

    // One sentence (or two) for the person: what failed and what to do about it.
    QString userMessage() const;

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_code;
    QString m_detail;
};

} // namespace ctx
