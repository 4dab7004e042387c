#pragma once

// One raw HTTP exchange with a sandbox, for the fault and limit tests: a fresh
// QNetworkAccessManager (so a fresh connection) per request, and everything the client saw,
// the transport error included, waiting with QSignalSpy so an in-process server keeps serving.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include <memory>

struct SandboxFetched
{
    bool finished = false; // false: no answer within 20 s
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no status line arrived
    QByteArray body;
    qint64 contentLength = -1; // the Content-Length header; -1 when absent
    qint64 elapsedMs = 0;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError parseError {};
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
};

inline SandboxFetched sandboxFetch(const QUrl &baseUrl, const QString &token,
    const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(baseUrl.toString() + path));
    request.setRawHeader("Authorization", token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    SandboxFetched fetched;
    fetched.finished = reply->isFinished() || finished.wait(20000);
    if (!fetched.finished) {
        reply->abort();
        return fetched;
    }
    fetched.elapsedMs = timer.elapsed();
    fetched.error = reply->error();
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.body = reply->readAll();
    fetched.headers = reply->rawHeaderPairs();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    fetched.contentLength = length.isValid() ? length.toLongLong() : -1;
    return fetched;
}
