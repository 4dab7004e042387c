#include "RequestThrottle.h"

#include "RestRequest.h"

#include <algorithm>

namespace ctx {

RequestThrottle::RequestThrottle(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
{
}

RequestThrottle::~RequestThrottle() = default;

int RequestThrottle::maxInFlight() const
{
    return m_maxInFlight;
}

QDateTime RequestThrottle::waitingUntil() const
{
    QDateTime until;
    for (const auto &[request, end] : m_waiting) {
        if (!until.isValid() || end > until)
            until = end;
    }
    return until;
}

void RequestThrottle::cancelWaiting()
{
    const auto waiting = std::exchange(m_waiting, {});
    if (waiting.isEmpty())
        return;
    for (const auto &[weak, until] : waiting) {
        if (const auto request = weak.lock())
            request->abandonWait();
    }
    emit waitingChanged();
}

void RequestThrottle::enqueue(const std::shared_ptr<detail::PendingReply> &request)
{
    m_queue.append(request);
    sendQueued();
}

void RequestThrottle::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    sendQueued();
}

void RequestThrottle::dequeue(const detail::PendingReply *request)
{
    m_queue.removeIf([request](const auto &queued) { return queued.get() == request; });
}

void RequestThrottle::sendQueued()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const std::shared_ptr<detail::PendingReply> next = m_queue.takeFirst();
        ++m_inFlight;
        next->sendNow();
    }
}

void RequestThrottle::startWaiting(
    const std::shared_ptr<detail::PendingReply> &request, const QDateTime &until)
{
    m_waiting.append({request, until});
    emit waitingChanged();
}

void RequestThrottle::stopWaiting(const detail::PendingReply *request)
{
    const auto removed = m_waiting.removeIf([request](const auto &entry) {
        const auto locked = entry.first.lock();
        return !locked || locked.get() == request;
    });
    if (removed > 0)
        emit waitingChanged();
}

} // namespace ctx
