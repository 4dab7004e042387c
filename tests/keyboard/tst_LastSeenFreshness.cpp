#include "ContextExpiry.h"
#include "ContextListModel.h"
#include "FakeContextsApi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ctx;

// "Last seen" keeps itself true as time passes, and marks contexts close to LaunchDarkly's
// 30-day removal in words, tooltip, accessible description and icon.
class tst_LastSeenFreshness : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};
    static constexpr qint64 day = qint64(24) * 60 * 60;

    // A settable clock, starting at the time makePage() counts back from.
    struct Fixture
    {
        Fixture()
        {
            model.setClock([this] { return now; });
            model.setExpiryDecoration(QStringLiteral("warning-icon"));
        }
        void load(const EnvironmentRef &env, ContextsPage page)
        {
            model.setEnvironment(env);
            api.replySearch(int(api.searches.size()) - 1, std::move(page));
        }
        QModelIndex lastSeen(int row) const
        {
            return model.index(
                row, model.columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen)));
        }

        QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        FakeContextsApi api;
        ContextListModel model {&api};
        QAbstractItemModelTester tester {
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

    // Two contexts: last seen 28 days ago and 2 days ago.
    static ContextsPage agedPage(const QDateTime &now)
    {
        ContextsPage page = makePage(0, 2, QString(), 2);
        page.items[0].lastSeen = now.addSecs(-28 * day);
        page.items[1].lastSeen = now.addSecs(-2 * day);
        return page;
    }

private slots:
    void daysLeft_data()
    {
        QTest::addColumn<qint64>("age"); // seconds since last seen
        QTest::addColumn<int>("days"); // -1: not marked
        QTest::newRow("2 days") << 2 * day << -1;
        QTest::newRow("exactly 27 days") << 27 * day << -1;
        QTest::newRow("27 days and a second") << 27 * day + 1 << 3;
        QTest::newRow("28 days") << 28 * day << 2;
        QTest::newRow("29 and a half days") << 29 * day + day / 2 << 1;
        QTest::newRow("30 days") << 30 * day << 0;
        QTest::newRow("45 days") << 45 * day << 0;
        QTest::newRow("in the future") << -day << -1;
    }

    void daysLeft()
    {
        QFETCH(qint64, age);
        QFETCH(int, days);
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        const std::optional<int> result = ContextExpiry::daysLeft(now.addSecs(-age), now);
        QCOMPARE(result.value_or(-1), days);
        QVERIFY(!ContextExpiry::daysLeft(QDateTime(), now));
    }

    void aContextCloseToExpiryIsMarkedNotByColourAlone()
    {
        Fixture f;
        f.load(env, agedPage(f.now));
        const QModelIndex old = f.lastSeen(0);
        QCOMPARE(old.data().toString(), QStringLiteral("28 days ago · expiring"));
        QCOMPARE(old.data(ContextListModel::ExpiresInDaysRole).toInt(), 2);
        QCOMPARE(old.data(Qt::DecorationRole).toString(), QStringLiteral("warning-icon"));
        const QString sentence = QStringLiteral(
            "Expires in about 2 days: LaunchDarkly removes contexts not seen for 30 days.");
        QCOMPARE(old.data(Qt::AccessibleDescriptionRole).toString(), sentence);
        const QString tip = old.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(sentence + u'\n'), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("UTC")), qPrintable(tip)); // the exact time stays

        const QModelIndex recent = f.lastSeen(1);
        QCOMPARE(recent.data().toString(), QStringLiteral("2 days ago"));
        QVERIFY(!recent.data(ContextListModel::ExpiresInDaysRole).isValid());
        QVERIFY(!recent.data(Qt::DecorationRole).isValid());
        QVERIFY(!recent.data(Qt::AccessibleDescriptionRole).isValid());
        QVERIFY(!recent.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Expires")));
        // Other columns are never marked.
        QVERIFY(!f.model.index(0, 1).data(Qt::DecorationRole).isValid());
        QVERIFY(!f.model.index(0, 1).data(ContextListModel::ExpiresInDaysRole).isValid());
    }

    void expiryTextSaysOneDayAndDue()
    {
        QCOMPARE(ContextExpiry::text(1),
            QStringLiteral(
                "Expires in about 1 day: LaunchDarkly removes contexts not seen for 30 days."));
        QVERIFY(ContextExpiry::text(0).startsWith(QStringLiteral("Due for removal")));
    }

    void theLastSeenColumnIsRefreshedAsTimePasses()
    {
        Fixture f;
        f.model.setRelativeTimeRefreshInterval(10);
        f.load(env, makePage(0, 3, QString(), 3));
        QVERIFY(f.model.isRelativeTimeRefreshActive());
        QCOMPARE(f.lastSeen(0).data().toString(), QStringLiteral("just now"));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.now = f.now.addSecs(qint64(5) * 60);
        QVERIFY(changed.wait(2000));
        const int column = f.lastSeen(0).column();
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, f.model.index(0, column)); // that column only, every row
        QCOMPARE(bottomRight, f.model.index(2, column));
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(Qt::DecorationRole));
        QCOMPARE(f.lastSeen(0).data().toString(), QStringLiteral("5 minutes ago"));
        QCOMPARE(f.lastSeen(2).data().toString(), QStringLiteral("7 minutes ago"));
    }

    void aContextBecomesExpiringWithoutAReload()
    {
        Fixture f;
        f.load(env, makePage(0, 1, QString(), 1));
        QVERIFY(!f.lastSeen(0).data(ContextListModel::ExpiresInDaysRole).isValid());
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.now = f.now.addSecs(28 * day);
        f.model.refreshRelativeTimes(); // what the timer does
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.lastSeen(0).data().toString(), QStringLiteral("28 days ago · expiring"));
        QCOMPARE(f.lastSeen(0).data(ContextListModel::ExpiresInDaysRole).toInt(), 2);
        QCOMPARE(f.api.searches.size(), 1); // no reload
    }

    void theTimerRunsOnlyWhileThereIsSomethingToRefresh()
    {
        Fixture f;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(!f.model.isRelativeTimeRefreshActive()); // no rows
        f.model.refreshRelativeTimes();
        QCOMPARE(changed.size(), 0);

        f.load(env, makePage(0, 2, QString(), 2));
        QVERIFY(f.model.isRelativeTimeRefreshActive());

        // Without a Last seen column there is nothing to refresh.
        f.model.setColumns({ContextColumn::of(ContextColumn::Builtin::Key)});
        QVERIFY(!f.model.isRelativeTimeRefreshActive());
        f.model.refreshRelativeTimes();
        QCOMPARE(changed.size(), 0);
        f.model.setColumns(ContextColumn::defaults());
        QVERIFY(f.model.isRelativeTimeRefreshActive());

        // Another environment empties the list at once.
        f.model.setEnvironment({QStringLiteral("demo"), QStringLiteral("test")});
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.isRelativeTimeRefreshActive());
    }

    void aPrivateNameIsNeverShown()
    {
        Fixture f;
        ContextsPage page = makePage(0, 1, QString(), 1);
        page.items[0].name = QStringLiteral("Secret Name");
        page.items[0].privateAttributes = {QStringLiteral("name")};
        f.load(env, page);
        const QModelIndex name = f.model.index(0, ContextListModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("[private]"));
        QVERIFY(name.data(ContextListModel::RedactedRole).toBool());
        QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Secret")));
        QVERIFY(!name.data(ContextListModel::SortValueRole)
                     .toString()
                     .contains(QStringLiteral("Secret")));
    }
};

QTEST_GUILESS_MAIN(tst_LastSeenFreshness)
#include "tst_LastSeenFreshness.moc"
