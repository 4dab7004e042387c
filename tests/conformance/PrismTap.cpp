#include "PrismTap.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>

QList<HttpMessageReader::Message> HttpMessageReader::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    QList<Message> messages;
    while (true) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Message message;
        const QList<QByteArray> lines = m_buffer.first(end).split('\n');
        message.startLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                message.headers.insert(
                    lines[i].first(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = message.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            break; // the body is still on its way
        message.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        messages.append(message);
    }
    return messages;
}

PrismTap::PrismTap(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PrismTap::accept);
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_prism, &QProcess::readyRead, this, [this] { m_output.append(m_prism.readAll()); });
}

PrismTap::~PrismTap()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000)) {
            m_prism.kill();
            m_prism.waitForFinished(5000);
        }
    }
}

bool PrismTap::start(
    const QString &prism, const QString &spec, const QUrl &upstream, int timeoutMs, QString *error)
{
    {
        QTcpServer probe; // a free port for Prism
        probe.listen(QHostAddress::LocalHost, 0);
        m_prismPort = probe.serverPort();
    }
    QElapsedTimer timer;
    timer.start();
    m_prism.start(prism,
        {QStringLiteral("proxy"), spec, upstream.toString(), QStringLiteral("--errors"),
            QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(m_prismPort)});
    if (!m_prism.waitForStarted(10000)) {
        *error = QStringLiteral("Cannot start %1: %2").arg(prism, m_prism.errorString());
        return false;
    }
    while (!m_output.contains("Prism is listening") && timer.elapsed() < timeoutMs
        && m_prism.state() == QProcess::Running)
        QTest::qWait(50);
    m_startupMs = timer.elapsed();
    if (!m_output.contains("Prism is listening")) {
        *error = QStringLiteral("Prism did not start within %1 s:\n%2")
                     .arg(timeoutMs / 1000)
                     .arg(QString::fromUtf8(m_output.right(3000)));
        return false;
    }
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QString PrismTap::takeViolations(int expected, const AllowedFn &allowed)
{
    QStringList found;
    const QList<PrismExchange> exchanges = take();
    if (exchanges.size() < expected)
        found << QStringLiteral("expected %1 request(s) through Prism, saw %2")
                     .arg(expected)
                     .arg(exchanges.size());
    for (const PrismExchange &exchange : exchanges) {
        for (const auto &value : exchange.violations) {
            const QJsonObject violation = value.toObject();
            if (allowed && allowed(exchange.request, violation))
                continue;
            QStringList location;
            for (const auto &part : violation.value(u"location").toArray())
                location << part.toVariant().toString();
            found << QStringLiteral("%1 -> %2: %3 at %4: %5")
                         .arg(exchange.request)
                         .arg(exchange.status)
                         .arg(violation.value(u"severity").toString(), location.join(u'.'),
                             violation.value(u"message").toString());
        }
        if (exchange.violations.isEmpty() && !exchange.problem.isEmpty())
            found << QStringLiteral("%1 -> %2: Prism answered itself: %3")
                         .arg(exchange.request)
                         .arg(exchange.status)
                         .arg(QString::fromUtf8(exchange.problem));
    }
    return found.join(u'\n');
}

QList<PrismExchange> PrismTap::take()
{
    return std::exchange(m_exchanges, {});
}

void PrismTap::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        // Per connection: the requests not answered yet and both directions' readers.
        auto requests = std::make_shared<QList<QString>>();
        auto fromClient = std::make_shared<HttpMessageReader>();
        auto fromPrism = std::make_shared<HttpMessageReader>();
        auto pending = std::make_shared<QByteArray>(); // client bytes before upstream connects

        connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, upstream, [=] {
            const QByteArray bytes = client->readAll();
            for (const HttpMessageReader::Message &message : fromClient->feed(bytes))
                requests->append(QString::fromUtf8(
                    message.startLine.chopped(message.startLine.endsWith(" HTTP/1.1") ? 9 : 0)));
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            else
                pending->append(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
            const QByteArray bytes = upstream->readAll();
            client->write(bytes);
            for (const HttpMessageReader::Message &message : fromPrism->feed(bytes)) {
                PrismExchange exchange;
                exchange.request = requests->isEmpty() ? QString() : requests->takeFirst();
                exchange.status = message.startLine.split(' ').value(1).toInt();
                if (message.headers.contains("sl-violations"))
                    exchange.violations
                        = QJsonDocument::fromJson(message.headers.value("sl-violations")).array();
                if (message.headers.value("content-type").startsWith("application/problem+json")) {
                    exchange.problem = message.body;
                    if (exchange.violations.isEmpty())
                        exchange.violations = QJsonDocument::fromJson(message.body)
                                                  .object()
                                                  .value(u"validation")
                                                  .toArray();
                }
                m_exchanges.append(exchange);
            }
        });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_prismPort);
    }
}
