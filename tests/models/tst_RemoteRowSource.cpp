// RemoteRowSource: the server's pages as rows, announced before and after every change, and
// the list model over any other ContextRowSource (the seam the local snapshot uses).
#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "RemoteRowSource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

namespace {

const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

// A source whose rows the test sets: what a local snapshot looks like to the model.
class FixedRowSource : public ContextRowSource
{
public:
    void setRows(QList<ContextRecord> rows)
    {
        emit aboutToReplaceRows();
        m_rows = std::move(rows);
        emit rowsReplaced();
        emit stateChanged();
    }
    void setEnvironment(const EnvironmentRef &environment) override { m_env = environment; }
    EnvironmentRef environment() const override { return m_env; }
    void setQuery(const ContextQuery &query) override { m_query = query; }
    ContextQuery query() const override { return m_query; }
    void reload() override { }
    void retry() override { }
    int rowCount() const override { return static_cast<int>(m_rows.size()); }
    const ContextRecord &record(int row) const override { return m_rows.at(row); }
    bool canFetchMore() const override { return false; }
    void fetchMore() override { }
    bool sortByLastSeen(SortOrder order) override
    {
        m_query.sort = order;
        emit aboutToReorderRows();
        QList<int> newRowOf;
        for (int row = 0; row < m_rows.size(); ++row)
            newRowOf.append(static_cast<int>(m_rows.size()) - 1 - row);
        std::reverse(m_rows.begin(), m_rows.end());
        emit rowsReordered(newRowOf);
        return true;
    }
    void removeContext(const QString &, const QString &) override { }
    bool isLoading() const override { return false; }
    bool hasMore() const override { return false; }
    bool firstPageDone() const override { return true; }
    bool showingPrevious() const override { return false; }
    std::optional<qint64> totalCount() const override { return m_rows.size(); }
    bool sortedLocally() const override { return true; }
    std::optional<ApiError> lastError() const override { return std::nullopt; }

private:
    EnvironmentRef m_env;
    ContextQuery m_query;
    QList<ContextRecord> m_rows;
};

} // namespace

class tst_RemoteRowSource : public QObject
{
    Q_OBJECT
private slots:
    void firstPageReplacesThenPagesAppend()
    {
        FakeContextsApi api;
        RemoteRowSource source(&api);
        QSignalSpy replaced(&source, &ContextRowSource::rowsReplaced);
        QSignalSpy appending(&source, &ContextRowSource::aboutToAppendRows);
        source.setEnvironment(env);
        QCOMPARE(api.searches.size(), 1);
        QVERIFY(source.isLoading());
        FakeContextsApi::reply<ContextsPage>(
            api.searches, 0, makePage(0, 3, QStringLiteral("c1"), 5));
        QCOMPARE(source.rowCount(), 3);
        QCOMPARE(appending.size(), 1);
        QCOMPARE(appending.at(0).at(0).toInt(), 0);
        QCOMPARE(appending.at(0).at(1).toInt(), 2);
        QVERIFY(source.canFetchMore());
        source.fetchMore();
        QCOMPARE(api.searches.at(1).continuationToken, QStringLiteral("c1"));
        FakeContextsApi::reply<ContextsPage>(api.searches, 1, makePage(3, 2, QString(), 5));
        QCOMPARE(source.rowCount(), 5);
        QCOMPARE(source.record(4).key, QStringLiteral("key-0004"));
        QVERIFY(!source.hasMore());
        QCOMPARE(source.totalCount(), std::optional<qint64>(5));
        const int replacedBefore = static_cast<int>(replaced.size());

        // A new query keeps the rows until its first page replaces them.
        ContextQuery query;
        query.kinds = {QStringLiteral("org")};
        source.setQuery(query);
        QCOMPARE(source.rowCount(), 5);
        QVERIFY(source.showingPrevious());
        FakeContextsApi::reply<ContextsPage>(
            api.searches, 2, makePage(0, 1, QString(), 1, QStringLiteral("org")));
        QCOMPARE(replaced.size(), replacedBefore + 1);
        QCOMPARE(source.rowCount(), 1);
        QVERIFY(!source.showingPrevious());
    }

