#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "KindEditDialog.h"
#include "KindTableModel.h"
#include "KindsView.h"
#include "StatusLine.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ctx;

namespace {
ContextKind kind(const QString &key, const QString &name, bool archived = false)
{
    ContextKind k;
    k.key = key;
    k.name = name;
    k.description = name + QStringLiteral(" contexts");
    k.createdFrom = QStringLiteral("manual");
    k.archived = archived;
    return k;
}

QList<ContextKind> sampleKinds()
{
    return {kind(QStringLiteral("user"), QStringLiteral("User")),
        kind(QStringLiteral("old"), QStringLiteral("Old"), true),
        kind(QStringLiteral("organization"), QStringLiteral("Organization"))};
}

KindEdit kindEdit(const QString &key, const QString &name, const QString &description)
{
    KindEdit edit;
    edit.key = key;
    edit.update.name = name;
    edit.update.description = description;
    return edit;
}

// A Kinds tab over a fake server, its kinds loaded.
struct Fixture
{
    Fixture()
        : model(&api)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , view(&model, &prompts)
    {
        model.setProject(QStringLiteral("demo"));
        api.replyKinds(0, sampleKinds());
    }

    template <typename T> T *find(const char *name) const
    {
        return view.findChild<T *>(QLatin1String(name));
    }
    QPushButton *button(const char *name) const { return find<QPushButton>(name); }
    void select(const QString &key)
    {
        view.table()->setCurrentIndex(model.index(model.rowOf(key), 0));
    }
    bool replySave(int index, Result<Done> result)
    {
        return FakeContextsApi::reply(api.kindUpdateCalls, index, std::move(result));
    }

    FakeContextsApi api;
    FakePrompts prompts;
    KindTableModel model;
    QAbstractItemModelTester tester;
    KindsView view;
};
} // namespace

class tst_KindsView : public QObject
{
    Q_OBJECT

private slots:
    void listStatusAndShowArchived()
    {
        Fixture f;
        QCOMPARE(f.view.table()->model()->rowCount(), 2);
        QCOMPARE(f.view.listStatus()->text(), QStringLiteral("3 kinds, 1 archived (hidden)"));
        auto *show = f.find<QCheckBox>("showArchivedKinds");
        QVERIFY(show);
        QVERIFY(!show->isChecked());
        show->setChecked(true);
        QVERIFY(f.model.showArchived());
        QCOMPARE(f.view.table()->model()->rowCount(), 3);
        QCOMPARE(f.view.listStatus()->text(), QStringLiteral("3 kinds, 1 archived"));
        show->setChecked(false);
        QCOMPARE(f.view.table()->model()->rowCount(), 2);
        // The model can change it too; the box follows.
        f.model.setShowArchived(true);
        QVERIFY(show->isChecked());
    }

