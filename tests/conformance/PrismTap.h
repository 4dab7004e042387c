#pragma once

// A recording relay for tst_Conformance: the REST client talks to the tap, the tap passes
// every byte on to Prism unchanged and reads the HTTP exchanges as they go by, so that the test
// sees what the client does not expose: Prism's `sl-violations` header (warnings on a response
// that passed, errors on a 500 from --errors) and its application/problem+json bodies (422 for
// a request Prism rejected, 500 for a response that broke the spec).

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// One request and Prism's answer to it.
struct PrismExchange
{
    QString request; // "GET /api/v2/projects?limit=2"
    int status = 0;
    QJsonArray violations; // [{location: [...], severity, code?, message}]
    QByteArray problem; // Prism's own application/problem+json body, if it answered itself
};

// Reads HTTP/1.1 messages (head + Content-Length body) out of one direction of a connection.
class HttpMessageReader
{
public:
    struct Message
    {
        QByteArray startLine;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    // Appends bytes; returns the messages they completed.
    QList<Message> feed(const QByteArray &bytes);

private:
    QByteArray m_buffer;
};

// Starts `prism proxy <spec> <upstream> --errors` on a free loopback port, and the tap in
// front of it (also on a free loopback port). Stops Prism when destroyed.
class PrismTap : public QObject
{
    Q_OBJECT
public:
    explicit PrismTap(QObject *parent = nullptr);
    ~PrismTap() override;

    // Returns once Prism listens (loading the spec takes seconds), or false with *error set
    // (Prism's last output included) when it did not within timeoutMs.
    bool start(const QString &prism, const QString &spec, const QUrl &upstream, int timeoutMs,
        QString *error);
    quint16 port() const { return m_server.serverPort(); } // where clients connect
    qint64 startupMs() const { return m_startupMs; }

    // Every exchange since the last call.
    QList<PrismExchange> take();

    using AllowedFn = std::function<bool(const QString &request, const QJsonObject &violation)>;
    // Prism's verdict on every exchange since the last call, one line per violation that
    // `allowed` does not excuse; also when fewer than `expected` requests went through.
    // Empty: all conformed.
    QString takeViolations(int expected, const AllowedFn &allowed);

private:
    void accept();

    QProcess m_prism;
    QByteArray m_output;
    QTcpServer m_server;
    quint16 m_prismPort = 0;
    qint64 m_startupMs = 0;
    QList<PrismExchange> m_exchanges;
};
