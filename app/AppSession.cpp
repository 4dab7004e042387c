#include "AppSession.h"

#include "Connection.h"
#include "ConnectionSession.h"
#include "ConnectionStore.h"
#include "ContextListModel.h"
#include "ContextsTab.h"
#include "FilterBar.h"
#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "UserPrompts.h"

#include <QEventLoop>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>

namespace ctx {

namespace {

const QString demoProject = QStringLiteral("demo");
const QString demoEnvironment = QStringLiteral("production");

// Waits for one keychain answer. The keychain may ask the person to unlock it, so there is
// no time limit; the window stays responsive meanwhile.
TokenStore::Reply readToken(TokenStore &tokens, const QString &connectionId)
{
    TokenStore::Reply result;
    bool done = false;
    QEventLoop loop;
    tokens.read(connectionId, [&](const TokenStore::Reply &reply) {
        result = reply;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

AppSession::AppSession(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<Settings>())
    , m_tokens(std::make_unique<KeychainTokenStore>())
    , m_prompts(std::make_unique<DialogPrompts>())
    , m_connections(std::make_unique<ConnectionStore>(m_settings->store()))
{
    m_settings->migrate(); // keys of earlier versions, once, before anything reads them
}

AppSession::~AppSession()
{
    // The window and its requests go before the server they talk to.
    m_current.reset();
}

void AppSession::setTokenStore(std::unique_ptr<TokenStore> tokens)
{
    m_tokens = std::move(tokens);
}

void AppSession::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

MainWindow *AppSession::window() const
{
    return m_current ? m_current->window() : nullptr;
}

ContextListModel *AppSession::contexts() const
{
    return m_current ? m_current->contexts() : nullptr;
}

KindListModel *AppSession::kinds() const
{
    return m_current ? m_current->kinds() : nullptr;
}

ContextDetail *AppSession::detail() const
{
    return m_current ? m_current->detail() : nullptr;
}

QString AppSession::connectionId() const
{
    return m_current ? m_current->profile().id : QString();
}

ConnectionProfile AppSession::demoProfile() const
{
    ConnectionProfile profile
        = m_connections->find(ConnectionProfile::demoId()).value_or(ConnectionProfile {});
    profile.id = ConnectionProfile::demoId();
    if (profile.name.isEmpty())
        profile.name = tr("Demo");
    profile.projectKey = demoProject;
    profile.environmentKey = demoEnvironment;
    return profile;
}

bool AppSession::start(QString *error)
{
    ConnectionProfile profile;
    bool fromLastUse = false;
    const auto last = m_options.demo || !m_options.baseUri.isEmpty()
        ? std::nullopt
        : m_connections->find(m_connections->lastUsedId());
    if (!m_options.demo && !m_options.baseUri.isEmpty()) {
        profile.id = commandLineId();
        profile.name = m_options.baseUri.host();
        profile.baseUrl = m_options.baseUri;
        profile.projectKey = m_options.project;
        profile.environmentKey = m_options.environment;
        profile.production = true; // unknown: the careful choice
        m_commandLine = profile;
    } else if (last) {
        profile = *last;
        fromLastUse = !last->isDemo();
    } else {
        profile = demoProfile(); // --demo, or nothing used before
    }

    QString problem;
    if (!open(profile, &problem)) {
        // A screenshot run must show what was asked for, or fail: never the demo instead.
        if (!fromLastUse || !m_options.screenshotPath.isEmpty()) {
            *error = problem.isEmpty() ? tr("No access token was given.") : problem;
            return false;
        }
        // The connection used last cannot open (token cancelled, keychain refused): the
        // demo opens instead, and the person is told why.
        if (!open(demoProfile(), error))
            return false;
        if (problem.isEmpty())
            problem = tr("no access token was given.");
        QTimer::singleShot(0, this, [this, problem, name = profile.name] {
            m_prompts->inform(window(), tr("Connection"),
                tr("“%1” could not be opened: %2 The demo is shown instead.").arg(name, problem));
        });
    }
    m_started = true;
    if (!m_options.selectKind.isEmpty()) {
        connect(
            contexts(), &ContextListModel::firstPageLoaded, this,
            [this] {
                window()->contextsTab()->selectContext(m_options.selectKind, m_options.selectKey);
            },
            Qt::SingleShotConnection);
    }
    return true;
}

bool AppSession::switchTo(const QString &connectionId, QString *error)
{
    error->clear();
    if (m_switching)
        return false;
    const QScopedValueRollback<bool> guard(m_switching, true);
    std::optional<ConnectionProfile> profile;
    if (connectionId == ConnectionProfile::demoId())
        profile = demoProfile();
    else if (connectionId == commandLineId())
        profile = m_commandLine;
    else
        profile = m_connections->find(connectionId);
    if (!profile) {
        *error = tr("That connection no longer exists.");
        return false;
    }
    return open(*profile, error);
}

bool AppSession::open(const ConnectionProfile &profile, QString *error)
{
    Connection connection;
    ConnectionProfile shown = profile;
    if (profile.isDemo()) {
        if (!m_sandbox) {
            auto server = std::make_unique<sandbox::SandboxServer>();
            sandbox::SandboxOptions options;
            options.seedContexts = m_options.demoContexts;
            // The demo's list sorts by last seen, as servers that still sort do; the sandbox
            // on its own answers as LaunchDarkly does now (no sort).
            options.legacySort = true;
            QString sandboxError;
            if (!server->start(options, &sandboxError)) {
                *error = tr("The demo could not start: %1").arg(sandboxError);
                return false;
            }
            m_sandbox = std::move(server);
        }
        connection.baseUrl = m_sandbox->baseUrl();
        connection.token = m_sandbox->token();
        // The demo's environment is called "production" and is treated as one.
        shown.production = shown.production || profile.environmentKey == demoEnvironment;
    } else {
        if (profile.projectKey.isEmpty() || profile.environmentKey.isEmpty()) {
            *error = tr("“%1” has no project and environment yet: choose them in "
                        "File → Connections….")
                         .arg(profile.name);
            return false;
        }
        if (const auto problem = checkBaseUrl(profile.baseUrl)) {
            *error = problem->userMessage();
            return false;
        }
        const auto token = tokenFor(profile, error);
        if (!token)
            return false;
        connection.baseUrl = profile.baseUrl;
        connection.token = *token;
        connection.caFile = profile.caFile;
    }

    const bool wasVisible = window() && window()->isVisible();
    m_current.reset(); // saves the old window's layout; its requests are cancelled
    m_current = std::make_unique<ConnectionSession>(shown, connection,
        ConnectionSession::Shared {
            m_connections.get(), m_tokens.get(), m_prompts.get(), m_settings.get()});
    connect(window(), &MainWindow::connectionRequested, this, &AppSession::onConnectionRequested,
        Qt::QueuedConnection);
    if (!m_started)
        applyStartFilter();
    m_current->load(m_started ? QStringList() : m_options.kinds);
    if (profile.id != commandLineId())
        m_connections->setLastUsedId(profile.id);
    if (wasVisible)
        window()->show();
    emit windowReplaced(window());
    return true;
}

void AppSession::applyStartFilter()
{
    FilterBar *bar = window()->contextsTab()->filterBar();
    if (!m_options.filter.isEmpty())
        bar->setAdvancedText(m_options.filter); // a text that does not parse shows its error
    if (m_options.showFilterBuilder)
        bar->builderButton()->setChecked(true);
}

void AppSession::onConnectionRequested(const QString &connectionId)
{
    if (connectionId == this->connectionId())
        return;
    QString error;
    if (!switchTo(connectionId, &error) && !error.isEmpty())
        m_prompts->inform(window(), tr("Connection"), error);
}

std::optional<QString> AppSession::tokenFor(const ConnectionProfile &profile, QString *error)
{
    TokenStore::Reply saved;
    if (profile.id != commandLineId()) {
        saved = readToken(*m_tokens, profile.id);
        if (saved.status == TokenStore::Status::Ok && !saved.token.trimmed().isEmpty())
            return saved.token.trimmed();
    } else {
        saved.status = TokenStore::Status::NotFound;
    }
    if (!m_options.token.isEmpty())
        return m_options.token; // LD_ACCESS_TOKEN
    if (const auto asked = m_askedTokens.constFind(profile.id); asked != m_askedTokens.cend())
        return *asked; // typed earlier in this session, with no keychain to keep it

    if (!m_options.screenshotPath.isEmpty()) {
        // Unattended (--screenshot): nobody is there to answer a prompt.
        *error = tr("No access token for “%1”: set LD_ACCESS_TOKEN or save the token with the "
                    "connection.")
                     .arg(profile.name);
        return std::nullopt;
    }
    QString reason;
    switch (saved.status) {
    case TokenStore::Status::NoKeychain:
        reason = tr("%1 It is kept in memory until the app closes (or set LD_ACCESS_TOKEN).")
                     .arg(saved.error.isEmpty() ? tr("No keychain is available.") : saved.error);
        break;
    case TokenStore::Status::Failed:
        reason = saved.error;
        break;
    case TokenStore::Status::Ok:
    case TokenStore::Status::NotFound:
        reason = tr("No access token is saved for this connection.");
        break;
    }
    const std::optional<QString> asked = m_prompts->askToken(profile.name, reason);
    if (!asked || asked->trimmed().isEmpty()) {
        error->clear(); // cancelled: nothing to explain
        return std::nullopt;
    }
    const QString token = asked->trimmed();
    if (saved.status == TokenStore::Status::NotFound && profile.id != commandLineId())
        m_tokens->write(profile.id, token, [](const TokenStore::Reply &) {});
    else
        m_askedTokens.insert(profile.id, token); // memory only: asked once per session
    return token;
}

} // namespace ctx
