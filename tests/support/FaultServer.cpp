#include "FaultServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace testsupport {

namespace {

constexpr qint64 SliceBytes = qint64(64) * 1024;
constexpr qint64 MaxQueuedBytes = qint64(1024) * 1024;
constexpr qsizetype MaxRecordedBytes = qsizetype(4) * 1024 * 1024;

bool hasHeader(const FaultResponse &response, const QByteArray &name)
{
    return std::any_of(
        response.headers.cbegin(), response.headers.cend(), [&name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
}

QByteArray head(const FaultResponse &response, qint64 bodyBytes)
{
    QByteArray text
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    if (response.chunked && !hasHeader(response, "Transfer-Encoding"))
        text += "Transfer-Encoding: chunked\r\n";
    else if (!response.chunked && !response.noContentLength
        && !hasHeader(response, "Content-Length"))
        text += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n";
    if (response.end == FaultResponse::End::Close && !hasHeader(response, "Connection"))
        text += "Connection: close\r\n";
    return text + "\r\n";
}

// The usual reason phrase of a status (what a server sends and Qt passes on).
QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases {{200, "OK"}, {204, "No Content"},
        {301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"}, {307, "Temporary Redirect"},
        {308, "Permanent Redirect"}, {400, "Bad Request"}, {401, "Unauthorized"},
        {403, "Forbidden"}, {404, "Not Found"}, {405, "Method Not Allowed"}, {409, "Conflict"},
        {429, "Too Many Requests"}, {500, "Internal Server Error"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}};
    return phrases.value(status, "Status");
}

// Resets rather than closes: the peer reads ECONNRESET instead of an end of stream.
void reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger noLinger {1, 0};
    ::setsockopt(
        int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof(noLinger));
#endif
    socket->abort();
}

} // namespace

FaultResponse FaultResponse::json(int status, const QByteArray &body)
{
    FaultResponse response;
    response.status = status;
    response.reason = reasonPhrase(status);
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

FaultResponse FaultResponse::html(int status, const QByteArray &body)
{
    FaultResponse response = json(status, body);
    response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    return response;
}

FaultResponse FaultResponse::rawBytes(const QByteArray &bytes, End end)
{
    FaultResponse response;
    response.rawOnly = true;
    response.raw = bytes;
    response.end = end;
    return response;
}

FaultResponse FaultResponse::redirect(int status, const QByteArray &location)
{
    FaultResponse response;
    response.status = status;
    response.reason = reasonPhrase(status);
    response.headers = {{"Location", location}};
    return response;
}

// The bytes of one response, produced as they are sent.
class FaultServer::Stream
{
public:
    explicit Stream(const FaultResponse &response)
        : m_response(response)
    {
        if (response.rawOnly) {
            m_pending = response.raw;
            m_bodyLimit = std::max(qint64(0), response.generatedBytes); // raw, then fill bytes
            return;
        }
        const qint64 total
            = response.generatedBytes > 0 ? response.generatedBytes : response.body.size();
        m_bodyLimit = response.bodyLimit >= 0 ? std::min(response.bodyLimit, total) : total;
        m_terminate = response.chunked && m_bodyLimit == total;
        m_pending = head(response, total);
        m_headBytes = m_pending.size();
    }

    const FaultResponse &response() const { return m_response; }
    qint64 headBytes() const { return m_headBytes; } // 0 for rawOnly
    bool atEnd() const { return m_pending.isEmpty() && m_bodySent >= m_bodyLimit && !m_terminate; }

    QByteArray take(qint64 max)
    {
        while (m_pending.size() < max && (m_bodySent < m_bodyLimit || m_terminate))
            produce(max - m_pending.size());
        QByteArray out = m_pending.left(max);
        m_pending.remove(0, out.size());
        return out;
    }

    bool waiting = false; // in delayMs
    bool finished = false;
    QPointer<QTimer> drip;

private:
    void produce(qint64 want)
    {
        const qint64 left = m_bodyLimit - m_bodySent;
        if (left <= 0) {
            m_pending += "0\r\n\r\n";
            m_terminate = false;
            return;
        }
        qint64 n = std::clamp(want, qint64(1), left);
        if (m_response.chunked && !m_response.rawOnly)
            n = std::min(n, std::max(qint64(1), m_response.chunkSize));
        const QByteArray piece = m_response.generatedBytes > 0 ? QByteArray(n, m_response.fill)
                                                               : m_response.body.mid(m_bodySent, n);
        if (m_response.chunked && !m_response.rawOnly)
            m_pending += QByteArray::number(n, 16) + "\r\n" + piece + "\r\n";
        else
            m_pending += piece;
        m_bodySent += n;
    }

    FaultResponse m_response;
    QByteArray m_pending;
    qint64 m_bodySent = 0;
    qint64 m_bodyLimit = 0;
    bool m_terminate = false; // the last chunk ("0") is still to be sent
    qint64 m_headBytes = 0;
};

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
    , m_default(FaultResponse::json(404, R"({"code":"not_found","message":"No such route."})"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

FaultServer::~FaultServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FaultServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FaultServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

quint16 FaultServer::port() const
{
    return m_server.serverPort();
}

void FaultServer::on(const QByteArray &pathSuffix, const FaultResponse &response)
{
    m_routes.removeIf([&pathSuffix](const auto &route) { return route.first == pathSuffix; });
    m_routes.append({pathSuffix, response});
}

void FaultServer::once(const QByteArray &pathSuffix, const FaultResponse &response)
{
    m_onces.append({pathSuffix, response});
}

int FaultServer::requestCount(const QByteArray &pathSuffix) const
{
    return int(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [&pathSuffix](const RecordedRequest &request) {
            return request.path().endsWith(pathSuffix);
        }));
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        ++m_connectionCount;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 bytes) {
            m_bytesSent += bytes;
            pump(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    }
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    const QByteArray bytes = socket->readAll();
    m_received += bytes.left(MaxRecordedBytes - m_received.size());
    buffer += bytes;
    if (m_streams.contains(socket))
        return; // answering: the next request waits for a kept-alive connection
    if (!buffer.isEmpty() && (buffer.at(0) < 'A' || buffer.at(0) > 'Z')) {
        ++m_nonHttp; // e.g. a TLS ClientHello on this plain port
        buffer.clear();
        start(socket,
            FaultResponse::rawBytes(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        return;
    }
    const std::optional<RecordedRequest> taken = takeRequest(buffer);
    if (!taken)
        return; // the rest of the request is still to come
    const RecordedRequest &request = *taken;
    const FaultResponse response = responseFor(request);
    m_requests.append(request);
    emit requestReceived();
    start(socket, response);
}

FaultResponse FaultServer::responseFor(const RecordedRequest &request)
{
    const QByteArray path = request.path();
    for (qsizetype i = 0; i < m_onces.size(); ++i) {
        if (path.endsWith(m_onces.at(i).first))
            return m_onces.takeAt(i).second;
    }
    const QPair<QByteArray, FaultResponse> *best = nullptr;
    for (const auto &route : std::as_const(m_routes)) {
        if (path.endsWith(route.first) && (!best || route.first.size() > best->first.size()))
            best = &route;
    }
    return best ? best->second : m_default;
}

void FaultServer::start(QTcpSocket *socket, const FaultResponse &response)
{
    auto stream = std::make_shared<Stream>(response);
    m_streams.insert(socket, stream);
    QPointer<QTcpSocket> guard(socket);
    const auto begin = [this, guard, stream] {
        if (!guard || m_streams.value(guard) != stream)
            return;
        stream->waiting = false;
        const FaultResponse &r = stream->response();
        if (r.dripBytes > 0) {
            guard->write(stream->take(stream->headBytes())); // the head at once, then drops
            auto *timer = new QTimer(guard);
            stream->drip = timer;
            connect(timer, &QTimer::timeout, this, [this, guard, stream] {
                if (guard && !stream->atEnd())
                    guard->write(stream->take(stream->response().dripBytes));
                if (guard && stream->atEnd()) {
                    stream->drip->stop();
                    pump(guard);
                }
            });
            timer->start(std::max(1, r.dripIntervalMs));
        }
        pump(guard);
    };
    if (response.delayMs > 0) {
        stream->waiting = true;
        QTimer::singleShot(response.delayMs, this, begin);
    } else {
        begin();
    }
}

void FaultServer::pump(QTcpSocket *socket)
{
    const std::shared_ptr<Stream> stream = m_streams.value(socket);
    if (!stream || stream->waiting || stream->finished)
        return;
    if (!stream->drip) {
        while (socket->state() == QAbstractSocket::ConnectedState
            && socket->bytesToWrite() < MaxQueuedBytes && !stream->atEnd())
            socket->write(stream->take(SliceBytes));
    }
    if (stream->atEnd() && socket->bytesToWrite() == 0)
        finish(socket);
}

void FaultServer::finish(QTcpSocket *socket)
{
    const std::shared_ptr<Stream> stream = m_streams.value(socket);
    if (!stream)
        return;
    stream->finished = true;
    switch (stream->response().end) {
    case FaultResponse::End::Stall:
        return;
    case FaultResponse::End::KeepAlive:
        m_streams.remove(socket);
        if (!m_buffers.value(socket).isEmpty())
            QTimer::singleShot(0, this, [this, guard = QPointer<QTcpSocket>(socket)] {
                if (guard)
                    onReadyRead(guard);
            });
        return;
    case FaultResponse::End::Reset:
        socket->disconnect(this);
        reset(socket);
        forget(socket);
        return;
    case FaultResponse::End::Close:
        socket->disconnectFromHost(); // disconnected() forgets it
        return;
    }
}

void FaultServer::forget(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers.remove(socket);
    m_streams.remove(socket);
    socket->disconnect(this);
    socket->deleteLater();
}

} // namespace testsupport
