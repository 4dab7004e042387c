#pragma once

#include "FakeHttpServer.h" // RecordedRequest

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace testsupport {

// One answer of a FaultServer: a well-formed HTTP response, or anything but one.
struct FaultResponse
{
    // What happens once everything to send has been written.
    enum class End {
        Close, // close the connection (FIN), as "Connection: close" says
        Reset, // reset the connection (RST)
        Stall, // keep the connection open and say nothing more
        KeepAlive, // keep the connection open for the next request
    };

    int status = 200;
    QByteArray reason = "OK";
    // In order, as sent. Content-Length is added (the body's full length) unless one is
    // listed here, `chunked` or `noContentLength` is set; "Connection: close" is added for
    // End::Close unless listed.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // > 0: instead of `body`, a body of this many bytes of `fill`, produced while sending so
    // that a 100 MB body never sits in memory.
    qint64 generatedBytes = 0;
    char fill = ' ';
    bool chunked = false; // Transfer-Encoding: chunked, chunks of at most chunkSize bytes
    qint64 chunkSize = qint64(64) * 1024;
    bool noContentLength = false; // the body ends when the connection does
    // >= 0: only this many bytes of the body (before chunk framing) go out, then `end`.
    qint64 bodyLimit = -1;
    // Not HTTP at all: these bytes exactly (possibly none), then generatedBytes of `fill`,
    // then `end`.
    bool rawOnly = false;
    QByteArray raw;

    End end = End::Close;
    int delayMs = 0; // silence before the first byte
    // > 0: the head goes out at once, then the rest this many bytes at a time, one slice
    // every dripIntervalMs (rawOnly: all of it drips).
    int dripBytes = 0;
    int dripIntervalMs = 0;

    // A JSON answer: Content-Type application/json.
    static FaultResponse json(int status, const QByteArray &body);
    // A web page: Content-Type text/html.
    static FaultResponse html(int status, const QByteArray &body);
    // These bytes exactly, then `end` (Close: a close before any response).
    static FaultResponse rawBytes(const QByteArray &bytes, End end = End::Close);
    // A redirect to `location`.
    static FaultResponse redirect(int status, const QByteArray &location);
};

// A loopback HTTP/1.1 server for tests that answers each request with whatever bytes a
// test scripts per request path: well-formed responses, truncated or stalled bodies,
// resets, redirects, chunked or huge bodies, not-HTTP. It records every request and every
// byte it receives (so that a test can check that a secret never reached it), counts the
// connections and the bytes it managed to send. A connection whose first byte is not an
// HTTP method (a TLS ClientHello, say) is answered like a plain HTTP server would: 400.
class FaultServer : public QObject
{
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    bool listen(quint16 port = 0); // on 127.0.0.1; 0: any free port
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;

    // Every request whose path (without the query) ends with `pathSuffix` gets `response`;
    // the longest matching suffix wins. once() answers the next such request only, before
    // any on(); requests matching nothing get the default (404 JSON unless set).
    void on(const QByteArray &pathSuffix, const FaultResponse &response);
    void once(const QByteArray &pathSuffix, const FaultResponse &response);
    void setDefault(const FaultResponse &response) { m_default = response; }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount(const QByteArray &pathSuffix) const;
    int connectionCount() const { return m_connectionCount; }
    int nonHttpConnectionCount() const { return m_nonHttp; }
    // Everything received on every connection (the first 4 MiB).
    const QByteArray &received() const { return m_received; }
    // Bytes handed to the operating system on every connection, heads included.
    qint64 bytesSent() const { return m_bytesSent; }
    int openConnections() const { return int(m_streams.size()); }

signals:
    void requestReceived();

private:
    class Stream;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    FaultResponse responseFor(const RecordedRequest &request);
    void start(QTcpSocket *socket, const FaultResponse &response);
    void pump(QTcpSocket *socket);
    void finish(QTcpSocket *socket);
    void forget(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, std::shared_ptr<Stream>> m_streams;
    QList<QPair<QByteArray, FaultResponse>> m_routes;
    QList<QPair<QByteArray, FaultResponse>> m_onces;
    FaultResponse m_default;
    QList<RecordedRequest> m_requests;
    QByteArray m_received;
    int m_connectionCount = 0;
    int m_nonHttp = 0;
    qint64 m_bytesSent = 0;
};

} // namespace testsupport
