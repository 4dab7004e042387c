#include "RelativeTime.h"

#include <QTest>

using namespace ctx;

class tst_RelativeTime : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 minute ago");
        QTest::newRow("59 min") << qint64(59 * 60) << QStringLiteral("59 minutes ago");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 hour ago");
        QTest::newRow("23 h") << qint64(23 * 3600) << QStringLiteral("23 hours ago");
        QTest::newRow("yesterday") << qint64(25 * 3600) << QStringLiteral("yesterday");
        QTest::newRow("29 d") << qint64(29 * 86400) << QStringLiteral("29 days ago");
        QTest::newRow("3 months") << qint64(95 * 86400) << QStringLiteral("3 months ago");
        QTest::newRow("2 years") << qint64(800 * 86400) << QStringLiteral("2 years ago");
        QTest::newRow("clock skew") << qint64(-30) << QStringLiteral("just now");
        QTest::newRow("future") << qint64(-3600) << QStringLiteral("in the future");
    }

    void format()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QCOMPARE(RelativeTime::format(now.addSecs(-secondsAgo), now), expected);
    }

    void neverSeen()
    {
        QCOMPARE(RelativeTime::format(QDateTime(), QDateTime::currentDateTimeUtc()),
            QStringLiteral("never"));
        QCOMPARE(RelativeTime::tooltip(QDateTime()), QStringLiteral("Never seen"));
    }

    void tooltipHasLocalAndUtc()
    {
        const QDateTime then(QDate(2026, 11, 21), QTime(10, 3, 5, 120), Qt::UTC);
        const QString tip = RelativeTime::tooltip(then);
        QVERIFY2(tip.contains(QStringLiteral("2026-11-21 10:03:05.120 UTC")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("local time")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2026")), qPrintable(tip));
    }
};

QTEST_GUILESS_MAIN(tst_RelativeTime)
#include "tst_RelativeTime.moc"
