#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "ListStatus.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

using namespace ctx;

// A server that rejects `sort` (LaunchDarkly now, and the sandbox by default):
// the list still works, pages without sort, sorts what it has and says so.
class tst_ContextListSortFallback : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    struct Fixture
    {
        FakeContextsApi api;
        ContextListModel model {&api};
        QAbstractItemModelTester tester {
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

    static ApiError sortRejected()
    {
        return ApiError(ApiError::Kind::BadRequest, QStringLiteral("sort is not supported"), 400,
            QStringLiteral("invalid_request"));
    }

    // Rows whose last-seen times are out of order: key-0000 is the newest of makePage's
    // rows, so reversing a page gives oldest first.
    static ContextsPage shuffledPage(int first, int count, const QString &cursor)
    {
        ContextsPage page = makePage(first, count, cursor);
        std::reverse(page.items.begin(), page.items.end());
        return page;
    }

    static QStringList keys(const ContextListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.record(row).key);
        return result;
    }

private slots:
    void rejectedSortIsDroppedAndLoadedRowsAreSortedHere()
    {
        Fixture f;
        f.model.setEnvironment(env);
        QCOMPARE(f.api.searches.size(), 1);
        QCOMPARE(f.api.searches[0].query.sort, SortOrder::NewestFirst);
        f.api.replySearch(0, sortRejected());
        // Asked again at once, without sort; no error reaches the person.
        QCOMPARE(f.api.searches.size(), 2);
        QCOMPARE(f.api.searches[1].query.sort, SortOrder::Unsorted);
        QVERIFY(!f.model.lastError());
        f.api.replySearch(1, shuffledPage(10, 3, QStringLiteral("c1")));
        QVERIFY(f.model.sortedLocally());
        QCOMPARE(keys(f.model),
            QStringList({QStringLiteral("key-0010"), QStringLiteral("key-0011"),
                QStringLiteral("key-0012")}));
        QVERIFY(ListStatus::of(f.model).text.contains(QStringLiteral("does not sort")));

        // The next page holds newer rows: they go to the top, and the pages that follow are
        // asked for without sort too.
        f.model.fetchMore({});
        QCOMPARE(f.api.searches.size(), 3);
        QCOMPARE(f.api.searches[2].query.sort, SortOrder::Unsorted);
        QCOMPARE(f.api.searches[2].continuationToken, QStringLiteral("c1"));
        f.api.replySearch(2, shuffledPage(0, 2, QString()));
        QCOMPARE(keys(f.model).first(2),
            QStringList({QStringLiteral("key-0000"), QStringLiteral("key-0001")}));
        QCOMPARE(f.model.rowCount(), 5);
    }

    void headerClickTurnsLoadedRowsRoundWithoutAskingAgain()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, sortRejected());
        f.api.replySearch(1, shuffledPage(0, 4, QString()));
        const QPersistentModelIndex selected = f.model.index(0, 1); // key-0000, the newest
        QCOMPARE(selected.data().toString(), QStringLiteral("key-0000"));
        const int lastSeen = f.model.columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen));
        f.model.sort(lastSeen, Qt::AscendingOrder);
        QCOMPARE(f.api.searches.size(), 2); // nothing new asked
        QCOMPARE(f.model.query().sort, SortOrder::OldestFirst);
        QCOMPARE(keys(f.model).first(), QStringLiteral("key-0003"));
        // What was selected follows its row.
        QCOMPARE(selected.row(), 3);
        QCOMPARE(selected.data().toString(), QStringLiteral("key-0000"));
    }

    void aBadFilterIsStillShownAsAnError()
    {
        Fixture f;
        ContextQuery query;
        query.filter = QStringLiteral("nonsense");
        f.model.setQuery(query);
        f.model.setEnvironment(env);
        const ApiError badFilter(ApiError::Kind::BadRequest, QStringLiteral("invalid filter"), 400);
        f.api.replySearch(0, badFilter);
        QCOMPARE(f.api.searches.size(), 1); // a filter error says nothing about sort
        QVERIFY(f.model.lastError());
        QCOMPARE(f.model.lastError()->detail(), QStringLiteral("invalid filter"));
        QVERIFY(!f.model.sortedLocally());
        // The next query is sent with sort again.
        query.filter.clear();
        f.model.setQuery(query);
        QCOMPARE(f.api.searches.last().query.sort, SortOrder::NewestFirst);
    }

    void aFilteredListStillFindsOutWhenTheServerNamesSort()
    {
        Fixture f;
        ContextQuery query;
        query.kinds = {QStringLiteral("user")};
        f.model.setQuery(query);
        f.model.setEnvironment(env);
        f.api.replySearch(0, sortRejected()); // "sort is not supported"
        QCOMPARE(f.api.searches.size(), 2);
        QCOMPARE(f.api.searches[1].query.sort, SortOrder::Unsorted);
        // If the probe fails as well, the filter was the problem: its error is shown.
        const ApiError badFilter(ApiError::Kind::BadRequest, QStringLiteral("bad sort key"), 400);
        f.api.replySearch(1, badFilter);
        QCOMPARE(f.api.searches.size(), 2); // no loop
        QVERIFY(f.model.lastError());
        QVERIFY(!f.model.sortedLocally());
    }

    void anotherEnvironmentIsAskedToSortAgain()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, sortRejected());
        f.api.replySearch(1, makePage(0, 2, QString()));
        QVERIFY(f.model.sortedLocally());
        f.model.setEnvironment({QStringLiteral("demo"), QStringLiteral("test")});
        QVERIFY(!f.model.sortedLocally());
        QCOMPARE(f.api.searches.last().query.sort, SortOrder::NewestFirst);
    }
};

QTEST_GUILESS_MAIN(tst_ContextListSortFallback)
#include "tst_ContextListSortFallback.moc"
