#include "SandboxFaultResponder.h"

#include <QTcpSocket>

namespace sandbox {

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray contentType = QByteArrayLiteral("application/json");

// The body a faulty response carries: half the route's body (an empty one stays empty), then
// a marker, so that it is never valid JSON and a person reading it sees where it came from.
QByteArray faultyBody(const QByteArray &body)
{
    return body.left(body.size() / 2) + QByteArrayLiteral("<!-- contexts-sandbox --fault -->");
}

// A faulty body needs a status that may carry one: a 204 becomes a 200.
Status bodyStatus(Status status)
{
    return status == Status::NoContent ? Status::Ok : status;
}

} // namespace

void SandboxFaultResponder::send(
    QHttpServerResponder &responder, const SandboxReply &reply, FaultKind kind)
{
    switch (kind) {
    case FaultKind::None:
    case FaultKind::Status:
        sendNormally(responder, reply);
        return;
    case FaultKind::Malformed:
        sendMalformed(responder, reply);
        return;
    case FaultKind::Truncated:
        sendTruncated(responder, reply);
        return;
    case FaultKind::Drop:
        drop(responder);
        return;
    }
}

void SandboxFaultResponder::sendNormally(QHttpServerResponder &responder, const SandboxReply &reply)
{
    responder.writeStatusLine(reply.status);
    // A 204 has no body, and (RFC 9110) neither Content-Length nor Content-Type.
    if (reply.status != Status::NoContent) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        responder.writeHeader(
            QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    }
    if (!reply.allow.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Allow"), reply.allow);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.status == Status::NoContent ? QByteArray() : reply.body);
}

void SandboxFaultResponder::sendMalformed(
    QHttpServerResponder &responder, const SandboxReply &reply)
{
    // write() sets the Content-Length of what is sent: the framing is right, the JSON is not.
    responder.write(faultyBody(reply.body), contentType, bodyStatus(reply.status));
}

void SandboxFaultResponder::sendTruncated(
    QHttpServerResponder &responder, const SandboxReply &reply)
{
    const QByteArray full = reply.body.isEmpty() ? faultyBody(reply.body) : reply.body;
    responder.writeStatusLine(bodyStatus(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(full.size()));
    responder.writeBody(full.left(full.size() / 2));
    // Sends what is written, then closes: the client is left short of the announced length.
    if (QTcpSocket *socket = responder.socket())
        socket->disconnectFromHost();
}

void SandboxFaultResponder::drop(QHttpServerResponder &responder)
{
    // Nothing is written. The responder is destroyed unused once the handler returns (or the
    // delayed copy is released), which Qt 6.4 allows: tst_SandboxFaults::dropClosesTheConnection.
    if (QTcpSocket *socket = responder.socket())
        socket->abort();
}

} // namespace sandbox
