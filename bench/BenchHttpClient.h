#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// A blocking JSON client for the sandbox: one request at a time over a kept-alive connection,
// timed from sending the request to having the whole body.
class BenchHttpClient
{
public:
    BenchHttpClient(QUrl baseUrl, QString token);

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        double ms = 0; // request sent -> body received
        QString error;
    };

    Reply post(const QString &path, const QJsonObject &body);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
};
