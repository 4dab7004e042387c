#include "RestContextsApi.h"

#include "JsonDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

#include <utility>

namespace ctx {

namespace detail {

// The part of a request in flight that does not depend on the result type.
class PendingReply : public PendingRequest
{
public:
    enum class Abort { None, TooLarge };

    void cancel() final
    {
        m_cancelled = true;
        dropCallback();
        release(true);
    }

    // Disconnects our handlers from the reply and lets it go (aborting it when asked).
    void release(bool abort)
    {
        for (const auto &connection : std::as_const(connections))
            QObject::disconnect(connection);
        connections.clear();
        if (QNetworkReply *r = std::exchange(reply, nullptr)) {
            if (abort)
                r->abort();
            r->deleteLater();
        }
    }

    QPointer<QNetworkReply> reply;
    QList<QMetaObject::Connection> connections;
    Abort abortReason = Abort::None;
    QStringList tlsErrors;

protected:
    virtual void dropCallback() = 0;
    bool m_cancelled = false;
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

} // namespace detail

namespace {

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

// A transport failure (or our own abort), or nullopt when the reply has a full status.
std::optional<ApiError> transportError(
    QNetworkReply *reply, const detail::PendingReply &pending, int timeoutMs)
{
    using E = QNetworkReply::NetworkError;
    using K = ApiError::Kind;
    if (pending.abortReason == detail::PendingReply::Abort::TooLarge)
        return tooLarge();
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
        if (error == E::SslHandshakeFailedError || !pending.tlsErrors.isEmpty())
            return ApiError(K::Tls,
                pending.tlsErrors.isEmpty() ? reply->errorString()
                                            : pending.tlsErrors.join(QStringLiteral("; ")));
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

} // namespace

RestContextsApi::RestContextsApi(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
{
    m_connection.token = m_connection.token.trimmed();
}

RestContextsApi::~RestContextsApi()
{
    // No callback may run once we are gone: cancel everything, then drop the replies.
    const auto pending = std::exchange(m_pending, {});
    for (const auto &weak : pending) {
        if (const auto request = weak.lock())
            request->cancel();
    }
    delete m_network;
    m_network = nullptr;
}

RequestHandle RestContextsApi::searchContexts(const EnvironmentRef &env, const ContextQuery &query,
    const QString &continuationToken, Callback<ContextsPage> done)
{
    return start<ContextsPage>("POST",
        {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("projects"), env.projectKey,
            QStringLiteral("environments"), env.environmentKey, QStringLiteral("contexts"),
            QStringLiteral("search")},
        searchBody(query, continuationToken), &decodeContextsPage, std::move(done));
}

RequestHandle RestContextsApi::contextKinds(
    const QString &projectKey, Callback<QList<ContextKind>> done)
{
    return start<QList<ContextKind>>("GET",
        {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("projects"), projectKey,
            QStringLiteral("context-kinds")},
        {}, &decodeContextKinds, std::move(done));
}

QByteArray RestContextsApi::searchBody(const ContextQuery &query, const QString &continuationToken)
{
    QJsonObject body;
    if (query.pageSize > 0)
        body.insert(QStringLiteral("limit"), query.pageSize);
    if (const QString filter = query.serverFilter(); !filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    if (const QString sort = query.sortParameter(); !sort.isEmpty())
        body.insert(QStringLiteral("sort"), sort);
    if (!continuationToken.isEmpty())
        body.insert(QStringLiteral("continuationToken"), continuationToken);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

template <typename T>
RequestHandle RestContextsApi::start(const QByteArray &verb, const QStringList &pathSegments,
    const QByteArray &body, Result<T> (*decode)(const QByteArray &), Callback<T> done)
{
    auto pending = std::make_shared<detail::TypedPendingReply<T>>(std::move(done));
    track(pending);
    if (const auto error = checkBaseUrl(m_connection.baseUrl)) {
        QMetaObject::invokeMethod(
            this, [pending, e = withoutToken(*error)] { pending->deliver(e); },
            Qt::QueuedConnection);
        return pending;
    }

    QNetworkReply *reply = send(verb, pathSegments, body);
    pending->reply = reply;
    const auto abortTooLarge = [reply, p = pending.get()] {
        p->abortReason = detail::PendingReply::Abort::TooLarge;
        reply->abort(); // emits finished() synchronously
    };
    pending->connections << connect(
        reply, &QNetworkReply::metaDataChanged, this, [reply, abortTooLarge] {
            if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > MaxResponseBytes)
                abortTooLarge();
        });
    pending->connections << connect(reply, &QNetworkReply::downloadProgress, this,
        [reply, abortTooLarge](qint64 received, qint64) {
            if (received > MaxResponseBytes || reply->bytesAvailable() > MaxResponseBytes)
                abortTooLarge();
        });
    pending->connections << connect(reply, &QNetworkReply::readyRead, this, [reply, abortTooLarge] {
        if (reply->bytesAvailable() > MaxResponseBytes)
            abortTooLarge();
    });
    pending->connections << connect(reply, &QNetworkReply::sslErrors, this,
        [p = pending.get()](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                p->tlsErrors << error.errorString();
        });
    pending->connections << connect(
        reply, &QNetworkReply::finished, this, [this, reply, pending, decode] {
            const Result<T> result = [&]() -> Result<T> {
                if (auto error = transportError(reply, *pending, m_connection.transferTimeoutMs))
                    return *error;
                const QByteArray bytes = reply->readAll();
                if (bytes.size() > MaxResponseBytes)
                    return tooLarge();
                const int status = httpStatus(reply);
                if (status >= 200 && status <= 299)
                    return decode(bytes);
                return errorFromResponse(status, bytes,
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            }();
            pending->release(false);
            // Later, from the event loop: the callback may destroy this object, which must not
            // happen inside the reply's own signal.
            QMetaObject::invokeMethod(
                this,
                [pending, r = result.ok() ? result : Result<T>(withoutToken(result.error()))] {
                    pending->deliver(r);
                },
                Qt::QueuedConnection);
        });
    return pending;
}

QNetworkReply *RestContextsApi::send(
    const QByteArray &verb, const QStringList &pathSegments, const QByteArray &body)
{
    QUrl url = m_connection.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : pathSegments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_connection.token.toUtf8());
    request.setRawHeader("LD-API-Version", ApiVersion);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(qMax(0, m_connection.transferTimeoutMs));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setDecompressedSafetyCheckThreshold(MaxResponseBytes);
    if (verb == "GET")
        return m_network->get(request);
    if (verb == "POST")
        return m_network->post(request, body);
    return m_network->sendCustomRequest(request, verb, body);
}

void RestContextsApi::track(const std::shared_ptr<detail::PendingReply> &pending)
{
    if (m_pending.size() >= 32)
        m_pending.removeIf([](const auto &weak) { return weak.expired(); });
    m_pending.append(pending);
}

ApiError RestContextsApi::withoutToken(const ApiError &error) const
{
    const QString &token = m_connection.token;
    if (token.size() < 4 || (!error.detail().contains(token) && !error.code().contains(token)))
        return error;
    const QString hidden = QStringLiteral("[access token]");
    return ApiError(error.kind(), QString(error.detail()).replace(token, hidden),
        error.httpStatus(), QString(error.code()).replace(token, hidden));
}

} // namespace ctx
