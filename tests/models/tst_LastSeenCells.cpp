// LastSeenCells: the Last seen column's words, marks and refresh timer.
#include "ContextExpiry.h"
#include "LastSeenCells.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctx;

class tst_LastSeenCells : public QObject
{
    Q_OBJECT
private:
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

    void fixClock(LastSeenCells &cells) const
    {
        cells.setClock([this] { return now; });
    }

private slots:
    void recentTimesAreRelativeAndUnmarked()
    {
        LastSeenCells cells;
        fixClock(cells);
        cells.setExpiryDecoration(QStringLiteral("warning-icon"));
        const QDateTime fiveMinutesAgo = now.addSecs(-300);
        QCOMPARE(cells.text(fiveMinutesAgo), QStringLiteral("5 minutes ago"));
        QVERIFY(!cells.daysLeft(fiveMinutesAgo));
        QVERIFY(!cells.decoration(fiveMinutesAgo).isValid());
        QVERIFY(!cells.accessibleDescription(fiveMinutesAgo).isValid());
        QVERIFY(!cells.toolTip(fiveMinutesAgo).contains(QStringLiteral("Expires")));
    }

    void timesCloseToRemovalSayItInWordsAndWithTheMark()
    {
        LastSeenCells cells;
        fixClock(cells);
        cells.setExpiryDecoration(QStringLiteral("warning-icon"));
        const QDateTime old = now.addDays(-(ContextExpiry::warningDays + 1));
        QVERIFY(cells.text(old).endsWith(QStringLiteral(" · expiring")));
        QCOMPARE(cells.daysLeft(old),
            std::optional<int>(ContextExpiry::removalDays - ContextExpiry::warningDays - 1));
        QCOMPARE(cells.decoration(old).toString(), QStringLiteral("warning-icon"));
        QVERIFY(cells.accessibleDescription(old).toString().contains(QStringLiteral("days")));
        QVERIFY(cells.toolTip(old).startsWith(cells.accessibleDescription(old).toString()));
    }

    void refreshesOnlyWhileAsked()
    {
        LastSeenCells cells;
        QVERIFY(!cells.isRefreshing());
        cells.setRefreshInterval(10);
        QSignalSpy due(&cells, &LastSeenCells::refreshDue);
        cells.setRefreshing(true);
        QVERIFY(cells.isRefreshing());
        QVERIFY(due.wait(2000));
        cells.setRefreshing(false);
        QVERIFY(!cells.isRefreshing());
        const qsizetype count = due.size();
        QTest::qWait(50);
        QCOMPARE(due.size(), count);
    }
};

QTEST_GUILESS_MAIN(tst_LastSeenCells)
#include "tst_LastSeenCells.moc"
