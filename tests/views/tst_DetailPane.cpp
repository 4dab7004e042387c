#include "AttributesSection.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DetailPane.h"
#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "FlagsSection.h"
#include "KindListModel.h"
#include "MainWindow.h"
#include "StatusLine.h"
#include "WindowFixture.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ctx;

namespace {

ContextInstance instanceOf(const ContextRecord &record, const QString &id)
{
    ContextInstance instance;
    instance.id = id;
    instance.applicationId = record.applicationId;
    instance.contexts = {record};
    return instance;
}

ContextInstancesPage pageOf(const QList<ContextInstance> &items)
{
    ContextInstancesPage page;
    page.items = items;
    return page;
}

} // namespace

// The delete flow and the sections as a person meets them in the main window, with the
// server replaced by a scriptable fake and the dialogs by FakePrompts.
class tst_DetailPane : public QObject
{
    Q_OBJECT

private:
    struct Fixture : WindowFixture
    {
        Fixture()
        {
            window.detailPane()->setEnvironmentInfo(
                QStringLiteral("demo / production"), true, std::nullopt);
            start();
            api.replySearch(0, makePage(0, 5, QString(), 5));
        }

        DetailPane *pane() const { return window.detailPane(); }
        QAction *deleteAction() const { return pane()->deleteAction(); }

        // Selects a row; its instances search is answered with `instances`.
        void selectRow(int row, const QList<ContextInstance> &instances)
        {
            window.table()->setCurrentIndex(contexts.index(row, 0));
            FakeContextsApi::reply(api.instanceCalls, int(api.instanceCalls.size()) - 1,
                Result<ContextInstancesPage>(pageOf(instances)));
        }
    };

private slots:
    void emptyUntilARowIsSelected()
    {
        Fixture f;
        QVERIFY(!f.deleteAction()->isEnabled());
        QVERIFY(f.api.instanceCalls.isEmpty());
        f.window.table()->setCurrentIndex(f.contexts.index(1, 0));
        QCOMPARE(f.api.versionCalls.size(), 1);
        QCOMPARE(f.api.versionCalls[0].key, QStringLiteral("key-0001"));
        QCOMPARE(
            f.api.instanceCalls[0].filter, QStringLiteral("kindKeys contains [\"user:key-0001\"]"));
        QCOMPARE(f.api.flagCalls.size(), 1);
        QCOMPARE(f.api.segmentCalls.size(), 1);
        QVERIFY(!f.deleteAction()->isEnabled()); // instances still loading
        QVERIFY2(f.deleteAction()->toolTip().contains(QStringLiteral("Loading")),
            qPrintable(f.deleteAction()->toolTip()));
    }

