#include "ConnectionsDialogFixture.h"
#include "EnvironmentPicker.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDir>
#include <QListView>
#include <QSignalSpy>

using namespace ctx;

namespace {
const QString secret = QStringLiteral("api-0123-secret-token-value");
using Fixture = ConnectionsDialogFixture;
} // namespace

class tst_ConnectionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("contexts-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ConnectionsDialog"));
    }
    void init()
    {
        QSettings().clear();
        QDir(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/ldcli"))
            .removeRecursively();
    }

    void demoIsListedFirstAndReadOnly()
    {
        Fixture f;
        f.saved(QStringLiteral("Live"), true);
        f.open();
        QCOMPARE(f.listTexts(),
            (QStringList {QStringLiteral("Demo (built in)"), QStringLiteral("Live — production")}));
        QCOMPARE(f.dialog->list()->currentRow(), 0);
        QCOMPARE(f.edit("connectionName")->text(), QStringLiteral("Demo"));
        QVERIFY(!f.edit("connectionName")->isEnabled());
        QVERIFY(!f.edit("accessToken")->isEnabled());
        QVERIFY(!f.find<QCheckBox>("production")->isEnabled());
        QVERIFY(f.label("demoNote")->isVisible());
        QVERIFY(f.label("demoNote")->text().contains(QStringLiteral("cannot be changed")));
        QVERIFY(!f.button("removeConnection")->isEnabled());
        QVERIFY(!f.button("saveConnection")->isEnabled());
        QVERIFY(f.button("useConnection")->isEnabled());
        QVERIFY(f.tokens.calls.isEmpty()); // the demo has no token
    }

    void createConnectionThroughTheWidgets()
    {
        Fixture f;
        f.open();
        f.button("addConnection")->click();
        QCOMPARE(f.listTexts().last(), QStringLiteral("New connection (not saved)"));
        QVERIFY(f.edit("connectionName")->isEnabled());
        f.type(f.edit("connectionName"), QStringLiteral("Work EU"));
        auto *instance = f.find<QComboBox>("instance");
        QCOMPARE(instance->itemText(1), QStringLiteral("EU"));
        instance->setCurrentIndex(1);
        QCOMPARE(f.edit("baseUrl")->text(), QStringLiteral("https://app.eu.launchdarkly.com"));
        QVERIFY(!f.edit("baseUrl")->isEnabled()); // only Custom… takes an address
        QCOMPARE(f.edit("accessToken")->echoMode(), QLineEdit::Password);
        f.type(f.edit("accessToken"), secret);

        // The project picker searches the server a moment after typing stops.
        auto *project = f.find<QComboBox>("projectPicker");
        QTest::keyClicks(project->lineEdit(), QStringLiteral("proj"));
        QTRY_COMPARE(f.api->projectCalls.size(), 1);
        QCOMPARE(f.api->projectCalls[0].search, QStringLiteral("proj"));
        QCOMPARE(f.clients.last().second, secret);
        QCOMPARE(f.clients.last().first.baseUrl,
            QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        QCOMPARE(f.label("pickerStatus")->text(), QStringLiteral("Loading projects…"));
        QVERIFY(f.api->replyProjects(0, makeProjectsPage(1, 3, false, 3)));
        QCOMPARE(f.label("pickerStatus")->text(),
            QStringLiteral("3 projects listed: open the list to choose."));
        // What the open list shows.
        QCOMPARE(project->view()->model()->index(1, 0).data().toString(),
            QStringLiteral("Project 2 (project-2)"));
        QCOMPARE(project->currentText(), QStringLiteral("proj")); // what was typed stays
        Fixture::pick(project, 1);
        QCOMPARE(project->currentText(), QStringLiteral("project-2"));
        auto *environment = f.find<QComboBox>("environmentPicker");
        QCOMPARE(environment->count(), 2);
        QCOMPARE(environment->view()->model()->index(0, 0).data().toString(),
            QStringLiteral("Production (production) — critical"));
        Fixture::pick(environment, 1);
        QCOMPARE(environment->currentText(), QStringLiteral("test"));
        f.find<QCheckBox>("production")->setChecked(true);

        QVERIFY(f.button("saveConnection")->isEnabled());
        f.button("saveConnection")->click();
        QCOMPARE(f.status(), QStringLiteral("Saved “Work EU”."));
        const QList<ConnectionProfile> all = f.store.connections();
        QCOMPARE(all.size(), 2);
        const ConnectionProfile &work = all[1];
        QCOMPARE(work.name, QStringLiteral("Work EU"));
        QCOMPARE(work.baseUrl, QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        QCOMPARE(work.projectKey, QStringLiteral("project-2"));
        QCOMPARE(work.environmentKey, QStringLiteral("test"));
        QVERIFY(work.production);
        QCOMPARE(f.listTexts().last(), QStringLiteral("Work EU — production"));
        QCOMPARE(f.dialog->currentId(), work.id);

        // The token went to the keychain only, and the field now says so.
        QTRY_COMPARE(f.tokens.tokens.value(work.id), secret);
        QVERIFY(f.edit("accessToken")->text().isEmpty());
        QCOMPARE(f.edit("accessToken")->placeholderText(),
            QStringLiteral("Saved in the keychain — type to replace"));
        const QByteArray file = Fixture::settingsFile();
        QVERIFY(file.contains("Work EU"));
        QVERIFY(!file.contains(secret.toUtf8()));
        QVERIFY(!f.button("saveConnection")->isEnabled());
    }

    void editKeepsTheSavedToken()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"));
        f.tokens.tokens.insert(live.id, secret);
        f.open(live.id);
        QCOMPARE(f.edit("connectionName")->text(), QStringLiteral("Live"));
        QTRY_COMPARE(f.edit("accessToken")->placeholderText(),
            QStringLiteral("Saved in the keychain — type to replace"));
        QVERIFY(f.edit("accessToken")->text().isEmpty()); // never shown
        f.find<QAbstractButton>("showToken")->click();
        QVERIFY(f.edit("accessToken")->text().isEmpty());

        f.type(f.edit("connectionName"), QStringLiteral("Live US"));
        f.find<QCheckBox>("production")->setChecked(true);
        // Leaving unsaved changes asks first; "no" keeps them.
        f.prompts.answerConfirm = false;
        f.dialog->list()->setCurrentRow(0);
        QCOMPARE(f.prompts.confirmQuestions.size(), 1);
        QVERIFY(f.prompts.confirmQuestions[0].contains(QStringLiteral("Live US")));
        QCOMPARE(f.edit("connectionName")->text(), QStringLiteral("Live US"));
        QTRY_COMPARE(f.dialog->list()->currentRow(), 1);

        f.button("saveConnection")->click();
        QCOMPARE(f.store.find(live.id)->name, QStringLiteral("Live US"));
        QVERIFY(f.store.find(live.id)->production);
        QCOMPARE(f.listTexts()[1], QStringLiteral("Live US — production"));
        QTest::qWait(10);
        QVERIFY(!f.tokens.calls.contains(QStringLiteral("write ") + live.id));
        QCOMPARE(f.tokens.tokens.value(live.id), secret);

        // Typing a new token replaces the saved one.
        f.type(f.edit("accessToken"), QStringLiteral("api-new"));
        f.button("saveConnection")->click();
        QTRY_COMPARE(f.tokens.tokens.value(live.id), QStringLiteral("api-new"));
    }

    void removeDeletesTheKeychainEntry()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"), true);
        f.tokens.tokens.insert(live.id, secret);
        f.open(live.id);
        f.prompts.answerConfirm = false;
        f.button("removeConnection")->click();
        QCOMPARE(f.prompts.confirmQuestions.size(), 1);
        QCOMPARE(f.prompts.confirmQuestions[0],
            QStringLiteral("Remove connection: Remove the connection “Live” and its access token "
                           "from the keychain? It is marked production."));
        QVERIFY(f.store.find(live.id));

        f.prompts.answerConfirm = true;
        f.button("removeConnection")->click();
        QVERIFY(!f.store.find(live.id));
        QCOMPARE(f.listTexts(), QStringList {QStringLiteral("Demo (built in)")});
        QCOMPARE(f.status(), QStringLiteral("Removed “Live”."));
        QCOMPARE(f.edit("connectionName")->text(), QStringLiteral("Demo"));
        QTRY_VERIFY(!f.tokens.tokens.contains(live.id));
    }

    void testConnectionShowsTheSentence()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"));
        f.tokens.tokens.insert(live.id, secret);
        f.open(live.id);
        QTRY_VERIFY(!f.edit("accessToken")->placeholderText().startsWith(QStringLiteral("Paste")));
        f.button("testConnection")->click();
        QCOMPARE(f.api->identityCalls.size(), 1);
        QCOMPARE(f.clients.last().second, secret); // the saved token, as the field is empty
        QCOMPARE(f.label("testResult")->text(), QStringLiteral("Testing the connection…"));
        CallerIdentity identity;
        identity.tokenName = QStringLiteral("reader");
        identity.accountId = QStringLiteral("acct-1");
        QVERIFY(f.api->replyIdentity(0, identity));
        QCOMPARE(f.api->environmentCalls.size(), 1);
        QCOMPARE(f.api->environmentCalls[0].environment.environmentKey, QStringLiteral("staging"));
        QVERIFY(f.api->replyEnvironment(0, EnvironmentSummary {}));
        QCOMPARE(f.label("testResult")->text(),
            QStringLiteral("Connected as token “reader” in account acct-1. Project “web”, "
                           "environment “staging” found."));
        QCOMPARE(f.label("testIcon")->accessibleName(), QStringLiteral("Connection works"));
        QVERIFY(f.label("testIcon")->isVisible());

        f.type(f.edit("accessToken"), QStringLiteral("api-typed"));
        f.button("testConnection")->click();
        QCOMPARE(f.clients.last().second, QStringLiteral("api-typed"));
        QVERIFY(f.api->replyIdentity(1,
            ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401)));
        QCOMPARE(f.label("testResult")->text(),
            QStringLiteral("The server rejected the token (401): the access token is wrong or was "
                           "revoked."));
        QCOMPARE(f.label("testIcon")->accessibleName(), QStringLiteral("Connection failed"));
        QVERIFY(!f.label("testResult")->text().contains(QStringLiteral("api-typed")));
    }

    void noKeychainIsSaidInline()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"));
        f.tokens.mode = TokenStore::Status::NoKeychain;
        f.open(live.id);
        // The store's own sentence says which case it is; the field adds what happens next.
        const QString message = QStringLiteral("No keychain is available. The app asks for it "
                                               "once per session, or uses LD_ACCESS_TOKEN.");
        QTRY_VERIFY(f.label("tokenNote")->isVisible());
        QCOMPARE(f.label("tokenNote")->text(), message);

        f.type(f.edit("accessToken"), secret);
        f.button("saveConnection")->click();
        QTRY_COMPARE(
            f.status(), QStringLiteral("Saved “Live”; its access token is not in the keychain."));
        QCOMPARE(f.label("tokenNote")->text(), message);
        QVERIFY(f.tokens.tokens.isEmpty());
        QVERIFY(!Fixture::settingsFile().contains(secret.toUtf8()));
    }

    void plainHttpOnlyToLoopback()
    {
        Fixture f;
        f.open();
        f.button("addConnection")->click();
        auto *instance = f.find<QComboBox>("instance");
        instance->setCurrentIndex(instance->count() - 1);
        QCOMPARE(instance->currentText(), QStringLiteral("Custom…"));
        QVERIFY(f.edit("baseUrl")->isEnabled());
        f.type(f.edit("baseUrl"), QStringLiteral("http://ld.example.com"));
        QVERIFY(f.label("urlError")->isVisible());
        QCOMPARE(f.label("urlError")->text(),
            QStringLiteral("Plain http:// is allowed only to this computer (localhost, 127.0.0.1, "
                           "::1); use an https:// address."));
        f.button("saveConnection")->click();
        QVERIFY(f.status().startsWith(QStringLiteral("Not saved: Plain http://")));
        QCOMPARE(f.store.connections().size(), 1);

        f.type(f.edit("baseUrl"), QStringLiteral("http://localhost:8080"));
        QVERIFY(!f.label("urlError")->isVisible());
        f.button("saveConnection")->click();
        QCOMPARE(f.store.connections().size(), 2);
        QCOMPARE(f.store.connections()[1].baseUrl, QUrl(QStringLiteral("http://localhost:8080")));
    }

    void importFromLdcli()
    {
        {
            Fixture f;
            f.open();
            QVERIFY(!f.button("importLdcli")->isEnabled()); // no ldcli config
        }
        const QString dir = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/ldcli");
        QVERIFY(QDir().mkpath(dir));
        QFile config(dir + QStringLiteral("/config.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("access-token: " + secret.toUtf8()
            + "\nbase-uri: https://app.launchdarkly.us\nproject: gov\nenvironment: prod\n");
        config.close();

        Fixture f;
        f.open();
        QVERIFY(f.button("importLdcli")->isEnabled());
        f.button("importLdcli")->click();
        QCOMPARE(f.store.connections().size(), 2);
        const ConnectionProfile imported = f.store.connections()[1];
        QCOMPARE(imported.name, QStringLiteral("From ldcli (gov)"));
        QCOMPARE(imported.baseUrl, QUrl(QStringLiteral("https://app.launchdarkly.us")));
        QCOMPARE(imported.projectKey, QStringLiteral("gov"));
        QCOMPARE(imported.environmentKey, QStringLiteral("prod"));
        QCOMPARE(f.find<QComboBox>("instance")->currentText(), QStringLiteral("Federal"));
        QCOMPARE(f.dialog->currentId(), imported.id);
        QTRY_COMPARE(f.tokens.tokens.value(imported.id), secret);
        QVERIFY(!Fixture::settingsFile().contains(secret.toUtf8()));
        QVERIFY(f.edit("accessToken")->text().isEmpty());
    }

    void duplicateCarriesTheToken()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"));
        f.tokens.tokens.insert(live.id, secret);
        f.open(live.id);
        QTRY_VERIFY(!f.edit("accessToken")->placeholderText().startsWith(QStringLiteral("Paste")));
        f.button("duplicateConnection")->click();
        QCOMPARE(f.edit("connectionName")->text(), QStringLiteral("Live (copy)"));
        QVERIFY(f.edit("accessToken")->text().isEmpty());
        f.button("saveConnection")->click();
        QCOMPARE(f.store.connections().size(), 3);
        const QString copyId = f.dialog->currentId();
        QVERIFY(copyId != live.id);
        QTRY_COMPARE(f.tokens.tokens.value(copyId), secret);
    }

    void colourAndUse()
    {
        Fixture f;
        const ConnectionProfile live = f.saved(QStringLiteral("Live"));
        f.open(live.id);
        f.button("chooseColor")->click();
        auto *colors = f.dialog->findChild<QColorDialog *>();
        QVERIFY(colors);
        colors->setCurrentColor(QColor(QStringLiteral("#ff8800")));
        colors->accept();
        QCOMPARE(f.button("chooseColor")->accessibleName(),
            QStringLiteral("Choose a colour, now #ff8800"));
        QSignalSpy activated(f.dialog.get(), &ConnectionsDialog::connectionActivated);
        f.button("useConnection")->click(); // saves the change first
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), live.id);
        QCOMPARE(f.store.find(live.id)->color, QStringLiteral("#ff8800"));
        QCOMPARE(f.dialog->result(), int(QDialog::Accepted));

        // A double click on the demo uses it.
        f.open(live.id);
        QSignalSpy again(f.dialog.get(), &ConnectionsDialog::connectionActivated);
        f.dialog->list()->setCurrentRow(0);
        emit f.dialog->list()->itemActivated(f.dialog->list()->item(0));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0][0].toString(), ConnectionProfile::demoId());
    }
};

QTEST_MAIN(tst_ConnectionsDialog)
#include "tst_ConnectionsDialog.moc"
