#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace ctx::RelativeTime {

namespace {
// The context is the one lupdate sees at the call sites (namespace ctx::RelativeTime).
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ctx::RelativeTime", text, nullptr, n);
}

// English source strings need their singular spelled out; translations use %n plurals.
QString count(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many, static_cast<int>(n));
}
} // namespace

QString format(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 seconds = then.secsTo(now);
    if (seconds < -60)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return count(minutes, QT_TRANSLATE_NOOP("ctx::RelativeTime", "1 minute ago"),
            QT_TRANSLATE_N_NOOP("ctx::RelativeTime", "%n minutes ago"));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return count(hours, QT_TRANSLATE_NOOP("ctx::RelativeTime", "1 hour ago"),
            QT_TRANSLATE_N_NOOP("ctx::RelativeTime", "%n hours ago"));
    const qint64 days = hours / 24;
    if (days == 1)
        return tr("yesterday");
    if (days < 60)
        return count(days, QT_TRANSLATE_NOOP("ctx::RelativeTime", "1 day ago"),
            QT_TRANSLATE_N_NOOP("ctx::RelativeTime", "%n days ago"));
    const qint64 months = days / 30;
    if (months < 24)
        return count(months, QT_TRANSLATE_NOOP("ctx::RelativeTime", "1 month ago"),
            QT_TRANSLATE_N_NOOP("ctx::RelativeTime", "%n months ago"));
    return count(days / 365, QT_TRANSLATE_NOOP("ctx::RelativeTime", "1 year ago"),
        QT_TRANSLATE_N_NOOP("ctx::RelativeTime", "%n years ago"));
}

QString tooltip(const QDateTime &then)
{
    if (!then.isValid())
        return tr("Never seen");
    const QLocale locale;
    const QDateTime local = then.toLocalTime();
    const QString localText = locale.toString(local, QLocale::LongFormat);
    const QString utcText = then.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
    return tr("%1 (local time)\n%2").arg(localText, utcText);
}

} // namespace ctx::RelativeTime
