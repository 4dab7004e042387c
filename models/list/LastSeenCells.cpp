#include "LastSeenCells.h"

#include "ContextExpiry.h"
#include "RelativeTime.h"

#include <QCoreApplication>

namespace ctx {

LastSeenCells::LastSeenCells(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(defaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &LastSeenCells::refreshDue);
}

void LastSeenCells::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void LastSeenCells::setRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
}

void LastSeenCells::setRefreshing(bool refreshing)
{
    if (!refreshing)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void LastSeenCells::setExpiryDecoration(const QVariant &decoration)
{
    m_expiryDecoration = decoration;
}

QString LastSeenCells::text(const QDateTime &lastSeen) const
{
    const QDateTime now = m_clock();
    const QString text = RelativeTime::format(lastSeen, now);
    // Said in words too, not only by the icon. (The list's translation context.)
    return ContextExpiry::daysLeft(lastSeen, now)
        ? QCoreApplication::translate("ctx::ContextListModel", "%1 · expiring").arg(text)
        : text;
}

QString LastSeenCells::toolTip(const QDateTime &lastSeen) const
{
    const QString times = RelativeTime::tooltip(lastSeen);
    const std::optional<int> days = daysLeft(lastSeen);
    return days ? ContextExpiry::text(*days) + QLatin1Char('\n') + times : times;
}

std::optional<int> LastSeenCells::daysLeft(const QDateTime &lastSeen) const
{
    return ContextExpiry::daysLeft(lastSeen, m_clock());
}

QVariant LastSeenCells::decoration(const QDateTime &lastSeen) const
{
    return daysLeft(lastSeen) ? m_expiryDecoration : QVariant();
}

QVariant LastSeenCells::accessibleDescription(const QDateTime &lastSeen) const
{
    const std::optional<int> days = daysLeft(lastSeen);
    return days ? QVariant(ContextExpiry::text(*days)) : QVariant();
}

} // namespace ctx
