#include "ApiError.h"

#include "FreeTr.h"
#include "RetryPolicy.h"

#include <QCoreApplication>

#include <utility>

namespace ctx {

ApiError::ApiError(Kind kind, QString detail, int httpStatus, QString code)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_detail(std::move(detail))
{
}

namespace {

CTX_FREE_TR("ctx::ApiError")

// The detail without a trailing period, so that it can sit inside a sentence.
QString inner(const QString &detail)
{
    QString text = detail.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// ": <detail>" or nothing when there is no detail.
QString colonDetail(const QString &detail)
{
    const QString text = inner(detail);
    return text.isEmpty() ? QString() : QStringLiteral(": ") + text;
}

} // namespace

QString ApiError::userMessage() const
{
    const QString d = colonDetail(m_detail);
    switch (m_kind) {
    case Kind::Unauthorized:
        return tr("The server rejected the access token (401). Check that the token is correct and "
                  "has not been revoked.");
    case Kind::Forbidden:
        return tr("The server denied access (403)%1. Check that the access token's role is allowed "
                  "to read contexts in this project and environment.")
            .arg(d);
    case Kind::NotFound:
        return tr("The server did not find the project or environment (404)%1. Check the project "
                  "and environment keys.")
            .arg(d);
    case Kind::BadRequest:
        return tr("The server rejected the request (400)%1. Check the filter and try again.")
            .arg(d);
    case Kind::Conflict:
        return tr("The server reported a conflict (409)%1. Reload and try again.").arg(d);
    case Kind::RateLimited:
        if (m_code == QLatin1String(RetryPolicy::WaitCancelledCode))
            return tr("The server is limiting the rate of requests (429), and waiting to try "
                      "again was cancelled. Wait a moment and try again.");
        return tr(
            "The server is limiting the rate of requests (429). Wait a moment and try again.");
    case Kind::ServerError:
        return tr("The server had an internal problem (%1)%2. Try again later.")
            .arg(m_httpStatus > 0 ? QString::number(m_httpStatus) : QStringLiteral("5xx"), d);
    case Kind::UnexpectedStatus:
        return tr("The server answered with an unexpected status (%1)%2. Check the server "
                  "address, then try again.")
            .arg(QString::number(m_httpStatus), d);
    case Kind::Network:
        return tr("Could not reach the server%1. Check the address and your network connection.")
            .arg(d);
    case Kind::Timeout:
        return tr(
            "The server did not answer in time. Check your network connection and try again.");
    case Kind::Tls:
        return tr("The secure connection to the server failed%1. Check the address, the "
                  "computer's date and the certificates; for a server with a private "
                  "certificate authority, set its CA file in the connection.")
            .arg(d);
    case Kind::InvalidResponse:
        return tr("The server sent a response that could not be read%1.").arg(d);
    case Kind::InsecureUrl:
        return tr(
            "Plain http is allowed only to this computer (loopback); use an https:// address.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return tr("The request failed%1.").arg(d);
}

} // namespace ctx
