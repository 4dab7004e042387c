#include "FakeAccountApi.h"
#include "ProjectListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

namespace {

QStringList shownRows(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.index(row, 0).data().toString());
    return rows;
}

} // namespace

class tst_ProjectListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsNameAndKey()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        QSignalSpy loading(&model, &ProjectListModel::loadingChanged);
        model.load();
        QVERIFY(model.isLoading());
        QCOMPARE(loading.count(), 1);
        QCOMPARE(api->projectCalls.size(), 1);
        QCOMPARE(api->projectCalls[0].search, QString());
        QCOMPARE(api->projectCalls[0].offset, 0);
        QCOMPARE(api->projectCalls[0].limit, ProjectListModel::PageSize);

        ProjectsPage page = makeProjectsPage(1, 2, false, 2);
        page.items[1].name.clear(); // no name: the key alone
        QVERIFY(api->replyProjects(0, page));
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(shownRows(model),
            (QStringList {QStringLiteral("Project 1 (project-1)"), QStringLiteral("project-2")}));
        QCOMPARE(model.index(0, 0).data(ProjectListModel::KeyRole).toString(),
            QStringLiteral("project-1"));
        QCOMPARE(model.rowOfKey(QStringLiteral("project-2")), 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
        QCOMPARE(model.project(QStringLiteral("project-1"))->environments.size(), 2);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(api->projectCalls.size(), 1);
    }

    void pagesByOffset()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        model.load();
        QVERIFY(api->replyProjects(0, makeProjectsPage(0, 50, true, 120)));
        QCOMPARE(model.rowCount(), 50);
        // Like a view, the tester asks for more as soon as rows arrive: the next page starts
        // at the next offset, once.
        QCOMPARE(api->projectCalls.size(), 2);
        QCOMPARE(api->projectCalls[1].offset, 50);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(api->projectCalls.size(), 2);

        // No next link, but the total says more: still paging.
        QVERIFY(api->replyProjects(1, makeProjectsPage(50, 50, false, 120)));
        QCOMPARE(api->projectCalls.size(), 3);
        QCOMPARE(api->projectCalls[2].offset, 100);
        QVERIFY(api->replyProjects(2, makeProjectsPage(100, 20, false, 120)));
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.totalCount(), std::optional<int>(120));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(api->projectCalls.size(), 3);
        QCOMPARE(
            model.index(119, 0).data().toString(), QStringLiteral("Project 119 (project-119)"));
    }

    void emptyPageEndsPaging()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        model.load();
        // The server claims a next page but sends nothing: no endless requests.
        QVERIFY(api->replyProjects(0, makeProjectsPage(0, 0, true, 10)));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(api->projectCalls.size(), 1);
    }

    void searchStartsOverAndDropsTheOldReply()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        model.load();
        QVERIFY(api->replyProjects(0, makeProjectsPage(0, 3, false)));
        QCOMPARE(model.rowCount(), 3);

        model.load(QStringLiteral("  pay  "));
        QCOMPARE(model.rowCount(), 0); // the old rows go at once
        QCOMPARE(api->projectCalls.size(), 2);
        QCOMPARE(api->projectCalls[1].search, QStringLiteral("pay"));
        QCOMPARE(api->projectCalls[1].offset, 0);
        QCOMPARE(model.search(), QStringLiteral("pay"));

        // A newer search while that one is in flight cancels it.
        model.load(QStringLiteral("payments"));
        QVERIFY(api->projectCalls[1].isCancelled());
        QVERIFY(!api->replyProjects(1, makeProjectsPage(10, 5, false)));
        QCOMPARE(model.rowCount(), 0);

        ProjectsPage page;
        page.items.append({QStringLiteral("payments"), QStringLiteral("Payments"), {}});
        QVERIFY(api->replyProjects(2, page));
        QCOMPARE(shownRows(model), QStringList {QStringLiteral("Payments (payments)")});
    }

    void staleReplyIsDroppedEvenIfDelivered()
    {
        // A fake that ignores cancel(): the model's own generation check drops the reply.
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        model.load(QStringLiteral("a"));
        auto stale = api->projectCalls[0];
        model.load(QStringLiteral("b"));
        stale.done(makeProjectsPage(0, 4, true));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        QVERIFY(api->replyProjects(1, makeProjectsPage(7, 1, false)));
        QCOMPARE(shownRows(model), QStringList {QStringLiteral("Project 7 (project-7)")});
    }

    void errorKeepsRowsAndStopsPaging()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        QSignalSpy errorChanged(&model, &ProjectListModel::errorChanged);
        model.load();
        QVERIFY(api->replyProjects(0, makeProjectsPage(0, 50, true)));
        QCOMPARE(api->projectCalls.size(), 2);
        QVERIFY(api->replyProjects(
            1, ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid token"), 401)));
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY(model.error());
        QCOMPARE(model.error()->kind(), ApiError::Kind::Unauthorized);
        QVERIFY(model.error()->userMessage().contains(QLatin1String("401")));
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));

        // Loading again clears the error.
        model.load();
        QCOMPARE(errorChanged.count(), 2);
        QVERIFY(!model.error());
    }

    void setApiClearsAndCancels()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ProjectListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        model.load();
        QVERIFY(api->replyProjects(0, makeProjectsPage(0, 2, false)));
        model.load(QStringLiteral("x"));
        model.setApi(nullptr);
        QVERIFY(api->projectCalls[1].isCancelled());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        model.load(); // no server: nothing happens
        QVERIFY(!model.isLoading());
        QCOMPARE(api->projectCalls.size(), 2);
    }

    void aReplyAfterDestructionRunsNothing()
    {
        auto api = std::make_shared<FakeAccountApi>();
        {
            ProjectListModel model;
            model.setApi(api);
            model.load();
        }
        // Tied to the model (replyTo): dropped, and ASan would stop a use of the dead model.
        QVERIFY(api->replyProjects(0, ProjectsPage {}));
    }

    void environmentsSayWhichAreCritical()
    {
        EnvironmentListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnvironments(makeProjectsPage(1, 1, false).items[0].environments);
        QCOMPARE(shownRows(model),
            (QStringList {QStringLiteral("Production (production) — critical"),
                QStringLiteral("Test (test)")}));
        QVERIFY(model.index(0, 0).data(EnvironmentListModel::CriticalRole).toBool());
        QVERIFY(!model.index(1, 0).data(EnvironmentListModel::CriticalRole).toBool());
        QCOMPARE(model.index(1, 0).data(EnvironmentListModel::KeyRole).toString(),
            QStringLiteral("test"));
        QCOMPARE(model.rowOfKey(QStringLiteral("test")), 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("staging")), -1);
        model.setEnvironments({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProjectListModel)
#include "tst_ProjectListModel.moc"
