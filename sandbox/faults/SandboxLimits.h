#pragma once

#include "SandboxJson.h"

#include <QHttpServerRequest>

#include <optional>

namespace sandbox {

// The sizes the sandbox refuses before any route runs.
//
// QHttpServer 6.4 has no body limit of its own, and it reads the whole request (head and body)
// into memory before any handler sees it, so the 1 MiB limit bounds what a route parses, not
// what the server reads: a client that sends 1 GB still makes it hold 1 GB until the 413.
class SandboxLimits
{
public:
    static constexpr qsizetype maxBodyBytes = qsizetype(1) << 20; // 1 MiB
    static constexpr qsizetype maxFilterChars = 20000;

    // A body over maxBodyBytes: 413 request_entity_too_large. A `filter` (query parameter or
    // JSON body field) over maxFilterChars: 400 invalid_request, before the filter is parsed.
    // nullopt when the request is within the limits.
    static std::optional<SandboxReply> refuse(const QHttpServerRequest &request);
};

} // namespace sandbox