    void loadErrorShowsRetry()
    {
        Fixture f;
        f.button("refreshKinds")->click();
        QCOMPARE(f.api.kindCalls.size(), 2);
        QCOMPARE(f.view.listStatus()->text(), QStringLiteral("Loading kinds…"));
        f.api.replyKinds(
            1, ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401));
        QVERIFY(f.view.listStatus()->errorText().startsWith(
            QStringLiteral("Error: The kinds could not be loaded: The server rejected the access "
                           "token (401).")));
        QCOMPARE(f.view.table()->model()->rowCount(), 2); // rows kept
        emit f.view.listStatus()->retryRequested();
        QCOMPARE(f.api.kindCalls.size(), 3);
        f.api.replyKinds(2, sampleKinds());
        QVERIFY(f.view.listStatus()->errorText().isEmpty());
    }

    void newKindFlow()
    {
        Fixture f;
        f.prompts.kindAnswer
            = kindEdit(QStringLiteral("team"), QStringLiteral("Team"), QStringLiteral("Teams"));
        f.button("newKind")->click();
        QCOMPARE(f.prompts.kindQuestions.size(), 1);
        QVERIFY(!f.prompts.kindQuestions[0].has_value());
        QCOMPARE(f.prompts.offeredTakenKeys,
            (QStringList {
                QStringLiteral("old"), QStringLiteral("organization"), QStringLiteral("user")}));
        QCOMPARE(f.api.kindUpdateCalls.size(), 1);
        const auto &call = f.api.kindUpdateCalls[0];
        QCOMPARE(call.projectKey, QStringLiteral("demo"));
        QCOMPARE(call.key, QStringLiteral("team"));
        QCOMPARE(call.kindUpdate.name, QStringLiteral("Team"));
        QCOMPARE(call.kindUpdate.description, QStringLiteral("Teams"));
        QVERIFY(!call.kindUpdate.archived.has_value());
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Creating team…"));

        QVERIFY(f.replySave(0, Done {}));
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Created team."));
        QCOMPARE(f.api.kindCalls.size(), 2);
        QList<ContextKind> after = sampleKinds();
        after.append(kind(QStringLiteral("team"), QStringLiteral("Team")));
        f.api.replyKinds(1, after);
        QCOMPARE(f.view.selectedKey(), QStringLiteral("team"));
    }

    void newKindCancelledOrRefused()
    {
        Fixture f;
        f.button("newKind")->click(); // cancelled
        QCOMPARE(f.prompts.kindQuestions.size(), 1);
        QVERIFY(f.api.kindUpdateCalls.isEmpty());

        f.prompts.kindAnswer
            = kindEdit(QStringLiteral("user"), QStringLiteral("User 2"), QString());
        f.button("newKind")->click();
        QVERIFY(f.api.kindUpdateCalls.isEmpty());
        QCOMPARE(f.view.saveStatus()->errorText(),
            QStringLiteral("Error: A kind with the key “user” already exists; select it and "
                           "choose Edit."));

        f.prompts.kindAnswer
            = kindEdit(QStringLiteral("my team"), QStringLiteral("Team"), QString());
        f.button("newKind")->click();
        QVERIFY(f.api.kindUpdateCalls.isEmpty());
        QVERIFY(f.view.saveStatus()->errorText().startsWith(
            QStringLiteral("Error: The key “my team” contains “ ”")));
    }

    void editFlow()
    {
        Fixture f;
        QVERIFY(!f.button("editKind")->isEnabled());
        f.select(QStringLiteral("organization"));
        QVERIFY(f.button("editKind")->isEnabled());
        f.prompts.kindAnswer = kindEdit(
            QStringLiteral("ignored"), QStringLiteral("Org"), QStringLiteral("Companies"));
        f.button("editKind")->click();
        QCOMPARE(f.prompts.kindQuestions.size(), 1);
        QVERIFY(f.prompts.kindQuestions[0].has_value());
        QCOMPARE(f.prompts.kindQuestions[0]->key, QStringLiteral("organization"));
        QCOMPARE(f.api.kindUpdateCalls.size(), 1);
        QCOMPARE(f.api.kindUpdateCalls[0].key, QStringLiteral("organization"));
        QCOMPARE(f.api.kindUpdateCalls[0].kindUpdate.name, QStringLiteral("Org"));
        QCOMPARE(f.api.kindUpdateCalls[0].kindUpdate.description, QStringLiteral("Companies"));
        QVERIFY(!f.api.kindUpdateCalls[0].kindUpdate.archived.has_value());
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Saving organization…"));
        // One save per kind: the buttons wait for the answer.
        QVERIFY(!f.button("editKind")->isEnabled());
        QVERIFY(!f.button("archiveKind")->isEnabled());
        QVERIFY(f.replySave(0, Done {}));
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Saved organization."));
        QVERIFY(f.button("editKind")->isEnabled());
        f.api.replyKinds(1, sampleKinds());
        QCOMPARE(f.view.selectedKey(), QStringLiteral("organization"));
    }

    void doubleClickEdits()
    {
        Fixture f;
        f.view.resize(900, 400);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QModelIndex index = f.model.index(f.model.rowOf(QStringLiteral("user")), 1);
        const QPoint centre = f.view.table()->visualRect(index).center();
        QTest::mouseClick(f.view.table()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(f.view.table()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(f.prompts.kindQuestions.size(), 1);
        QCOMPARE(f.prompts.kindQuestions[0]->key, QStringLiteral("user"));
        QVERIFY(f.api.kindUpdateCalls.isEmpty()); // the fake cancelled
    }

    void archiveAsksThenSaves()
    {
        Fixture f;
        f.select(QStringLiteral("organization"));
        QPushButton *archive = f.button("archiveKind");
        QCOMPARE(archive->text(), QStringLiteral("&Archive"));
        archive->click(); // the fake answers no
        QCOMPARE(f.prompts.confirmQuestions.size(), 1);
        QVERIFY(f.prompts.confirmQuestions[0].startsWith(
            QStringLiteral("Archive context kind: Archive the context kind “organization”?")));
        QVERIFY(f.prompts.confirmQuestions[0].contains(
            QStringLiteral("Archived kinds cannot be used in targeting")));
        QVERIFY(f.api.kindUpdateCalls.isEmpty());

        f.prompts.answerConfirm = true;
        archive->click();
        QCOMPARE(f.prompts.confirmQuestions.size(), 2);
        QCOMPARE(f.api.kindUpdateCalls.size(), 1);
        const auto &call = f.api.kindUpdateCalls[0];
        QCOMPARE(call.key, QStringLiteral("organization"));
        QCOMPARE(call.kindUpdate.archived, std::optional<bool>(true));
        QCOMPARE(call.kindUpdate.name, QStringLiteral("Organization"));
        QCOMPARE(call.kindUpdate.description, QStringLiteral("Organization contexts"));
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Archiving organization…"));
        QVERIFY(f.replySave(0, Done {}));
        QCOMPARE(f.view.saveStatus()->text(),
            QStringLiteral("Archived organization. It is hidden while “Show archived” is off."));
        QList<ContextKind> after = sampleKinds();
        after[2].archived = true;
        f.api.replyKinds(1, after);
        QCOMPARE(f.model.rowCount(), 1);
    }

    void archivingUserWarnsAboutExperiments()
    {
        Fixture f;
        f.select(QStringLiteral("user"));
        f.button("archiveKind")->click();
        QCOMPARE(f.prompts.confirmQuestions.size(), 1);
        QVERIFY(f.prompts.confirmQuestions[0].contains(QStringLiteral("guarded rollouts")));
    }

    void restoreSavesWithoutAsking()
    {
        Fixture f;
        f.find<QCheckBox>("showArchivedKinds")->setChecked(true);
        f.select(QStringLiteral("old"));
        QPushButton *archive = f.button("archiveKind");
        QCOMPARE(archive->text(), QStringLiteral("&Restore"));
        archive->click();
        QVERIFY(f.prompts.confirmQuestions.isEmpty());
        QCOMPARE(f.api.kindUpdateCalls.size(), 1);
        QCOMPARE(f.api.kindUpdateCalls[0].key, QStringLiteral("old"));
        QCOMPARE(f.api.kindUpdateCalls[0].kindUpdate.archived, std::optional<bool>(false));
        QCOMPARE(f.api.kindUpdateCalls[0].kindUpdate.name, QStringLiteral("Old"));
        QVERIFY(f.replySave(0, Done {}));
        QCOMPARE(f.view.saveStatus()->text(), QStringLiteral("Restored old."));
        f.api.replyKinds(
            1, QList<ContextKind> {kind(QStringLiteral("old"), QStringLiteral("Old"))});
        QCOMPARE(f.view.selectedKey(), QStringLiteral("old"));
        QCOMPARE(archive->text(), QStringLiteral("&Archive"));
    }

    void saveErrorsAppearInTheStatusLine_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest)
                             << QStringLiteral("Error: organization was not saved. The server "
                                               "rejected the change (400): Invalid request body.");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                             << QStringLiteral("Error: organization was not saved. The server "
                                               "denied access (403): Forbidden. Changing context "
                                               "kinds needs a role with the createContextKind "
                                               "action in this project.");
        QTest::newRow("409") << 409 << int(ApiError::Kind::Conflict)
                             << QStringLiteral("Error: organization was not saved. Someone else "
                                               "changed the kind at the same time (409): "
                                               "Optimistic lock error. Refresh and try again.");
    }

    void saveErrorsAppearInTheStatusLine()
    {
        QFETCH(int, status);
        QFETCH(int, errorKind);
        QFETCH(QString, expected);
        const QString messages[] = {QStringLiteral("Invalid request body."),
            QStringLiteral("Forbidden"), QStringLiteral("Optimistic lock error")};
        const QString message = messages[status == 400 ? 0 : status == 403 ? 1 : 2];
        Fixture f;
        f.select(QStringLiteral("organization"));
        f.prompts.kindAnswer
            = kindEdit(QStringLiteral("organization"), QStringLiteral("Org"), QString());
        f.button("editKind")->click();
        QVERIFY(f.replySave(0, ApiError(ApiError::Kind(errorKind), message, status)));
        QCOMPARE(f.view.saveStatus()->errorText(), expected);
        QVERIFY(f.view.saveStatus()->text().isEmpty());
        QCOMPARE(f.api.kindCalls.size(), 1); // no reload
        QVERIFY(f.button("editKind")->isEnabled());
        // A later success clears the error.
        f.button("editKind")->click();
        QVERIFY(f.replySave(1, Done {}));
        QVERIFY(f.view.saveStatus()->errorText().isEmpty());
    }

    void noProjectDisablesActions()
    {
        FakeContextsApi api;
        FakePrompts prompts;
        KindTableModel model(&api);
        KindsView view(&model, &prompts);
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("newKind"))->isEnabled());
        QCOMPARE(view.listStatus()->text(), QStringLiteral("No project open."));
        view.newKind();
        QVERIFY(prompts.kindQuestions.isEmpty());
        model.setProject(QStringLiteral("demo"));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("newKind"))->isEnabled());
    }

    void dialogForNewKindValidatesInline()
    {
        KindEditDialog dialog(std::nullopt, {QStringLiteral("user")});
        QVERIFY(!dialog.keyEdit()->isReadOnly());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("A kind needs a name."));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Mobile device"));
        QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("mobile-device"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty());

        dialog.keyEdit()->clear();
        QTest::keyClicks(dialog.keyEdit(), QStringLiteral("multi"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(),
            QStringLiteral("“multi” is reserved by LaunchDarkly and cannot be a kind key."));
        dialog.keyEdit()->clear();
        QTest::keyClicks(dialog.keyEdit(), QStringLiteral("user"));
        QVERIFY(dialog.problem().contains(QStringLiteral("already exists")));
        dialog.keyEdit()->clear();
        QTest::keyClicks(dialog.keyEdit(), QStringLiteral("device"));
        // The key no longer follows the name once edited.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("s"));
        QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("device"));
        dialog.descriptionEdit()->setPlainText(QStringLiteral("  Phones and tablets \n"));
        const KindEdit edit = dialog.edit();
        QCOMPARE(edit.key, QStringLiteral("device"));
        QCOMPARE(edit.update.name, QStringLiteral("Mobile devices"));
        QCOMPARE(edit.update.description, QStringLiteral("Phones and tablets"));
        QVERIFY(!edit.update.archived.has_value());
        QCOMPARE(KindEditDialog::keyFromName(QStringLiteral(" Big  Org: EU ")),
            QStringLiteral("big-org-eu"));
    }

    void dialogForEditKeepsTheKeyReadOnly()
    {
        const ContextKind existing = kind(QStringLiteral("organization"), QStringLiteral("Org"));
        KindEditDialog dialog(existing, {});
        QVERIFY(dialog.keyEdit()->isReadOnly());
        QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("organization"));
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Org"));
        QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Org contexts"));
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.nameEdit()->clear();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("A kind needs a name."));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Organization"));
        QCOMPARE(dialog.keyEdit()->text(), QStringLiteral("organization"));
        QCOMPARE(dialog.edit().update.name, QStringLiteral("Organization"));
    }
};

QTEST_MAIN(tst_KindsView)
#include "tst_KindsView.moc"
