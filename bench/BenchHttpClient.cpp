#include "BenchHttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

BenchHttpClient::BenchHttpClient(QUrl baseUrl, QString token)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
{
}

BenchHttpClient::Reply BenchHttpClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setRawHeader("Authorization", m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(600000);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.post(request, payload);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    result.json = QJsonDocument::fromJson(data).object();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString() + QLatin1Char(' ') + QString::fromUtf8(data.left(300));
    reply->deleteLater();
    return result;
}
