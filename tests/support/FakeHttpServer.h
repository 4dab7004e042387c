#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

namespace testsupport {

// One HTTP request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // the request target as sent: path and query, still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;

    // The first header with this name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray path() const { return target.split('?').value(0); }
};

// Takes one whole request (head, and a body of its Content-Length) from the front of
// `buffer`; nullopt, and `buffer` untouched, while it is not all there yet.
std::optional<RecordedRequest> takeRequest(QByteArray &buffer);

// What the server answers.
struct CannedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added unless listed here
    QByteArray body;
    int delayMs = 0; // wait before answering
    bool neverAnswer = false; // record the request and keep the connection open, silent
    qint64 closeAfterBodyBytes = -1; // >= 0: announce the whole body, send this much, close
    bool noContentLength = false; // send the body without Content-Length, then close
    bool keepOpen = false; // do not close the connection after the body

    static CannedResponse json(int status, const QByteArray &body, const QByteArray &reason = {});
};

// A tiny scriptable HTTP/1.1 server on 127.0.0.1 for tests: records every request and
// answers with a canned response (queued ones first, then the default).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    quint16 port() const;

    void setDefaultResponse(const CannedResponse &response) { m_default = response; }
    void enqueue(const CannedResponse &response) { m_queue.append(response); }
    // Computes the response from the request (takes precedence over the queue).
    void setHandler(std::function<CannedResponse(const RecordedRequest &)> handler)
    {
        m_handler = std::move(handler);
    }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int openConnections() const { return int(m_buffers.size()); }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<RecordedRequest> m_requests;
    QList<CannedResponse> m_queue;
    CannedResponse m_default;
    std::function<CannedResponse(const RecordedRequest &)> m_handler;
};

} // namespace testsupport
