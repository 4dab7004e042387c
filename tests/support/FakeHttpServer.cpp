#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace testsupport {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

CannedResponse CannedResponse::json(int status, const QByteArray &body, const QByteArray &reason)
{
    CannedResponse response;
    response.status = status;
    response.reason = reason.isEmpty() ? QByteArray(status < 300 ? "OK" : "Error") : reason;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

std::optional<RecordedRequest> takeRequest(QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return std::nullopt;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, headerEnd + 4 + contentLength);
    return request;
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const std::optional<RecordedRequest> taken = takeRequest(buffer);
        if (!taken)
            return; // wait for the rest
        const RecordedRequest &request = *taken;

        CannedResponse response = m_default;
        if (m_handler)
            response = m_handler(request);
        else if (!m_queue.isEmpty())
            response = m_queue.takeFirst();
        m_requests.append(request);
        emit requestReceived();
        if (response.neverAnswer)
            continue;
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
            });
        } else {
            respond(socket, response);
        }
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength && !response.noContentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += response.keepOpen ? "\r\n" : "Connection: close\r\n\r\n";
    socket->write(head);
    if (response.closeAfterBodyBytes >= 0) {
        socket->write(response.body.left(response.closeAfterBodyBytes));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    if (!response.keepOpen)
        socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace testsupport
