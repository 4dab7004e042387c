#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "ListStatus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

class tst_ContextListModel : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    // alice has nested, typed and private attributes (the private ones still in the JSON,
    // as from a server that did not remove them); bob has none.
    static ContextsPage attributePage()
    {
        ContextsPage page = makePage(0, 2, QString(), 2);
        page.items[0].key = QStringLiteral("alice");
        page.items[0].attributesJson = QByteArrayLiteral(
            R"({"key":"alice","email":"secret@example.com","vip":true,"tags":["a","b"],)"
            R"("a/b":"slash","address":{"city":"Paris","zip":75001,)"
            R"("street":{"name":"Hidden lane","number":7}}})");
        page.items[0].privateAttributes
            = {QStringLiteral("email"), QStringLiteral("/address/street")};
        return page;
    }

    struct Fixture
    {
        FakeContextsApi api;
        ContextListModel model {&api};
        QAbstractItemModelTester tester {
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

private slots:
    void firstPageIsRequestedWithQueryAndEnvironment()
    {
        Fixture f;
        ContextQuery query;
        query.kinds = {QStringLiteral("user")};
        f.model.setQuery(query);
        QCOMPARE(f.api.searches.size(), 0); // no environment yet: nothing to ask
        f.model.setEnvironment(env);
        QCOMPARE(f.api.searches.size(), 1);
        QCOMPARE(f.api.searches[0].environment, env);
        QCOMPARE(f.api.searches[0].query.kinds, QStringList {QStringLiteral("user")});
        QVERIFY(f.api.searches[0].continuationToken.isEmpty());
        QVERIFY(f.model.isLoading());
    }

    void pagesAppendAndFetchMoreFollowsTheCursor()
    {
        Fixture f;
        QSignalSpy firstPage(&f.model, &ContextListModel::firstPageLoaded);
        f.model.setEnvironment(env);
        QVERIFY(!f.model.canFetchMore({})); // first page in flight
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1"), 120));
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(f.model.rowCount(), 50);
        QCOMPARE(f.model.totalCount(), std::optional<qint64>(120));
        // QAbstractItemModelTester itself calls fetchMore() after rows arrive; either way
        // exactly one request for the second page goes out.
        f.model.fetchMore({});
        QCOMPARE(f.api.searches.size(), 2);
        QVERIFY(!f.model.canFetchMore({})); // in flight
        QCOMPARE(f.api.searches[1].continuationToken, QStringLiteral("c1"));
        f.model.fetchMore({}); // already in flight: no second request
        QCOMPARE(f.api.searches.size(), 2);
        f.api.replySearch(1, makePage(50, 50, QStringLiteral("c2"), 120));
        f.model.fetchMore({});
        QCOMPARE(f.api.searches.size(), 3);
        QCOMPARE(f.api.searches[2].continuationToken, QStringLiteral("c2"));
        f.api.replySearch(2, makePage(100, 20, QString(), 120));
        QCOMPARE(f.model.rowCount(), 120);
        QVERIFY(!f.model.canFetchMore({})); // no cursor: the end
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(f.model.index(119, ContextListModel::KeyColumn).data().toString(),
            QStringLiteral("key-0119"));
    }

    void columnsShowKindKeyNameLastSeenSource()
    {
        Fixture f;
        f.model.setClock([] { return QDateTime(QDate(2026, 11, 21), QTime(12, 5), Qt::UTC); });
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 2, QString()));
        QCOMPARE(f.model.columnCount(), 5);
        QCOMPARE(f.model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Kind"));
        QCOMPARE(f.model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Last seen"));
        QCOMPARE(f.model.index(0, 0).data().toString(), QStringLiteral("user"));
        QCOMPARE(f.model.index(0, 1).data().toString(), QStringLiteral("key-0000"));
        QCOMPARE(f.model.index(0, 2).data().toString(), QStringLiteral("Name 0"));
        QCOMPARE(f.model.index(0, 3).data().toString(), QStringLiteral("5 minutes ago"));
        QCOMPARE(f.model.index(1, 3).data().toString(), QStringLiteral("6 minutes ago"));
        QCOMPARE(f.model.index(0, 4).data().toString(), QStringLiteral("GoSDK/1.2"));
        const QString tip = f.model.index(0, 3).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2026-11-21 12:00:00.000 UTC")), qPrintable(tip));
        QCOMPARE(f.model.index(0, 3).data(ContextListModel::SortValueRole).toDateTime(),
            QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.model.index(1, 0).data(ContextListModel::KindKeyRole).toString(),
            QStringLiteral("user:key-0001"));
    }

    void replyToAnOutdatedQueryIsDropped()
    {
        Fixture f;
        f.model.setEnvironment(env);
        ContextQuery devices;
        devices.kinds = {QStringLiteral("device")};
        f.model.setQuery(devices);
        QCOMPARE(f.api.searches.size(), 2);
        QVERIFY(f.api.isCancelled(0)); // the old request is cancelled...
        // ...and even if its reply arrives anyway (a server that answers late), it is dropped.
        f.api.searches[0].done(makePage(0, 50, QStringLiteral("old"), 999));
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.model.isLoading());
        f.api.replySearch(1, makePage(0, 3, QString(), 3, QStringLiteral("device")));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.index(0, 0).data().toString(), QStringLiteral("device"));
        QCOMPARE(f.model.totalCount(), std::optional<qint64>(3));
    }

    void staleNextPageIsDroppedAfterReload()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        f.model.fetchMore({});
        f.model.reload();
        f.api.searches[1].done(makePage(50, 50, QStringLiteral("c2")));
        QCOMPARE(f.model.rowCount(), 50); // the stale page was not appended
        QVERIFY(f.model.showingPrevious());
        f.api.replySearch(2, makePage(0, 10, QString()));
        QCOMPARE(f.model.rowCount(), 10);
        QVERIFY(!f.model.showingPrevious());
    }

    void rowsStayUntilTheNewQueryAnswers()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1"), 500));
        ContextQuery devices;
        devices.kinds = {QStringLiteral("device")};
        f.model.setQuery(devices);
        QCOMPARE(f.model.rowCount(), 50); // no flicker to an empty list
        QVERIFY(f.model.showingPrevious());
        QVERIFY(!f.model.canFetchMore({})); // never page the old query's rows further
        f.api.replySearch(
            int(f.api.searches.size()) - 1, makePage(0, 3, QString(), 3, QStringLiteral("device")));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.index(0, 0).data().toString(), QStringLiteral("device"));
        QCOMPARE(f.model.totalCount(), std::optional<qint64>(3));
    }

    void aRejectedFilterKeepsTheLastGoodResults()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 20, QString(), 20));
        ContextQuery bad;
        bad.filter = QStringLiteral("kind lte \"x\"");
        f.model.setQuery(bad);
        f.api.replySearch(int(f.api.searches.size()) - 1,
            ApiError(ApiError::Kind::BadRequest, QStringLiteral("unknown operator"), 400));
        QCOMPARE(f.model.rowCount(), 20);
        QVERIFY(f.model.showingPrevious());
        QCOMPARE(f.model.lastError()->kind(), ApiError::Kind::BadRequest);
        QCOMPARE(f.model.query().filter, bad.filter);
    }

    void anotherEnvironmentClearsAtOnce()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 20, QString(), 20));
        f.model.setEnvironment({QStringLiteral("demo"), QStringLiteral("staging")});
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.totalCount().has_value());
    }

    void identicalQueryDoesNotReload()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 5, QString()));
        f.model.setQuery(f.model.query());
        QCOMPARE(f.api.searches.size(), 1);
        QCOMPARE(f.model.rowCount(), 5);
    }

    void lastSeenHeaderSortsOnTheServer()
    {
        Fixture f;
        f.model.setEnvironment(env);
        QCOMPARE(f.model.query().sort, SortOrder::NewestFirst); // the default
        f.model.sort(ContextListModel::LastSeenColumn, Qt::AscendingOrder);
        QCOMPARE(f.api.searches.size(), 2);
        QCOMPARE(f.api.searches[1].query.sort, SortOrder::OldestFirst);
        f.model.sort(ContextListModel::KeyColumn, Qt::AscendingOrder); // not sortable
        QCOMPARE(f.api.searches.size(), 2);
        f.model.sort(ContextListModel::LastSeenColumn, Qt::DescendingOrder);
        QCOMPARE(f.api.searches[2].query.sort, SortOrder::NewestFirst);
    }

    void errorKeepsLoadedRowsAndRetryAsksAgain()
    {
        Fixture f;
        QSignalSpy errors(&f.model, &ContextListModel::errorOccurred);
        f.model.setEnvironment(env);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        f.model.fetchMore({});
        f.api.replySearch(1, ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 503));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(f.model.rowCount(), 50); // loaded rows stay
        QVERIFY(f.model.lastError().has_value());
        QVERIFY(!f.model.canFetchMore({})); // no automatic hammering of a failing server
        f.model.retry();
        QCOMPARE(f.api.searches.size(), 3);
        QCOMPARE(f.api.searches[2].continuationToken, QStringLiteral("c1"));
        QVERIFY(!f.model.lastError().has_value());
        f.api.replySearch(2, makePage(50, 5, QString()));
        QCOMPARE(f.model.rowCount(), 55);
    }

    void unreadableRecordsAreLeftOutAndCounted()
    {
        Fixture f;
        f.model.setEnvironment(env);
        ContextsPage first = makePage(0, 48, QStringLiteral("c1"), 100);
        first.unreadable = {QStringLiteral("items[3].context.key is missing"),
            QStringLiteral("items[9].lastSeen is not an RFC 3339 time")};
        f.api.replySearch(0, first);
        QCOMPARE(f.model.rowCount(), 48);
        QVERIFY(!f.model.lastError()); // the page is shown, not refused
        ListStatus status = ListStatus::of(f.model);
        QVERIFY2(status.text.contains(u"2 records could not be read and are not shown"),
            qPrintable(status.text));
        QVERIFY2(status.toolTip.contains(u"items[3].context.key is missing"),
            qPrintable(status.toolTip));
        // Counted over the pages of one result...
        f.model.fetchMore({});
        ContextsPage second = makePage(48, 49, QString());
        second.unreadable = {QStringLiteral("items[0] is not an object")};
        f.api.replySearch(1, second);
        QCOMPARE(f.model.rowCount(), 97);
        QVERIFY(ListStatus::of(f.model).text.contains(u"3 records could not be read"));
        // ...and from zero for the next.
        f.model.setQuery(ContextQuery {{QStringLiteral("user")}, {}, SortOrder::NewestFirst, 50});
        f.api.replySearch(2, makePage(0, 5, QString()));
        status = ListStatus::of(f.model);
        QVERIFY2(!status.text.contains(u"could not be read"), qPrintable(status.text));
        QVERIFY(status.toolTip.isEmpty());
    }

    void aPageOfOnlyUnreadableRecordsSaysSo()
    {
        Fixture f;
        f.model.setEnvironment(env);
        ContextsPage page = makePage(0, 0, QString());
        page.unreadable = {QStringLiteral("items[0].context.key is missing")};
        f.api.replySearch(0, page);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(ListStatus::of(f.model).text,
            QStringLiteral("1 record could not be read and is not shown"));
    }

    void firstPageErrorIsReported()
    {
        Fixture f;
        QSignalSpy firstPage(&f.model, &ContextListModel::firstPageLoaded);
        f.model.setEnvironment(env);
        f.api.replySearch(
            0, ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401));
        QCOMPARE(firstPage.count(), 1);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.lastError()->kind(), ApiError::Kind::Unauthorized);
    }

    void removeContextDropsEveryRowOfIt()
    {
        Fixture f;
        f.model.setEnvironment(env);
        ContextsPage page = makePage(0, 4, QString(), 10);
        page.items[2].key = page.items[0].key; // the same context from a second source
        page.items[2].applicationId = QStringLiteral("ios-app/5.2.1");
        f.api.replySearch(0, page);
        QCOMPARE(f.model.rowOf(QStringLiteral("user"), QStringLiteral("key-0000")), 0);
        f.model.removeContext(QStringLiteral("user"), QStringLiteral("key-0000"));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.rowOf(QStringLiteral("user"), QStringLiteral("key-0000")), -1);
        QCOMPARE(f.model.index(0, ContextListModel::KeyColumn).data().toString(),
            QStringLiteral("key-0001"));
        QCOMPARE(f.model.totalCount(), std::optional<qint64>(8));
        f.model.removeContext(QStringLiteral("user"), QStringLiteral("absent"));
        QCOMPARE(f.model.rowCount(), 2);
    }

    void attributeColumnsShowValuesNestedAndTyped()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, attributePage());
        f.model.setColumns(ContextColumn::defaults()
            << ContextColumn::attribute(QStringLiteral("/address/city"))
            << ContextColumn::attribute(QStringLiteral("/address/zip"))
            << ContextColumn::attribute(QStringLiteral("/vip"))
            << ContextColumn::attribute(QStringLiteral("/tags/1"))
            << ContextColumn::attribute(QStringLiteral("/a~1b"))
            << ContextColumn::attribute(QStringLiteral("/missing")));
        QCOMPARE(f.model.columnCount(), 11);
        QCOMPARE(f.model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("/address/city"));
        const auto text = [&f](int column) { return f.model.index(0, column).data().toString(); };
        QCOMPARE(text(5), QStringLiteral("Paris"));
        QCOMPARE(text(6), QStringLiteral("75001"));
        QCOMPARE(text(7), QStringLiteral("true"));
        QCOMPARE(text(8), QStringLiteral("b"));
        QCOMPARE(text(9), QStringLiteral("slash"));
        QCOMPARE(text(10), QString());
        QVERIFY(f.model.index(0, 10).data(Qt::ToolTipRole).toString().contains(u"no attribute"));
        QCOMPARE(f.model.index(0, 5).data(ContextListModel::SortValueRole).toString(),
            QStringLiteral("Paris"));
        QCOMPARE(f.model.index(0, 5).data(ContextListModel::RedactedRole).toBool(), false);
        QCOMPARE(f.model.index(0, 5).data(ContextListModel::KindKeyRole).toString(),
            QStringLiteral("user:alice"));
        // The built-ins keep their behaviour next to attribute columns.
        QCOMPARE(f.model.index(0, ContextListModel::KeyColumn).data().toString(),
            QStringLiteral("alice"));
        // A second row without those attributes: empty cells, not the first row's values.
        QCOMPARE(f.model.index(1, 5).data().toString(), QString());
    }

    void privateAttributeIsRedactedInEveryRole()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, attributePage());
        const QList<ContextColumn> attributes {ContextColumn::attribute(QStringLiteral("/email")),
            ContextColumn::attribute(QStringLiteral("/address/street")),
            ContextColumn::attribute(QStringLiteral("/address/street/number")),
            ContextColumn::attribute(QStringLiteral("/address"))};
        f.model.setColumns(ContextColumn::defaults() << attributes);
        for (int column = 5; column < f.model.columnCount(); ++column) {
            for (int role = 0; role <= ContextListModel::RedactedRole + 5; ++role) {
                const QString value = f.model.index(0, column).data(role).toString();
                QVERIFY2(!value.contains(u"secret") && !value.contains(u"Hidden"),
                    qPrintable(
                        QStringLiteral("column %1 role %2: %3").arg(column).arg(role).arg(value)));
            }
        }
        for (int column : {5, 6, 7}) {
            QCOMPARE(f.model.index(0, column).data().toString(), QStringLiteral("[private]"));
            QCOMPARE(f.model.index(0, column).data(ContextListModel::SortValueRole).toString(),
                QStringLiteral("[private]"));
            QVERIFY(f.model.index(0, column).data(ContextListModel::RedactedRole).toBool());
            QVERIFY(f.model.index(0, column).data(Qt::ToolTipRole).toString().contains(u"private"));
        }
        // Above a private attribute: the rest of the value, without the private member.
        const QString address = f.model.index(0, 8).data().toString();
        QVERIFY2(address.contains(u"Paris") && !address.contains(u"street"), qPrintable(address));
        QVERIFY(!f.model.index(0, 8).data(ContextListModel::RedactedRole).toBool());
    }

    void aPrivateReferenceNamesObjectMembersOnly()
    {
        // "/tags/0" names a member "0" of an object: the array keeps its items (the SDK sent
        // them), the column of that path is still shown redacted, to be safe.
        Fixture f;
        f.model.setEnvironment(env);
        ContextsPage page = attributePage();
        page.items[0].privateAttributes = {QStringLiteral("/tags/0")};
        f.api.replySearch(0, page);
        f.model.setColumns(ContextColumn::defaults() << ContextColumn::attribute(QStringLiteral(
                               "/tags")) << ContextColumn::attribute(QStringLiteral("/tags/0")));
        QCOMPARE(f.model.index(0, 5).data().toString(), QStringLiteral(R"(["a","b"])"));
        QVERIFY(!f.model.index(0, 5).data(ContextListModel::RedactedRole).toBool());
        QCOMPARE(f.model.index(0, 6).data().toString(), QStringLiteral("[private]"));
    }

    void addingMovingAndRemovingColumnsKeepsTheRows()
    {
        Fixture f;
        f.model.setEnvironment(env);
        f.api.replySearch(0, attributePage());
        QSignalSpy inserted(&f.model, &QAbstractItemModel::columnsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::columnsRemoved);
        QSignalSpy moved(&f.model, &QAbstractItemModel::columnsMoved);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        const ContextColumn city = ContextColumn::attribute(QStringLiteral("/address/city"));
        const ContextColumn lastSeen = ContextColumn::of(ContextColumn::Builtin::LastSeen);
        f.model.setColumns(ContextColumn::defaults() << city << city); // a duplicate is dropped
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.model.columns(), ContextColumn::defaults() << city);
        QCOMPARE(f.model.columnOf(city), 5);
        QCOMPARE(f.model.index(0, 5).data().toString(), QStringLiteral("Paris"));

        const QList<ContextColumn> reordered {city, ContextColumn::of(ContextColumn::Builtin::Kind),
            ContextColumn::of(ContextColumn::Builtin::Key),
            ContextColumn::of(ContextColumn::Builtin::Source), lastSeen};
        f.model.setColumns(reordered);
        QCOMPARE(f.model.columns(), reordered);
        QCOMPARE(removed.count(), 1);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(f.model.index(0, 0).data().toString(), QStringLiteral("Paris"));
        QCOMPARE(f.model.index(0, 2).data().toString(), QStringLiteral("alice"));
        // Only "Last seen" sorts, wherever it is.
        const int searches = int(f.api.searches.size());
        QCOMPARE(f.model.columnOf(lastSeen), 4);
        f.model.sort(ContextListModel::LastSeenColumn, Qt::AscendingOrder); // now Source
        QCOMPARE(int(f.api.searches.size()), searches);
        f.model.sort(f.model.columnOf(lastSeen), Qt::AscendingOrder);
        QCOMPARE(f.api.searches.last().query.sort, SortOrder::OldestFirst);

        f.model.setColumns(ContextColumn::defaults());
        QCOMPARE(f.model.columns(), ContextColumn::defaults());
        QCOMPARE(f.model.columnCount(), 5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(f.model.rowCount(), 2);
    }

    void aReplyAfterTheModelIsGoneRunsNothing()
    {
        FakeContextsApi api;
        {
            ContextListModel model(&api);
            model.setEnvironment(env);
        }
        // The reply is tied to the model (replyTo): it is dropped, and under ASan a use of the
        // destroyed model would stop the test here.
        QVERIFY(api.replySearch(0, makePage(0, 3, QString())));
    }
};

QTEST_GUILESS_MAIN(tst_ContextListModel)
#include "tst_ContextListModel.moc"
