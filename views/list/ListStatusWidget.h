#pragma once

#include "StatusLine.h"

#include <QPointer>

class QTimer;
class QToolButton;

namespace ctx {

class ContextListModel;
class RequestThrottle;

// The list's status line: rows loaded, the total when known, loading, and errors with a
// Retry that asks for the failed page again. While the connection waits out a rate limit
// (RequestThrottle::isWaiting()), it says so, counts down each second and offers Cancel
// (RequestThrottle::cancelWaiting()).
class ListStatusWidget : public StatusLine
{
    Q_OBJECT
public:
    explicit ListStatusWidget(ContextListModel *model, QWidget *parent = nullptr);

    // The connection's throttle to watch; null: none. Not owned.
    void setThrottle(RequestThrottle *throttle);

private:
    void refresh();

    ContextListModel *m_model;
    QPointer<RequestThrottle> m_throttle;
    QToolButton *m_cancelWait;
    QTimer *m_countdown;
};

} // namespace ctx
