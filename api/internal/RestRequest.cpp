#include "RestRequest.h"

#include "FreeTr.h"
#include "ReplyError.h"
#include "RequestLog.h"
#include "RequestThrottle.h"
#include "RestContextsApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>

namespace ctx::detail {

namespace {

constexpr qint64 MaxResponseBytes = RestContextsApi::MaxResponseBytes;
constexpr int MaxRedirects = 5;

CTX_FREE_TR("ctx::detail")

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

QNetworkReply *sendRequest(QNetworkAccessManager *network, const Connection &connection,
    const QSslConfiguration &tls, const RestRequest &request)
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
    // The token goes wherever the request goes: never to another scheme, host or port.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(MaxRedirects);
    networkRequest.setAttribute(
        QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(
        QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setDecompressedSafetyCheckThreshold(MaxResponseBytes);
    if (networkRequest.url().scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(tls);
    logRequest(networkRequest, request.verb, request.body.size());
    QNetworkReply *reply = nullptr;
    if (request.verb == "GET")
        reply = network->get(networkRequest);
    else if (request.verb == "POST")
        reply = network->post(networkRequest, request.body);
    else
        reply = network->sendCustomRequest(networkRequest, request.verb, request.body);
    markSent(reply);
    return reply;
}

Result<QSslConfiguration> tlsConfiguration(const Connection &connection)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (connection.caFile.isEmpty())
        return tls;
    const QString host = connection.baseUrl.host();
    QFile file(connection.caFile);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError(ApiError::Kind::Tls,
            tr("the CA certificate file \"%1\" set for %2 could not be read (%3)")
                .arg(QDir::toNativeSeparators(connection.caFile), host, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
    const bool anyValid = std::any_of(certificates.cbegin(), certificates.cend(),
        [](const QSslCertificate &certificate) { return !certificate.isNull(); });
    if (!anyValid)
        return ApiError(ApiError::Kind::Tls,
            tr("the CA certificate file \"%1\" set for %2 holds no PEM certificate")
                .arg(QDir::toNativeSeparators(connection.caFile), host));
    tls.addCaCertificates(certificates);
    return tls;
}

PendingReply::~PendingReply()
{
    stopTimer();
}

void PendingReply::start(Send send, QObject *context, RequestThrottle *throttle,
    const RetryPolicy &policy, int timeoutMs, Finished finished)
{
    m_send = std::move(send);
    m_context = context;
    m_throttle = throttle;
    m_policy = policy;
    m_timeoutMs = timeoutMs;
    m_finished = std::move(finished);
    if (m_throttle)
        m_throttle->enqueue(shared_from_this());
    else
        sendNow();
}

void PendingReply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    dropCallback();
    m_finished = nullptr;
    stopTimer();
    if (m_throttle) {
        m_throttle->dequeue(this);
        m_throttle->stopWaiting(this);
    }
    release(true);
}

void PendingReply::sendNow()
{
    if (m_cancelled || !m_send || !m_context) {
        if (m_throttle)
            m_throttle->release();
        return;
    }
    ++m_attempts;
    m_onWire = true;
    watch(m_send());
}

void PendingReply::abandonWait()
{
    if (m_cancelled || !m_timer)
        return;
    stopTimer();
    finish(ApiError(ApiError::Kind::RateLimited,
        QCoreApplication::translate(
            "ctx::detail", "the wait for the rate limit to pass was cancelled"),
        429, QString::fromLatin1(RetryPolicy::WaitCancelledCode)));
}

void PendingReply::stopTimer()
{
    if (QTimer *timer = std::exchange(m_timer, nullptr)) {
        timer->stop();
        timer->deleteLater(); // it may be the timer whose timeout() is running
    }
}

void PendingReply::finish(const Result<QByteArray> &result)
{
    if (const Finished finished = std::exchange(m_finished, nullptr))
        finished(result);
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
    if (std::exchange(m_onWire, false) && m_throttle)
        m_throttle->release();
}

void PendingReply::watch(QNetworkReply *reply)
{
    m_reply = reply;
    // Without a bound the network thread reads the whole body, however large, before the checks
    // below run on this thread; with it, it stops reading one byte past the cap.
    reply->setReadBufferSize(MaxResponseBytes + 1);
    m_tooLarge = false;
    m_tlsErrors.clear();
    QObject *context = m_context;
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
        [this, self = shared_from_this(), reply] { replyFinished(reply); });
}

void PendingReply::replyFinished(QNetworkReply *reply)
{
    // Keeps this object alive past release(), which drops the connection holding it.
    const std::shared_ptr<PendingReply> self = shared_from_this();
    const Result<QByteArray> result = [&]() -> Result<QByteArray> {
        if (m_tooLarge) {
            logReply(reply, -1);
            return tooLarge();
        }
        if (auto error = transportError(reply, m_tlsErrors, m_timeoutMs)) {
            logReply(reply, -1);
            return *error;
        }
        QByteArray bytes = reply->readAll();
        logReply(reply, bytes.size());
        if (bytes.size() > MaxResponseBytes)
            return tooLarge();
        return bodyOrStatusError(reply, bytes);
    }();
    std::optional<qint64> delay;
    if (!result.ok() && result.error().kind() == ApiError::Kind::RateLimited) {
        delay = m_policy.delayMs(m_attempts,
            m_policy.serverDelayMs(reply->rawHeader("Retry-After"),
                reply->rawHeader("X-Ratelimit-Reset"), QDateTime::currentMSecsSinceEpoch()));
    }
    release(false);
    if (delay && !m_cancelled)
        waitThenResend(*delay);
    else
        finish(result);
}

void PendingReply::waitThenResend(qint64 delayMs)
{
    if (!m_context) {
        finish(ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    auto *timer = new QTimer(m_context);
    timer->setSingleShot(true);
    m_timer = timer;
    QObject::connect(timer, &QTimer::timeout, timer, [this, self = shared_from_this()] {
        stopTimer();
        if (m_throttle) {
            m_throttle->stopWaiting(this);
            m_throttle->enqueue(self);
        } else {
            sendNow();
        }
    });
    if (m_throttle)
        m_throttle->startWaiting(
            shared_from_this(), QDateTime::currentDateTimeUtc().addMSecs(delayMs));
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

} // namespace ctx::detail
