#include "ReplyError.h"

#include "FreeTr.h"
#include "JsonDecoder.h"
#include "RestContextsApi.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace ctx::detail {

namespace {

CTX_FREE_TR("ctx::detail")

// Without the trailing period, to sit inside parentheses.
QString inner(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// A reply with an error status whose body arrived: decoded from the status and the body.
// Qt reports these as content, protocol or server errors (e.g. 400 as
// ProtocolInvalidOperationError); connection and proxy errors (codes below 200) mean the
// body is incomplete, whatever the status line said.
bool isHttpStatusError(QNetworkReply::NetworkError error, int status)
{
    return (status < 200 || status > 299) && static_cast<int>(error) >= 200;
}

// "host:port" of the reply's URL, as the person typed it in the base URL.
QString hostAndPort(const QNetworkReply *reply)
{
    const QUrl url = reply->url();
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

// Where a refused redirect pointed: its scheme, host and port only (a path or query could
// hold anything), or empty when the reply does not say.
QString redirectOrigin(const QNetworkReply *reply)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return {};
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
    if (!target.isValid() || target.host().isEmpty())
        return {};
    return target.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

ApiError tlsHandshakeError(const QNetworkReply *reply, const QStringList &tlsErrors)
{
    const QString host = reply->url().host();
    if (!tlsErrors.isEmpty())
        return ApiError(ApiError::Kind::Tls,
            tr("the certificate of %1 was not accepted (%2)")
                .arg(host, inner(tlsErrors.join(QStringLiteral("; ")))));
    // OpenSSL's words for a peer that answered in plain text.
    if (reply->errorString().contains(QLatin1String("wrong version number")))
        return ApiError(ApiError::Kind::Tls,
            tr("%1 did not answer in TLS: the port may be a plain http:// one, or a proxy may "
               "be in the way")
                .arg(hostAndPort(reply)));
    return ApiError(ApiError::Kind::Tls,
        tr("the TLS handshake with %1 failed (%2)").arg(host, inner(reply->errorString())));
}

// Content types that are a page for a browser, never the API's JSON.
bool isWebPage(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .section(QLatin1Char(';'), 0, 0)
                             .trimmed()
                             .toLower();
    return type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml");
}

} // namespace

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

ApiError tooLarge()
{
    static_assert(RestContextsApi::MaxResponseBytes == qint64(64) * 1024 * 1024);
    return ApiError(ApiError::Kind::InvalidResponse, tr("the response is larger than 64 MiB"));
}

std::optional<ApiError> transportError(
    QNetworkReply *reply, const QStringList &tlsErrors, int timeoutMs)
{
    using E = QNetworkReply::NetworkError;
    using K = ApiError::Kind;
    const E error = reply->error();
    if (error == E::NoError
        || (httpStatus(reply) > 0 && isHttpStatusError(error, httpStatus(reply))))
        return std::nullopt;
    // Qt's own words (with UnknownContentError) when a compressed body is corrupt or expands
    // past QNetworkRequest::decompressedSafetyCheckThreshold() at a suspicious ratio.
    if (reply->errorString().startsWith(QLatin1String("Decompression failed")))
        return ApiError(K::InvalidResponse,
            tr("the compressed response is corrupt or expands to far more than it holds"));
    const QString host = reply->url().host();
    switch (error) {
    case E::OperationCanceledError: // only the transfer timeout: our cancel() disconnects first
    case E::TimeoutError:
        return ApiError(
            K::Timeout, tr("no data arrived for %1 seconds").arg(double(timeoutMs) / 1000.0));
    case E::SslHandshakeFailedError:
        return tlsHandshakeError(reply, tlsErrors);
    case E::UnknownNetworkError:
        if (!tlsErrors.isEmpty())
            return tlsHandshakeError(reply, tlsErrors);
        break;
    case E::ConnectionRefusedError:
        return ApiError(K::Network, tr("the connection to %1 was refused").arg(host));
    case E::HostNotFoundError:
        return ApiError(K::Network, tr("the host name %1 was not found").arg(host));
    case E::RemoteHostClosedError:
        return ApiError(
            K::Network, tr("the server closed the connection before the response was complete"));
    case E::InsecureRedirectError:
        if (const QString origin = redirectOrigin(reply); !origin.isEmpty())
            return ApiError(K::Network,
                tr("the server redirected to another address (%1), which is not followed")
                    .arg(origin));
        return ApiError(
            K::Network, tr("the server redirected to a different address, which is not followed"));
    case E::TooManyRedirectsError:
        return ApiError(K::Network, tr("the server redirected too many times"));
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        return ApiError(K::Network, tr("the network is not available"));
    case E::ProtocolFailure:
        return ApiError(K::InvalidResponse, tr("the answer is not valid HTTP"));
    case E::UnknownContentError:
        return ApiError(K::InvalidResponse,
            tr("its body could not be read (%1)").arg(inner(reply->errorString())));
    default:
        break;
    }
    return ApiError(K::Network, reply->errorString());
}

Result<QByteArray> bodyOrStatusError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = httpStatus(reply);
    if (status < 200 || status > 299)
        return errorFromResponse(
            status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    // A captive portal, a proxy's sign-in page or a base URL that points at a web site
    // answers 200 with HTML: never read as success (a DELETE would look done).
    if (isWebPage(reply) && !body.trimmed().isEmpty())
        return ApiError(ApiError::Kind::InvalidResponse,
            tr("the server sent a web page instead of JSON; check the server address, and "
               "whether a proxy or sign-in page is in the way"));
    return body;
}

} // namespace ctx::detail