    void deleteIsNotOfferedWithSeveralInstances()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(0);
        f.selectRow(0,
            {instanceOf(record, QStringLiteral("i1")), instanceOf(record, QStringLiteral("i2"))});
        QVERIFY(!f.deleteAction()->isEnabled());
        QVERIFY2(f.deleteAction()->toolTip().contains(QStringLiteral("2 instances")),
            qPrintable(f.deleteAction()->toolTip()));
        f.pane()->requestDelete();
        QVERIFY(f.prompts.deleteQuestions.isEmpty());
        QVERIFY(f.api.deleteCalls.isEmpty());
    }

    void cancelSendsNothing()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(2);
        f.selectRow(2, {instanceOf(record, QStringLiteral("only"))});
        QVERIFY(f.deleteAction()->isEnabled());
        f.prompts.answerDelete = false;
        f.deleteAction()->trigger();
        QCOMPARE(f.prompts.deleteQuestions.size(), 1);
        const DeleteConfirmation asked = f.prompts.deleteQuestions.first();
        QCOMPARE(asked.instanceId, QStringLiteral("only"));
        QCOMPARE(asked.kindKeys, QStringList {QStringLiteral("user:key-0002")});
        QCOMPARE(asked.environment, QStringLiteral("demo / production"));
        QVERIFY(asked.production);
        QCOMPARE(asked.contextKey, QStringLiteral("key-0002"));
        QVERIFY(f.api.deleteCalls.isEmpty());
        QCOMPARE(f.contexts.rowCount(), 5);
    }

    void confirmedDeleteRemovesTheRowOnlyAfter204()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(2);
        f.selectRow(2, {instanceOf(record, QStringLiteral("only"))});
        f.prompts.answerDelete = true;
        f.deleteAction()->trigger();
        QCOMPARE(f.api.deleteCalls.size(), 1);
        QCOMPARE(f.api.deleteCalls[0].id, QStringLiteral("only"));
        QCOMPARE(f.contexts.rowCount(), 5); // not before the server says so
        QVERIFY(!f.deleteAction()->isEnabled());
        // A second click while in flight sends nothing.
        f.deleteAction()->trigger();
        f.pane()->requestDelete();
        QCOMPARE(f.api.deleteCalls.size(), 1);
        QCOMPARE(f.prompts.deleteQuestions.size(), 1);
        FakeContextsApi::reply(f.api.deleteCalls, 0, Result<Done>(Done {}));
        QCOMPARE(f.contexts.rowCount(), 4);
        QCOMPARE(f.contexts.rowOf(QStringLiteral("user"), QStringLiteral("key-0002")), -1);
        QVERIFY(!f.detail.context().has_value()); // the pane is cleared
    }

    void notFoundSaysAlreadyGoneAndReloads()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(1);
        f.selectRow(1, {instanceOf(record, QStringLiteral("only"))});
        f.prompts.answerDelete = true;
        f.deleteAction()->trigger();
        const int searchesBefore = int(f.api.searches.size());
        FakeContextsApi::reply(f.api.deleteCalls, 0,
            Result<Done>(ApiError(ApiError::Kind::NotFound, QStringLiteral("gone"), 404)));
        QCOMPARE(f.prompts.informed.size(), 1);
        QVERIFY2(f.prompts.informed.first().contains(QStringLiteral("already deleted")),
            qPrintable(f.prompts.informed.first()));
        QCOMPARE(int(f.api.searches.size()), searchesBefore + 1); // the list reloads
    }

    void serverErrorKeepsTheRowAndSaysWhy()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(3);
        f.selectRow(3, {instanceOf(record, QStringLiteral("only"))});
        f.prompts.answerDelete = true;
        f.deleteAction()->trigger();
        FakeContextsApi::reply(f.api.deleteCalls, 0,
            Result<Done>(ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500)));
        QCOMPARE(f.contexts.rowCount(), 5);
        QCOMPARE(f.detail.context()->key, QStringLiteral("key-0003"));
        const QString error = f.pane()->headerStatus()->errorText();
        QVERIFY2(
            error.contains(QStringLiteral("not deleted")) && error.contains(QStringLiteral("500")),
            qPrintable(error));
        QVERIFY(f.deleteAction()->isEnabled()); // the person may try again
    }

    void rowMenuOffersDeleteWithTheSameRule()
    {
        Fixture f;
        const ContextRecord record = f.contexts.record(0);
        f.selectRow(
            0, {instanceOf(record, QStringLiteral("a")), instanceOf(record, QStringLiteral("b"))});
        // The row context menu and the Context menu share the pane's action.
        QList<QAction *> windowActions = f.window.actions();
        QVERIFY(windowActions.contains(f.deleteAction()));
        QCOMPARE(f.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QVERIFY(!f.deleteAction()->isEnabled());
    }

    void sectionsFailIndependently()
    {
        Fixture f;
        f.window.table()->setCurrentIndex(f.contexts.index(0, 0));
        FakeContextsApi::reply(f.api.flagCalls, 0,
            Result<QList<FlagEvaluation>>(
                ApiError(ApiError::Kind::Forbidden, QStringLiteral("no"), 403)));
        SegmentMembership member;
        member.key = QStringLiteral("beta");
        member.name = QStringLiteral("Beta testers");
        member.isMember = true;
        FakeContextsApi::reply(f.api.segmentCalls, 0,
            Result<QList<SegmentMembership>>(QList<SegmentMembership> {member}));
        FlagsSection *flags = f.pane()->flagsSection();
        QVERIFY2(flags->statusLine()->errorText().contains(QStringLiteral("403")),
            qPrintable(flags->statusLine()->errorText()));
        QCOMPARE(f.detail.segments()->rowCount(), 1);
        QVERIFY(!f.detail.state(ContextDetail::Section::Segments).error.has_value());
    }

    void aContextTheServerNoLongerHasIsSaidSo()
    {
        Fixture f;
        f.window.table()->setCurrentIndex(f.contexts.index(2, 0));
        StatusLine *status = f.pane()->attributesSection()->statusLine();
        FakeContextsApi::reply(f.api.versionCalls, 0, Result<ContextsPage>(ContextsPage {}));
        QVERIFY2(
            status->text().contains(QStringLiteral("no such context")), qPrintable(status->text()));
        QVERIFY(status->errorText().isEmpty());
        // The row's own attributes stay readable.
        QVERIFY(f.detail.attributes()->rowCount() > 0);

        f.window.table()->setCurrentIndex(f.contexts.index(3, 0));
        FakeContextsApi::reply(
            f.api.versionCalls, 1, Result<ContextsPage>(makePage(3, 1, QString())));
        QVERIFY2(!status->text().contains(QStringLiteral("no such context")),
            qPrintable(status->text()));
    }

    void changeVariationAsksThenSaves()
    {
        Fixture f;
        f.window.table()->setCurrentIndex(f.contexts.index(0, 0));
        FlagEvaluation evaluation;
        evaluation.key = QStringLiteral("dark-mode");
        evaluation.name = QStringLiteral("Dark mode");
        evaluation.valueJson = "false";
        evaluation.reason.kind = QStringLiteral("FALLTHROUGH");
        FakeContextsApi::reply(
            f.api.flagCalls, 0, Result<QList<FlagEvaluation>>(QList<FlagEvaluation> {evaluation}));
        FlagsSection *flags = f.pane()->flagsSection();
        flags->table()->setCurrentIndex(flags->table()->model()->index(0, 0));
        QVERIFY(flags->changeButton()->isEnabled());
        f.prompts.variationAnswer = VariationChoice {QByteArray("true"), QStringLiteral("QA")};
        flags->changeButton()->click();
        QCOMPARE(f.api.variationCalls.size(), 1);
        QCOMPARE(f.api.variationCalls[0].flagKey, QStringLiteral("dark-mode"));
        FlagVariation on;
        on.valueJson = "true";
        FlagVariation off;
        off.valueJson = "false";
        FakeContextsApi::reply(
            f.api.variationCalls, 0, Result<QList<FlagVariation>>(QList<FlagVariation> {on, off}));
        QCOMPARE(f.prompts.variationQuestions, QStringList {QStringLiteral("dark-mode")});
        QCOMPARE(f.api.settingCalls.size(), 1);
        QCOMPARE(f.api.settingCalls[0].key, QStringLiteral("key-0000"));
        QCOMPARE(f.api.settingCalls[0].valueJson, std::optional<QByteArray>("true"));
        QCOMPARE(f.api.settingCalls[0].comment, QStringLiteral("QA"));
        FakeContextsApi::reply(f.api.settingCalls, 0,
            Result<Done>(
                ApiError(ApiError::Kind::Conflict, QStringLiteral("Optimistic lock"), 409)));
        const auto *write = f.pane()->flagsSection()->findChildren<StatusLine *>().last();
        QVERIFY2(
            write->errorText().contains(QStringLiteral("409")), qPrintable(write->errorText()));
    }
};

QTEST_MAIN(tst_DetailPane)
#include "tst_DetailPane.moc"
