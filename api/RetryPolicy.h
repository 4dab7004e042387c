#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace ctx {

// When to send a request again after the server answered 429 (api-notes.md §1), as pure
// functions of the reply's headers, the clock and a random source, so that tests pin them.
//
// A request is sent at most `maxAttempts` times. Before attempt n+1 it waits:
//  - what the server asked for: `Retry-After` (seconds, or an HTTP date) or
//    `X-Ratelimit-Reset` (epoch milliseconds), the later of the two when both are present;
//  - otherwise exponential backoff: baseDelayMs * 2^(n-1);
// plus a random jitter of up to `jitter` times that wait (at least of baseDelayMs), and never
// more than maxDelayMs. A Retry-After longer than maxDelayMs gives up at once (waiting less
// would ignore the server, waiting more is too long to sit in front of); a reset time beyond
// the cap is waited to the cap (the two clocks may disagree; the window is 10 s).
struct RetryPolicy
{
    int maxAttempts = 4; // sends in all, the first one included
    int baseDelayMs = 1000;
    int maxDelayMs = 60000; // the cap on any single wait
    double jitter = 0.2; // the random part, as a fraction of the wait

    // The code of the RateLimited error delivered when the person cancelled the wait.
    static constexpr auto WaitCancelledCode = "rate_limit_wait_cancelled";

    // The wait the server asked for, in ms from `nowMs` (epoch ms), or nullopt when neither
    // header holds a usable value (missing, garbage, negative, a reset time in the past).
    // A reset time is counted at most up to maxDelayMs; a Retry-After is not.
    std::optional<qint64> serverDelayMs(
        const QByteArray &retryAfter, const QByteArray &rateLimitReset, qint64 nowMs) const;

    // How long to wait after `failedAttempts` sends (>= 1) were answered 429, with the
    // server's wish (serverDelayMs()) if any; `random` returns a value in [0, 1).
    // nullopt: give up (attempts used up, or the server asked for more than the cap).
    std::optional<qint64> delayMs(int failedAttempts, std::optional<qint64> serverDelay,
        const std::function<double()> &random) const;

    // delayMs() with QRandomGenerator.
    std::optional<qint64> delayMs(int failedAttempts, std::optional<qint64> serverDelay) const;
};

} // namespace ctx
