#include "RequestLog.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QUrl>

namespace ctx {

Q_LOGGING_CATEGORY(lcHttp, "ctx.http", QtInfoMsg)

namespace {

// The dynamic property of a reply that holds when its request was sent (ms since the epoch).
constexpr char SentAtProperty[] = "ctxSentAtMs";

QString shownUrl(const QUrl &url)
{
    QString text = url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
    if (!url.userInfo().isEmpty()) {
        const qsizetype authority = text.indexOf(QStringLiteral("//"));
        if (authority >= 0)
            text.insert(authority + 2, QStringLiteral("<redacted>@"));
    }
    return text;
}

bool isSecretHeader(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0;
}

} // namespace

void setRequestLogEnabled(bool enabled)
{
    const_cast<QLoggingCategory &>(lcHttp()).setEnabled(QtDebugMsg, enabled);
}

namespace detail {

void logRequest(const QNetworkRequest &request, const QByteArray &verb, qsizetype bodyBytes)
{
    if (!lcHttp().isDebugEnabled())
        return;
    QStringList headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray value
            = isSecretHeader(name) ? QByteArray("<redacted>") : request.rawHeader(name);
        headers << QString::fromLatin1(name + ": " + value);
    }
    const QString body = bodyBytes > 0 ? QStringLiteral(" (%1 bytes)").arg(bodyBytes) : QString();
    qCDebug(lcHttp).noquote() << QStringLiteral("→ %1 %2%3 | %4")
                                     .arg(QString::fromLatin1(verb), shownUrl(request.url()), body,
                                         headers.join(QStringLiteral(" | ")));
}

void logReply(const QNetworkReply *reply, qsizetype bodyBytes)
{
    if (!lcHttp().isDebugEnabled() || !reply)
        return;
    const QVariant sentAt = reply->property(SentAtProperty);
    const qint64 ms
        = sentAt.isValid() ? QDateTime::currentMSecsSinceEpoch() - sentAt.toLongLong() : -1;
    const QString verb = QString::fromLatin1(
        reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    const QString method = !verb.isEmpty()                           ? verb
        : reply->operation() == QNetworkAccessManager::GetOperation  ? QStringLiteral("GET")
        : reply->operation() == QNetworkAccessManager::PostOperation ? QStringLiteral("POST")
                                                                     : QStringLiteral("?");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString what = QStringLiteral("%1 %2 in %3 ms")
                             .arg(method, shownUrl(reply->request().url()), QString::number(ms));
    if (status > 0 && bodyBytes >= 0)
        qCDebug(lcHttp).noquote() << QStringLiteral("← %1 %2, %3 bytes")
                                         .arg(QString::number(status), what,
                                             QString::number(bodyBytes));
    else
        qCDebug(lcHttp).noquote() << QStringLiteral("← %1 %2: %3")
                                         .arg(status > 0 ? QString::number(status)
                                                         : QStringLiteral("failed"),
                                             what, reply->errorString());
}

void markSent(QNetworkReply *reply)
{
    if (reply && lcHttp().isDebugEnabled())
        reply->setProperty(SentAtProperty, QDateTime::currentMSecsSinceEpoch());
}

} // namespace detail
} // namespace ctx
