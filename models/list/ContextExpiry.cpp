#include "ContextExpiry.h"

#include <QCoreApplication>

namespace ctx::ContextExpiry {

namespace {

constexpr qint64 secondsPerDay = qint64(24) * 60 * 60;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ctx::ContextExpiry", text, nullptr, n);
}

} // namespace

std::optional<int> daysLeft(const QDateTime &lastSeen, const QDateTime &now)
{
    if (!lastSeen.isValid() || !now.isValid())
        return std::nullopt;
    const qint64 age = lastSeen.secsTo(now);
    if (age <= warningDays * secondsPerDay)
        return std::nullopt;
    const qint64 left = removalDays * secondsPerDay - age;
    if (left <= 0)
        return 0;
    return static_cast<int>((left + secondsPerDay - 1) / secondsPerDay);
}

QString text(int days)
{
    if (days <= 0)
        return tr("Due for removal: LaunchDarkly removes contexts not seen for %1 days.")
            .arg(removalDays);
    // English needs its singular spelled out; translations use the %n plural.
    const QString in = days == 1
        ? tr(QT_TRANSLATE_NOOP("ctx::ContextExpiry", "Expires in about 1 day"))
        : tr(QT_TRANSLATE_N_NOOP("ctx::ContextExpiry", "Expires in about %n days"), days);
    return tr("%1: LaunchDarkly removes contexts not seen for %2 days.").arg(in).arg(removalDays);
}

} // namespace ctx::ContextExpiry
