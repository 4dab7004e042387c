#pragma once

#include "AppOptions.h"
#include "ConnectionProfile.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace sandbox {
class SandboxServer;
}

namespace ctx {

class ConnectionSession;
class ConnectionStore;
class ContextDetail;
class ContextListModel;
class KindListModel;
class MainWindow;
class Settings;
class TokenStore;
class UserPrompts;

// The app's life: the saved connections, the keychain, the built-in demo's sandbox (started
// the first time the demo is opened) and the connection open now (a ConnectionSession with
// its window). Opens what the command line asks for, else the connection used last, else
// the demo; switches when the person picks another connection.
class AppSession : public QObject
{
    Q_OBJECT
public:
    explicit AppSession(AppOptions options, QObject *parent = nullptr);
    ~AppSession() override;

    // For tests, before start(): another token store (the keychain by default) and other
    // prompts (real dialogs by default).
    void setTokenStore(std::unique_ptr<TokenStore> tokens);
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    // On failure returns false and sets *error to a sentence for the person.
    bool start(QString *error);
    // Opens another connection (ConnectionProfile::id). The connection open now stays when
    // this fails (*error says why) or the person cancels the token prompt (*error empty).
    bool switchTo(const QString &connectionId, QString *error);

    MainWindow *window() const;
    ContextListModel *contexts() const;
    KindListModel *kinds() const;
    ContextDetail *detail() const;
    ConnectionStore *connections() const { return m_connections.get(); }
    // The connection open now; empty before start().
    QString connectionId() const;

    // The connection the command line describes (--base-uri ...), never saved.
    static QString commandLineId() { return QStringLiteral("command-line"); }

signals:
    // Another connection was opened: its window replaced the previous one.
    void windowReplaced(ctx::MainWindow *window);

private:
    bool open(const ConnectionProfile &profile, QString *error);
    // The token for a saved or command-line connection: the keychain, else LD_ACCESS_TOKEN,
    // else the person is asked. nullopt: none (*error says why, empty when cancelled).
    std::optional<QString> tokenFor(const ConnectionProfile &profile, QString *error);
    ConnectionProfile demoProfile() const;
    void onConnectionRequested(const QString &connectionId);
    // --filter and --filter-builder, on the first window only.
    void applyStartFilter();

    AppOptions m_options;
    std::unique_ptr<Settings> m_settings; // migrated at start
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::optional<ConnectionProfile> m_commandLine;
    std::unique_ptr<ConnectionSession> m_current;
    // Tokens typed while no keychain could keep them, by connection id; never written anywhere.
    QHash<QString, QString> m_askedTokens;
    bool m_switching = false;
    bool m_started = false;
};

} // namespace ctx
