#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "MainWindowOver.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxFetch.h"
#include "SandboxServer.h"
#include "StatusLine.h"

#include <QAction>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;
using namespace Qt::StringLiterals;
using Section = ContextDetail::Section;

namespace {

const QString kInstances = u"/api/v2/projects/demo/environments/production/context-instances/"_s;
const QString kDeleteFails
    = u"DELETE /api/v2/projects/*/environments/*/context-instances/*:status=500"_s;

} // namespace

// The delete flow as a person meets it in the main window (FakePrompts answers the
// confirmation), over the REST client to a seeded in-process contexts-sandbox, with the
// sandbox's fault switch making the server refuse: a cancelled confirmation sends nothing, and a
// 500 keeps the context everywhere and says so where the person clicked.
class tst_DeleteFlowFaults : public QObject
{
    Q_OBJECT

private:
    // The main window over the real client, as AppSession wires it.
    struct Window : MainWindowOver
    {
        explicit Window(ContextsApi *api)
            : MainWindowOver(api)
        {
            start();
        }

        DetailPane *pane() const { return window.detailPane(); }

        // Selects rows until one whose context is part of exactly one instance (the only case
        // that offers Delete); its row, or -1.
        int selectDeletableRow()
        {
            if (!QTest::qWaitFor([this] { return contexts.rowCount() > 0; }, 10000))
                return -1;
            for (int row = 0; row < contexts.rowCount(); ++row) {
                window.table()->setCurrentIndex(contexts.index(row, 0));
                if (!QTest::qWaitFor(
                        [this] { return !detail.state(Section::Instances).loading; }, 10000))
                    return -1;
                if (pane()->deleteAction()->isEnabled())
                    return row;
            }
            return -1;
        }
    };

    // How many instances the sandbox returns for `id` (GET context-instances/{id}).
    int instancesOnServer(const QString &id)
    {
        const SandboxFetched fetched
            = sandboxFetch(m_server.baseUrl(), m_server.token(), "GET", kInstances + id);
        return fetched.status == 200 ? int(fetched.json().value(u"items").toArray().size()) : -1;
    }

    sandbox::SandboxServer m_server;
    std::unique_ptr<RestContextsApi> m_api;

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedContexts = 300;
        // The window as the demo shows it: a server that sorts by last seen.
        options.legacySort = true;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            testsupport::connectionWith(m_server.baseUrl(), m_server.token()));
    }

    void init() { m_server.faults().clear(); }

    void cancelledConfirmationSendsNoDelete()
    {
        Window w(m_api.get());
        const int row = w.selectDeletableRow();
        QVERIFY2(row >= 0, "the seed has a context with exactly one instance");
        const ContextRecord record = w.contexts.record(row);
        const QString id = w.detail.instanceToDelete().id;
        QCOMPARE(instancesOnServer(id), 1);
        const int rows = w.contexts.rowCount();
        QSignalSpy deleting(&w.detail, &ContextDetail::deletingChanged);

        w.prompts.answerDelete = false;
        w.pane()->deleteAction()->trigger();

        QCOMPARE(w.prompts.deleteQuestions.size(), 1);
        QCOMPARE(w.prompts.deleteQuestions.first().instanceId, id);
        QVERIFY(!w.detail.isDeleting());
        QCOMPARE(deleting.count(), 0); // no request was started
        QCOMPARE(instancesOnServer(id), 1);
        QCOMPARE(deleting.count(), 0); // nor did one finish meanwhile
        QCOMPARE(w.contexts.rowCount(), rows);
        QCOMPARE(w.contexts.rowOf(record.kind, record.key), row);
        QCOMPARE(w.detail.context()->key, record.key); // the pane still shows it
        QVERIFY(w.pane()->headerStatus()->errorText().isEmpty());
        QVERIFY(w.pane()->deleteAction()->isEnabled());
    }

    void serverErrorKeepsTheContextAndSaysWhy()
    {
        Window w(m_api.get());
        const int row = w.selectDeletableRow();
        QVERIFY(row >= 0);
        const ContextRecord record = w.contexts.record(row);
        const QString id = w.detail.instanceToDelete().id;
        QVERIFY(m_server.faults().add(kDeleteFails, nullptr));
        QSignalSpy failed(&w.detail, &ContextDetail::deleteFailed);
        QSignalSpy deleted(&w.detail, &ContextDetail::instanceDeleted);

        w.prompts.answerDelete = true;
        w.pane()->deleteAction()->trigger();
        QVERIFY(failed.wait(10000));

        const QString error = w.pane()->headerStatus()->errorText();
        QVERIFY2(error.contains(u"not deleted"_s) && error.contains(u"500"_s), qPrintable(error));
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(instancesOnServer(id), 1); // the server deleted nothing
        QCOMPARE(w.contexts.rowOf(record.kind, record.key), row); // the row is still there
        QCOMPARE(w.detail.context()->key, record.key);
        QVERIFY(w.pane()->deleteAction()->isEnabled()); // the person may try again
    }

    void aRetryAfterTheErrorDeletes()
    {
        Window w(m_api.get());
        const int row = w.selectDeletableRow();
        QVERIFY(row >= 0);
        const ContextRecord record = w.contexts.record(row);
        const QString id = w.detail.instanceToDelete().id;
        QVERIFY(m_server.faults().add(kDeleteFails + u",times=1"_s, nullptr));
        QSignalSpy failed(&w.detail, &ContextDetail::deleteFailed);
        QSignalSpy deleted(&w.detail, &ContextDetail::instanceDeleted);
        w.prompts.answerDelete = true;

        w.pane()->deleteAction()->trigger();
        QVERIFY(failed.wait(10000));
        QVERIFY(!w.pane()->headerStatus()->errorText().isEmpty());

        w.pane()->deleteAction()->trigger();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(w.prompts.deleteQuestions.size(), 2);
        QVERIFY(w.pane()->headerStatus()->errorText().isEmpty());
        QCOMPARE(instancesOnServer(id), 0);
        QCOMPARE(w.contexts.rowOf(record.kind, record.key), -1);
    }
};

QTEST_MAIN(tst_DeleteFlowFaults)
#include "tst_DeleteFlowFaults.moc"
