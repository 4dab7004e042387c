#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>
#include <utility>

namespace ctx {

namespace detail {
class PendingReply;
} // namespace detail

// One connection's traffic control, shared by its requests: at most maxInFlight() requests
// on the wire (the rest queue), and the rate-limit waits (429) in progress, which the status
// line shows with a Cancel. RestContextsApi owns one; see RetryPolicy for the waits.
class RequestThrottle : public QObject
{
    Q_OBJECT
public:
    explicit RequestThrottle(int maxInFlight = 4, QObject *parent = nullptr);
    ~RequestThrottle() override;

    int maxInFlight() const;
    // When the longest rate-limit wait in progress ends; invalid when nothing waits.
    QDateTime waitingUntil() const;
    bool isWaiting() const { return waitingUntil().isValid(); }

public slots:
    // Every request waiting out a rate limit fails now (RateLimited, "cancelled").
    void cancelWaiting();

signals:
    void waitingChanged();

private:
    friend class detail::PendingReply;

    // Sends now when a slot is free, else queues (first in, first out).
    void enqueue(const std::shared_ptr<detail::PendingReply> &request);
    // A request left the wire (finished, or cancelled while on it): the next queued one goes.
    void release();
    // A queued request was cancelled: it is dropped, never sent.
    void dequeue(const detail::PendingReply *request);
    void startWaiting(const std::shared_ptr<detail::PendingReply> &request, const QDateTime &until);
    void stopWaiting(const detail::PendingReply *request);
    void sendQueued();

    int m_maxInFlight;
    int m_inFlight = 0;
    QList<std::shared_ptr<detail::PendingReply>> m_queue;
    QList<std::pair<std::weak_ptr<detail::PendingReply>, QDateTime>> m_waiting;
};

} // namespace ctx
