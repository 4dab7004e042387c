#pragma once

#include "SandboxJson.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QString>

#include <functional>
#include <optional>

namespace sandbox {

// `--rate-limit N`: at most N requests per route in a window of 10 seconds, shared by every
// token, as LaunchDarkly limits its routes. Every reply says what is left
// (X-Ratelimit-Route-Remaining) and when the window resets (X-Ratelimit-Reset, epoch
// milliseconds); a request past the limit is a 429 with the RateLimitedErrorRep body, and
// does not run.
//
// A route is the method and the path's shape: the literal segments of the API stay, every
// key or id becomes "*" (all contexts searches of all environments share one route, as all
// GETs of one context do).
class SandboxRateLimit
{
public:
    static constexpr qint64 windowMs = 10000;

    // perWindow <= 0: no limit (no headers). `clock` gives epoch milliseconds (tests fake it).
    explicit SandboxRateLimit(int perWindow = 0, std::function<qint64()> clock = {});

    bool enabled() const { return m_perWindow > 0; }

    // Counts a request to `method` `path`: nothing when it is within the limit (then
    // decorate() adds the headers to the route's reply), else the 429 to send instead.
    std::optional<SandboxReply> admit(QHttpServerRequest::Method method, const QString &path);
    // Adds the headers of the route's window, as admit() left it, to `reply`.
    void decorate(
        QHttpServerRequest::Method method, const QString &path, SandboxReply &reply) const;

    static QString route(QHttpServerRequest::Method method, const QString &path);

private:
    struct Window
    {
        qint64 resetMs = 0;
        int used = 0;
    };
    Window &window(const QString &route);
    static void addHeaders(SandboxReply &reply, int remaining, qint64 resetMs);

    int m_perWindow = 0;
    std::function<qint64()> m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace sandbox
