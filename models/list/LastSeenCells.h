#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <optional>

namespace ctx {

// What the "Last seen" column shows of one time, and the timer that keeps it true.
// The text is relative ("5 minutes ago"); a context last seen more than
// ContextExpiry::warningDays ago is close to LaunchDarkly's 30-day removal, and says so in
// text (" · expiring"), tooltip and accessible description ("Expires in about N days…"), and
// with the expiry decoration (a warning icon): never by colour alone.
//
// While refreshing (the list has rows and shows the column), refreshDue() comes every
// refresh interval, a minute by default, so that the list re-announces the column.
class LastSeenCells : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultRefreshMs = 60 * 1000;

    explicit LastSeenCells(QObject *parent = nullptr);

    // What "now" is (tests set a fixed clock).
    void setClock(std::function<QDateTime()> clock);
    void setRefreshInterval(int ms);
    void setRefreshing(bool refreshing);
    bool isRefreshing() const { return m_timer.isActive(); }
    // Given for an expiring time's Qt::DecorationRole; invalid: none.
    void setExpiryDecoration(const QVariant &decoration);

    QString text(const QDateTime &lastSeen) const;
    QString toolTip(const QDateTime &lastSeen) const;
    // Whole days until removal (0: due) when the time is within the warning; nothing otherwise.
    std::optional<int> daysLeft(const QDateTime &lastSeen) const;
    // The expiry decoration and sentence, for an expiring time only (invalid otherwise).
    QVariant decoration(const QDateTime &lastSeen) const;
    QVariant accessibleDescription(const QDateTime &lastSeen) const;

signals:
    void refreshDue();

private:
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QVariant m_expiryDecoration;
};

} // namespace ctx
