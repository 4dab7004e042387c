#pragma once

// `--verbose`: one line per request sent and one per reply, on the logging category
// "ctx.http" (debug level, off unless enabled). The Authorization header is never written:
// it shows as "<redacted>", and so does a user name or password in a URL.

#include <QByteArray>
#include <QLoggingCategory>

class QNetworkReply;
class QNetworkRequest;

namespace ctx {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// Turns the "ctx.http" lines on (for --verbose) or off.
void setRequestLogEnabled(bool enabled);

namespace detail {

// "→ POST https://host/path?query (123 bytes) | Authorization: <redacted> | LD-API-Version: …"
void logRequest(const QNetworkRequest &request, const QByteArray &verb, qsizetype bodyBytes);

// Notes when `reply`'s request went out, for logReply's duration.
void markSent(QNetworkReply *reply);

// "← 200 POST https://host/path in 85 ms, 4,567 bytes" or "← failed POST … in 85 ms: reason".
// `bodyBytes` < 0: not read (the reply failed).
void logReply(const QNetworkReply *reply, qsizetype bodyBytes);

} // namespace detail
} // namespace ctx