    void aReplyToAnEarlierQueryIsDropped()
    {
        FakeContextsApi api;
        RemoteRowSource source(&api);
        source.setEnvironment(env);
        ContextQuery query;
        query.kinds = {QStringLiteral("org")};
        source.setQuery(query);
        QCOMPARE(api.searches.size(), 2);
        QVERIFY(api.searches.at(0).isCancelled());
        FakeContextsApi::reply<ContextsPage>(
            api.searches, 1, makePage(0, 2, QString(), 2, QStringLiteral("org")));
        QCOMPARE(source.record(0).kind, QStringLiteral("org"));
    }

    void aReplyAfterTheSourceIsGoneIsDropped()
    {
        FakeContextsApi api;
        auto source = std::make_unique<RemoteRowSource>(&api);
        source->setEnvironment(env);
        QCOMPARE(api.searches.size(), 1);
        source.reset();
        // The request was not cancelled by hand: the callback is tied to the source, and
        // does nothing now that it is gone (under ASan, a use after free would stop here).
        QVERIFY(!api.searches.at(0).isCancelled());
        FakeContextsApi::reply<ContextsPage>(api.searches, 0, makePage(0, 3, QString(), 3));
    }

    void removeContextAnnouncesEachRowAndCountsDown()
    {
        FakeContextsApi api;
        RemoteRowSource source(&api);
        source.setEnvironment(env);
        ContextsPage page = makePage(0, 3, QString(), 3);
        page.items[2].key = page.items[0].key; // the same context from another source
        FakeContextsApi::reply<ContextsPage>(api.searches, 0, page);
        QSignalSpy removing(&source, &ContextRowSource::aboutToRemoveRow);
        source.removeContext(QStringLiteral("user"), QStringLiteral("key-0000"));
        QCOMPARE(removing.size(), 2);
        QCOMPARE(removing.at(0).at(0).toInt(), 2); // from the end
        QCOMPARE(removing.at(1).at(0).toInt(), 0);
        QCOMPARE(source.rowCount(), 1);
        QCOMPARE(source.totalCount(), std::optional<qint64>(1));
    }

    void aServerThatRejectsSortIsAskedAgainWithoutIt()
    {
        FakeContextsApi api;
        RemoteRowSource source(&api);
        ContextQuery query;
        query.sort = SortOrder::NewestFirst;
        source.setQuery(query);
        source.setEnvironment(env);
        FakeContextsApi::reply<ContextsPage>(api.searches, 0,
            Result<ContextsPage>(ApiError(ApiError::Kind::BadRequest, QStringLiteral("sort"))));
        QCOMPARE(api.searches.size(), 2);
        QCOMPARE(api.searches.at(1).query.sort, SortOrder::Unsorted);
        ContextsPage page = makePage(0, 3, QString(), 3);
        std::reverse(page.items.begin(), page.items.end()); // oldest first
        QSignalSpy reordered(&source, &ContextRowSource::rowsReordered);
        FakeContextsApi::reply<ContextsPage>(api.searches, 1, page);
        QVERIFY(source.sortedLocally());
        QCOMPARE(reordered.size(), 1);
        QCOMPARE(source.record(0).key, QStringLiteral("key-0000")); // newest first, here
        // Turning the order round sorts what is loaded, without asking again.
        QVERIFY(source.sortByLastSeen(SortOrder::OldestFirst));
        QCOMPARE(api.searches.size(), 2);
        QCOMPARE(source.record(0).key, QStringLiteral("key-0002"));
    }

    void theListPresentsAnySource()
    {
        auto *source = new FixedRowSource;
        ContextListModel model(source);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(source->parent(), &model);
        source->setRows(makePage(0, 3, QString()).items);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ContextListModel::KeyColumn).data().toString(),
            QStringLiteral("key-0002"));
        // A selection follows its row when the source reorders.
        const QPersistentModelIndex first = model.index(0, ContextListModel::KeyColumn);
        model.sort(ContextListModel::LastSeenColumn, Qt::AscendingOrder);
        QCOMPARE(first.row(), 2);
        QCOMPARE(first.data().toString(), QStringLiteral("key-0000"));
        QCOMPARE(model.totalCount(), std::optional<qint64>(3));
    }
};

QTEST_MAIN(tst_RemoteRowSource)
#include "tst_RemoteRowSource.moc"
