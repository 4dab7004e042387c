#include "RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ctx {

namespace {

// A non-negative decimal integer of at most 15 digits, or nullopt.
std::optional<qint64> plainNumber(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 15)
        return std::nullopt;
    if (!std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return trimmed.toLongLong();
}

std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 nowMs)
{
    if (const auto seconds = plainNumber(value))
        return *seconds * 1000;
    // The other form RFC 9110 allows: an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").
    const QDateTime date
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!date.isValid() || value.trimmed().isEmpty())
        return std::nullopt;
    const qint64 delay = date.toMSecsSinceEpoch() - nowMs;
    return delay >= 0 ? std::optional<qint64>(delay) : std::nullopt;
}

std::optional<qint64> resetMs(const QByteArray &value, qint64 nowMs)
{
    const auto reset = plainNumber(value);
    if (!reset || *reset <= nowMs)
        return std::nullopt; // a reset in the past says nothing useful: back off instead
    return *reset - nowMs;
}

} // namespace

std::optional<qint64> RetryPolicy::serverDelayMs(
    const QByteArray &retryAfter, const QByteArray &rateLimitReset, qint64 nowMs) const
{
    const auto after = retryAfterMs(retryAfter, nowMs);
    auto reset = resetMs(rateLimitReset, nowMs);
    if (reset)
        reset = std::min(*reset, qint64(std::max(0, maxDelayMs)));
    if (after && reset)
        return std::max(*after, *reset);
    return after ? after : reset;
}

std::optional<qint64> RetryPolicy::delayMs(int failedAttempts, std::optional<qint64> serverDelay,
    const std::function<double()> &random) const
{
    if (failedAttempts < 1 || failedAttempts >= maxAttempts)
        return std::nullopt;
    const qint64 cap = std::max(0, maxDelayMs);
    qint64 wait = 0;
    if (serverDelay) {
        wait = *serverDelay;
    } else {
        const int doublings = std::min(failedAttempts - 1, 30);
        wait = std::min(cap, qint64(std::max(0, baseDelayMs)) << doublings);
    }
    if (wait > cap)
        return std::nullopt;
    const double r = std::clamp(random ? random() : 0.0, 0.0, 1.0);
    const double spread = std::max(0.0, jitter) * double(std::max(wait, qint64(baseDelayMs)));
    return std::min(cap, wait + qint64(std::floor(r * spread)));
}

std::optional<qint64> RetryPolicy::delayMs(
    int failedAttempts, std::optional<qint64> serverDelay) const
{
    return delayMs(
        failedAttempts, serverDelay, [] { return QRandomGenerator::global()->generateDouble(); });
}

} // namespace ctx
