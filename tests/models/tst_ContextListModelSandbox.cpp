#include "ContextListModel.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

using testsupport::connectionWith;

// ContextListModel over the REST client over real HTTP to a seeded sandbox.
class tst_ContextListModelSandbox : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxServer m_server;
    std::unique_ptr<RestContextsApi> m_api;
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedContexts = 300;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            connectionWith(m_server.baseUrl(), m_server.token()));
    }

    void aReplyToAnOutdatedQueryIsDropped()
    {
        ContextListModel model(m_api.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy firstPage(&model, &ContextListModel::firstPageLoaded);
        ContextQuery users;
        users.kinds = {QStringLiteral("user")};
        model.setQuery(users);
        model.setEnvironment(env); // the users' request is on the wire...
        ContextQuery devices;
        devices.kinds = {QStringLiteral("device")};
        model.setQuery(devices); // ...and outdated at once
        QVERIFY(firstPage.wait(10000));
        QCOMPARE(firstPage.count(), 1);
        QVERIFY(model.rowCount() > 0);
        QTest::qWait(200); // time for a late users' reply, were it not dropped
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.record(row).kind, QStringLiteral("device"));
    }

    void scrollingThroughEveryPageListsEachRowOnce()
    {
        ContextListModel model(m_api.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy firstPage(&model, &ContextListModel::firstPageLoaded);
        model.setEnvironment(env);
        QVERIFY(firstPage.wait(10000));
        QVERIFY(model.totalCount().has_value());
        // Ask as the view would, until the server says there is no more.
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return !model.hasMore() && !model.isLoading();
            },
            30000));
        QCOMPARE(qint64(model.rowCount()), *model.totalCount());
        QSet<QString> seen;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ContextRecord &record = model.record(row);
            const QString id = record.kindKey() + QLatin1Char('|') + record.applicationId;
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            if (previous.isValid())
                QVERIFY(record.lastSeen <= previous); // newest first across pages
            previous = record.lastSeen;
        }
    }
};

QTEST_GUILESS_MAIN(tst_ContextListModelSandbox)
#include "tst_ContextListModelSandbox.moc"
