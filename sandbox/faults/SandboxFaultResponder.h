#pragma once

#include "SandboxFaults.h"
#include "SandboxJson.h"

#include <QHttpServerResponder>

namespace sandbox {

// Writes a SandboxReply to the client, as it is or as a fault asks: with a body that is not
// JSON, with half a body and a closed connection, or with no response at all.
class SandboxFaultResponder
{
public:
    static void send(QHttpServerResponder &responder, const SandboxReply &reply,
        FaultKind kind = FaultKind::None);

private:
    static void sendNormally(QHttpServerResponder &responder, const SandboxReply &reply);
    static void sendMalformed(QHttpServerResponder &responder, const SandboxReply &reply);
    static void sendTruncated(QHttpServerResponder &responder, const SandboxReply &reply);
    static void drop(QHttpServerResponder &responder);
};

} // namespace sandbox
