#include "ContextListModel.h"
#include "ListStatus.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

// Against `contexts-sandbox` as it is by default (a server that rejects `sort` with a 400 and
// pages by kind and key, as the live service does now): the list still loads every page,
// newest first, and says it sorted here. (The demo's sandbox sorts: tst_ContextListModel*.)
class tst_SortFallbackSandbox : public QObject
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
        options.seedContexts = 120;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            testsupport::connectionWith(m_server.baseUrl(), m_server.token()));
    }

    void theListLoadsEveryPageAndSortsItself()
    {
        ContextListModel model(m_api.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy firstPage(&model, &ContextListModel::firstPageLoaded);
        model.setEnvironment(env);
        QVERIFY(firstPage.wait(10000));
        QVERIFY2(!model.lastError(),
            qPrintable(model.lastError() ? model.lastError()->userMessage() : QString()));
        QVERIFY(model.sortedLocally());
        QVERIFY(ListStatus::of(model).text.contains(QStringLiteral("does not sort")));
        // (QAbstractItemModelTester may ask for the next page itself.)
        while (model.hasMore()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
            QVERIFY(!model.lastError());
        }
        QVERIFY2(
            model.rowCount() > 100, qPrintable(QString::number(model.rowCount()))); // several pages
        for (int row = 1; row < model.rowCount(); ++row) {
            const QDateTime above = model.record(row - 1).lastSeen;
            const QDateTime below = model.record(row).lastSeen;
            QVERIFY2(!below.isValid() || (above.isValid() && above >= below),
                qPrintable(QStringLiteral("row %1 is newer than the row above").arg(row)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SortFallbackSandbox)
#include "tst_SortFallbackSandbox.moc"
