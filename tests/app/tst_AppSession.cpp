#include "AppSession.h"
#include "ConnectionStore.h"
#include "ContextListModel.h"
#include "ContextsTab.h"
#include "FakePrompts.h"
#include "FilterBar.h"
#include "FilterBuilderWidget.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ctx;

namespace {

// Every message the app logs while a test runs, to prove that no secret is among them.
QStringList &capturedLog()
{
    static QStringList log;
    return log;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog().append(message);
}

const QString secretToken = QStringLiteral("api-0123456789-very-secret-token");

} // namespace

// Opening connections the way a person does: the one used last, its token from the keychain,
// LD_ACCESS_TOKEN or a prompt, switching, and never a token in settings or logs. A sandbox
// on loopback stands in for LaunchDarkly, with a token of our choosing.
class tst_AppSession : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxServer m_server;
    QtMessageHandler m_previousHandler = nullptr;

    struct Fixture
    {
        explicit Fixture(AppOptions options = {})
            : session(std::move(options))
        {
            auto tokenStore = std::make_unique<MemoryTokenStore>();
            tokens = tokenStore.get();
            session.setTokenStore(std::move(tokenStore));
            auto fakePrompts = std::make_unique<FakePrompts>();
            prompts = fakePrompts.get();
            session.setPrompts(std::move(fakePrompts));
        }
        AppSession session;
        MemoryTokenStore *tokens = nullptr;
        FakePrompts *prompts = nullptr;
    };

    ConnectionProfile saveSandboxConnection(bool production = false)
    {
        ConnectionStore store;
        ConnectionProfile profile;
        profile.name = QStringLiteral("Staging sandbox");
        profile.baseUrl = m_server.baseUrl();
        profile.projectKey = QStringLiteral("demo");
        profile.environmentKey = QStringLiteral("production");
        profile.production = production;
        profile = store.save(profile);
        store.setLastUsedId(profile.id);
        return profile;
    }

    static QByteArray settingsFileBytes()
    {
        const QSettings settings;
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void waitForRows(const AppSession &session)
    {
        QVERIFY(session.contexts());
        QTRY_VERIFY_WITH_TIMEOUT(session.contexts()->rowCount() > 0, 10000);
        QVERIFY(!session.contexts()->lastError());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("contexts-browser"));
        QCoreApplication::setApplicationName(QStringLiteral("contexts-browser"));
        sandbox::SandboxOptions options;
        options.seedContexts = 40;
        options.token = secretToken;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void init() { QSettings().clear(); }

    // After each scenario: the settings file holds connections, never their token.
    void cleanup()
    {
        const QByteArray settings = settingsFileBytes();
        QVERIFY2(!settings.contains(secretToken.toUtf8()), "the settings file holds the token");
    }

    void savedConnectionOpensWithItsKeychainToken()
    {
        const ConnectionProfile profile = saveSandboxConnection();
        Fixture f;
        f.tokens->tokens.insert(profile.id, secretToken);
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QCOMPARE(f.session.connectionId(), profile.id);
        waitForRows(f.session);
        QVERIFY(f.prompts->tokenQuestions.isEmpty());
        QVERIFY(f.session.window()->windowTitle().contains(profile.name));
    }

    void withoutKeychainTheEnvironmentVariableIsUsed()
    {
        const ConnectionProfile profile = saveSandboxConnection();
        AppOptions options;
        options.token = secretToken; // LD_ACCESS_TOKEN
        Fixture f(options);
        f.tokens->mode = TokenStore::Status::NoKeychain;
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QCOMPARE(f.session.connectionId(), profile.id);
        waitForRows(f.session);
        QVERIFY(f.prompts->tokenQuestions.isEmpty());
        QVERIFY(!f.tokens->calls.contains(QStringLiteral("write ") + profile.id));
    }

    void withoutKeychainOrVariableTheTokenIsAskedForAndNotSaved()
    {
        const ConnectionProfile profile = saveSandboxConnection();
        Fixture f;
        f.tokens->mode = TokenStore::Status::NoKeychain;
        f.prompts->tokenAnswer = secretToken;
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        waitForRows(f.session);
        QCOMPARE(f.prompts->tokenQuestions.size(), 1);
        // The store's sentence says why (MemoryTokenStore's "No keychain is available.").
        QVERIFY2(f.prompts->tokenQuestions.first().contains(
                     QStringLiteral("No keychain is available. It is kept in memory")),
            qPrintable(f.prompts->tokenQuestions.first()));
        QVERIFY(!f.tokens->calls.contains(QStringLiteral("write ") + profile.id));

        // Once per session: back to the demo and to this connection again, with no question.
        QVERIFY2(f.session.switchTo(ConnectionProfile::demoId(), &error), qPrintable(error));
        QVERIFY2(f.session.switchTo(profile.id, &error), qPrintable(error));
        waitForRows(f.session);
        QCOMPARE(f.prompts->tokenQuestions.size(), 1);
        QCOMPARE(f.session.connectionId(), profile.id);
    }

    void aTokenTypedForAConnectionGoesToTheKeychain()
    {
        const ConnectionProfile profile = saveSandboxConnection();
        Fixture f; // a working keychain without this connection's token
        f.prompts->tokenAnswer = secretToken;
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        waitForRows(f.session);
        QTRY_COMPARE(f.tokens->tokens.value(profile.id), secretToken);
    }

    void cancellingTheTokenPromptOpensTheDemoAndSaysWhy()
    {
        saveSandboxConnection();
        Fixture f;
        f.prompts->tokenAnswer.reset(); // cancelled
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QCOMPARE(f.session.connectionId(), ConnectionProfile::demoId());
        QTRY_COMPARE(f.prompts->informed.size(), 1);
        QVERIFY2(f.prompts->informed.first().contains(QStringLiteral("Staging sandbox")),
            qPrintable(f.prompts->informed.first()));
    }

    void aScreenshotRunNeverAsksForTheTokenAndSaysWhatIsMissing()
    {
        saveSandboxConnection();
        AppOptions options;
        options.screenshotPath = QStringLiteral("unused.png");
        Fixture f(options);
        f.prompts->tokenAnswer = secretToken; // would be typed, if anyone were asked
        QString error;
        QVERIFY(!f.session.start(&error)); // unattended: fail instead of waiting for a person
        QVERIFY(f.prompts->tokenQuestions.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("LD_ACCESS_TOKEN"))
                && error.contains(QStringLiteral("Staging sandbox")),
            qPrintable(error));
    }

    void switchingReplacesTheWindowAndIsRememberedForNextTime()
    {
        AppOptions options;
        options.demo = true;
        options.demoContexts = 20;
        Fixture f(options);
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QCOMPARE(f.session.connectionId(), ConnectionProfile::demoId());
        waitForRows(f.session);

        const ConnectionProfile profile = saveSandboxConnection();
        ConnectionStore().setLastUsedId(ConnectionProfile::demoId());
        f.tokens->tokens.insert(profile.id, secretToken);
        QSignalSpy replaced(&f.session, &AppSession::windowReplaced);
        QVERIFY2(f.session.switchTo(profile.id, &error), qPrintable(error));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(f.session.connectionId(), profile.id);
        QVERIFY(f.session.window()->windowTitle().contains(profile.name));
        waitForRows(f.session);
        QCOMPARE(ConnectionStore().lastUsedId(), profile.id);

        // A connection that is gone: the open one stays, and the reason is given.
        QVERIFY(!f.session.switchTo(QStringLiteral("no-such-connection"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(f.session.connectionId(), profile.id);
    }

    void startsWithTheFilterAndBuilderAskedFor()
    {
        AppOptions options;
        options.demo = true;
        options.demoContexts = 40;
        options.filter = QStringLiteral("kind equals \"device\"");
        options.showFilterBuilder = true;
        Fixture f(options);
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        FilterBar *bar = f.session.window()->contextsTab()->filterBar();
        QCOMPARE(bar->advancedText(), options.filter);
        QVERIFY(bar->builderButton()->isChecked());
        QVERIFY(!bar->builderPanel()->isHidden());
        waitForRows(f.session);
        // Every row shown is a device: the filter was in the first query, not applied later.
        QVERIFY(f.session.contexts()->query().filter.contains(QStringLiteral("device")));
        ContextListModel *rows = f.session.contexts();
        for (int row = 0; row < rows->rowCount(); ++row)
            QCOMPARE(rows->index(row, 0).data().toString(), QStringLiteral("device"));

        // Without them: no filter and the builder closed.
        AppOptions plain;
        plain.demo = true;
        plain.demoContexts = 40;
        Fixture g(plain);
        QVERIFY2(g.session.start(&error), qPrintable(error));
        bar = g.session.window()->contextsTab()->filterBar();
        QVERIFY(bar->advancedText().isEmpty());
        QVERIFY(!bar->builderButton()->isChecked());
    }

    void aConnectionWithoutEnvironmentIsNotOpened()
    {
        ConnectionStore store;
        ConnectionProfile profile;
        profile.name = QStringLiteral("Half done");
        profile.baseUrl = m_server.baseUrl();
        profile = store.save(profile);
        Fixture f;
        QString error;
        QVERIFY(!f.session.switchTo(profile.id, &error));
        QVERIFY2(error.contains(QStringLiteral("project and environment")), qPrintable(error));
    }

    void commandLineConnectionUsesTheVariableAndIsNeverSaved()
    {
        AppOptions options;
        options.baseUri = m_server.baseUrl();
        options.project = QStringLiteral("demo");
        options.environment = QStringLiteral("production");
        options.token = secretToken;
        Fixture f(options);
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QCOMPARE(f.session.connectionId(), AppSession::commandLineId());
        waitForRows(f.session);
        QVERIFY(ConnectionStore().lastUsedId() != AppSession::commandLineId());
        QVERIFY(f.tokens->calls.isEmpty()); // neither read nor written
    }

    void aRevokedTokenIsNamedButNeverShown()
    {
        const ConnectionProfile profile = saveSandboxConnection();
        const QString wrong = QStringLiteral("api-revoked-token-4242424242");
        Fixture f;
        f.tokens->tokens.insert(profile.id, wrong);
        QString error;
        QVERIFY2(f.session.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(f.session.contexts()->lastError().has_value(), 10000);
        const ApiError shown = *f.session.contexts()->lastError();
        QCOMPARE(shown.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!shown.userMessage().contains(wrong));
        QVERIFY(!shown.detail().contains(wrong));
        for (const QString &line : capturedLog())
            QVERIFY(!line.contains(wrong));
    }

    // Runs last: every scenario above has had its chance to leak.
    void zzNoTokenInLogs()
    {
        for (const QString &line : capturedLog())
            QVERIFY2(!line.contains(secretToken), "a log line holds the access token");
    }

    void cleanupTestCase() { qInstallMessageHandler(m_previousHandler); }
};

QTEST_MAIN(tst_AppSession)
#include "tst_AppSession.moc"
