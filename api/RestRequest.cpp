#include "RestRequest.h"

#include "JsonDecoder.h"
#include "RestContextsApi.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <optional>

namespace ctx::detail {

namespace {

constexpr qint64 MaxResponseBytes = RestContextsApi::MaxResponseBytes;

QString tr(const char *text)
{
    return QCoreApplication::translate("ctx::RestContextsApi", text);
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

ApiError tooLarge()
{
    return ApiError(ApiError::Kind::InvalidResponse, tr("the response is larger than 64 MiB"));
}

// A reply with an error status whose body arrived: decoded from the status and the body.
// Qt reports these as content, protocol or server errors (e.g. 400 as
// ProtocolInvalidOperationError); connection and proxy errors (codes below 200) mean the
// body is incomplete, whatever the status line said.
bool isHttpStatusError(QNetworkReply::NetworkError error, int status)
{
    return (status < 200 || status > 299) && static_cast<int>(error) >= 200;
}

// A transport failure, or nullopt when the reply has a full status.
std::optional<ApiError> transportError(
    QNetworkReply *reply, const QStringList &tlsErrors, int timeoutMs)
{
    using E = QNetworkReply::NetworkError;
    using K = ApiError::Kind;
    const E error = reply->error();
    if (error == E::NoError
        || (httpStatus(reply) > 0 && isHttpStatusError(error, httpStatus(reply))))
        return std::nullopt;
    const QString host = reply->url().host();
    switch (error) {
    case E::OperationCanceledError: // only the transfer timeout: our cancel() disconnects first
    case E::TimeoutError:
        return ApiError(
            K::Timeout, tr("no data arrived for %1 seconds").arg(double(timeoutMs) / 1000.0));
    case E::SslHandshakeFailedError:
    case E::UnknownNetworkError:
        if (error == E::SslHandshakeFailedError || !tlsErrors.isEmpty())
            return ApiError(K::Tls,
                tlsErrors.isEmpty() ? reply->errorString() : tlsErrors.join(QStringLiteral("; ")));
        break;
    case E::ConnectionRefusedError:
        return ApiError(K::Network, tr("the connection to %1 was refused").arg(host));
    case E::HostNotFoundError:
        return ApiError(K::Network, tr("the host name %1 was not found").arg(host));
    case E::RemoteHostClosedError:
        return ApiError(
            K::Network, tr("the server closed the connection before the response was complete"));
    case E::InsecureRedirectError:
        return ApiError(K::Network,
            tr("the server redirected to a different address, which is "
               "not followed"));
    case E::TooManyRedirectsError:
        return ApiError(K::Network, tr("the server redirected too many times"));
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        return ApiError(K::Network, tr("the network is not available"));
    default:
        break;
    }
    return ApiError(K::Network, reply->errorString());
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QUrl requestUrl(const QUrl &baseUrl, const RestRequest &request)
{
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : request.path)
        path += QLatin1Char('/') + encoded(segment);
    url.setPath(path, QUrl::TolerantMode);
    QStringList query;
    for (const auto &[name, value] : request.query)
        query.append(encoded(name) + QLatin1Char('=') + encoded(value));
    url.setQuery(query.join(QLatin1Char('&')), QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

QNetworkReply *sendRequest(
    QNetworkAccessManager *network, const Connection &connection, const RestRequest &request)
{
    QNetworkRequest networkRequest(requestUrl(connection.baseUrl, request));
    networkRequest.setRawHeader("Authorization", connection.token.toUtf8());
    networkRequest.setRawHeader("LD-API-Version", RestContextsApi::ApiVersion);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    networkRequest.setTransferTimeout(qMax(0, connection.transferTimeoutMs));
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(
        QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(
        QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setDecompressedSafetyCheckThreshold(MaxResponseBytes);
    if (request.verb == "GET")
        return network->get(networkRequest);
    if (request.verb == "POST")
        return network->post(networkRequest, request.body);
    return network->sendCustomRequest(networkRequest, request.verb, request.body);
}

void PendingReply::cancel()
{
    m_cancelled = true;
    dropCallback();
    release(true);
}

void PendingReply::release(bool abort)
{
    for (const auto &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    if (QNetworkReply *r = std::exchange(m_reply, nullptr)) {
        if (abort)
            r->abort();
        r->deleteLater();
    }
}

void PendingReply::watch(QNetworkReply *reply, QObject *context, int timeoutMs, Finished finished)
{
    m_reply = reply;
    const auto abortTooLarge = [reply, this] {
        m_tooLarge = true;
        reply->abort(); // emits finished() synchronously
    };
    m_connections << QObject::connect(
        reply, &QNetworkReply::metaDataChanged, context, [reply, abortTooLarge] {
            if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > MaxResponseBytes)
                abortTooLarge();
        });
    m_connections << QObject::connect(reply, &QNetworkReply::downloadProgress, context,
        [reply, abortTooLarge](qint64 received, qint64) {
            if (received > MaxResponseBytes || reply->bytesAvailable() > MaxResponseBytes)
                abortTooLarge();
        });
    m_connections << QObject::connect(
        reply, &QNetworkReply::readyRead, context, [reply, abortTooLarge] {
            if (reply->bytesAvailable() > MaxResponseBytes)
                abortTooLarge();
        });
    m_connections << QObject::connect(
        reply, &QNetworkReply::sslErrors, context, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
    m_connections << QObject::connect(reply, &QNetworkReply::finished, context,
        [this, self = shared_from_this(), reply, timeoutMs, finished = std::move(finished)] {
            const Result<QByteArray> result = [&]() -> Result<QByteArray> {
                if (m_tooLarge)
                    return tooLarge();
                if (auto error = transportError(reply, m_tlsErrors, timeoutMs))
                    return *error;
                QByteArray bytes = reply->readAll();
                if (bytes.size() > MaxResponseBytes)
                    return tooLarge();
                const int status = httpStatus(reply);
                if (status >= 200 && status <= 299)
                    return bytes;
                return errorFromResponse(status, bytes,
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            }();
            release(false);
            finished(result);
        });
}

} // namespace ctx::detail
