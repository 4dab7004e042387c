#include "ListStatusWidget.h"

#include "ContextListModel.h"
#include "ListStatus.h"
#include "RequestThrottle.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace ctx {

ListStatusWidget::ListStatusWidget(ContextListModel *model, QWidget *parent)
    : StatusLine(parent)
    , m_model(model)
    , m_cancelWait(new QToolButton(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("listStatus"));
    m_cancelWait->setObjectName(QStringLiteral("cancelRateLimitWait"));
    m_cancelWait->setText(tr("Cancel"));
    m_cancelWait->setToolTip(tr("Stop waiting and fail the waiting requests now"));
    m_cancelWait->setAccessibleName(tr("Cancel waiting"));
    m_cancelWait->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->addWidget(m_cancelWait, 0, Qt::AlignTop);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ListStatusWidget::refresh);
    connect(m_cancelWait, &QToolButton::clicked, this, [this] {
        if (m_throttle)
            m_throttle->cancelWaiting();
    });
    connect(this, &StatusLine::retryRequested, m_model, &ContextListModel::retry);
    connect(m_model, &ContextListModel::stateChanged, this, &ListStatusWidget::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListStatusWidget::refresh);
    refresh();
}

void ListStatusWidget::setThrottle(RequestThrottle *throttle)
{
    if (m_throttle)
        disconnect(m_throttle, nullptr, this, nullptr);
    m_throttle = throttle;
    if (m_throttle) {
        connect(m_throttle, &RequestThrottle::waitingChanged, this, &ListStatusWidget::refresh);
        connect(m_throttle, &QObject::destroyed, this, &ListStatusWidget::refresh,
            Qt::QueuedConnection);
    }
    refresh();
}

void ListStatusWidget::refresh()
{
    const QDateTime until = m_throttle ? m_throttle->waitingUntil() : QDateTime();
    if (until.isValid()) {
        const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(until));
        const qint64 seconds = (ms + 999) / 1000;
        setText(tr("LaunchDarkly is limiting requests: trying again in %1 s").arg(seconds));
        setError({});
        m_cancelWait->show();
        if (!m_countdown->isActive())
            m_countdown->start();
        return;
    }
    m_countdown->stop();
    m_cancelWait->hide();
    const ListStatus status = ListStatus::of(*m_model);
    setText(status.text);
    setError(status.errorText);
    setToolTip(status.toolTip);
}

} // namespace ctx
