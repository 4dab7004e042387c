#include "AppSession.h"

#include "ContextDetail.h"
#include "ContextListModel.h"
#include "DetailPane.h"
#include "KindListModel.h"
#include "MainWindow.h"
#include "RestContextsApi.h"
#include "SandboxServer.h"
#include "UserPrompts.h"

namespace ctx {

namespace {
const QString demoProject = QStringLiteral("demo");
const QString demoEnvironment = QStringLiteral("production");
} // namespace

AppSession::AppSession(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

AppSession::~AppSession()
{
    // The window and models go before the client they use, the client before the server.
    m_window.reset();
    delete m_contexts;
    delete m_kinds;
    delete m_detail;
    delete m_api;
}

bool AppSession::start(QString *error)
{
    Connection connection;
    EnvironmentRef environment;
    QString connectionName;
    if (m_options.demo) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.seedContexts = m_options.demoContexts;
        QString sandboxError;
        if (!m_sandbox->start(sandboxOptions, &sandboxError)) {
            *error = tr("The demo could not start: %1").arg(sandboxError);
            return false;
        }
        connection.baseUrl = m_sandbox->baseUrl();
        connection.token = m_sandbox->token();
        environment = {demoProject, demoEnvironment};
        connectionName = tr("Demo");
    } else {
        connection.baseUrl = m_options.baseUri;
        connection.token = m_options.token;
        environment = {m_options.project, m_options.environment};
        connectionName = m_options.baseUri.host();
    }
    if (const auto problem = checkBaseUrl(connection.baseUrl)) {
        *error = problem->userMessage();
        return false;
    }

    m_api = new RestContextsApi(connection);
    m_contexts = new ContextListModel(m_api);
    m_kinds = new KindListModel(m_api);
    m_detail = new ContextDetail(m_api);
    m_detail->setEnvironment(environment);
    m_prompts = std::make_unique<DialogPrompts>();
    m_window = std::make_unique<MainWindow>(m_contexts, m_kinds, m_detail, m_prompts.get());
    const QString environmentLabel
        = environment.projectKey + QStringLiteral(" / ") + environment.environmentKey;
    m_window->setConnectionLabel(connectionName, environmentLabel);
    // Until connections carry a "production" mark, every real environment gets the
    // stronger delete confirmation; the demo's "production" environment does too.
    const bool production = !m_options.demo || environment.environmentKey == demoEnvironment;
    m_window->detailPane()->setEnvironmentInfo(environmentLabel, production,
        m_options.demo ? std::nullopt : std::optional<QUrl>(connection.baseUrl));

    ContextQuery query;
    query.kinds = m_options.kinds;
    m_kinds->load(environment.projectKey);
    if (!m_options.kinds.isEmpty()) {
        // Check the requested kinds once the list of kinds is known.
        connect(
            m_kinds, &KindListModel::loaded, this,
            [this] { m_kinds->setCheckedKeys(m_options.kinds); }, Qt::SingleShotConnection);
    }
    m_contexts->setQuery(query);
    m_contexts->setEnvironment(environment);
    if (!m_options.selectKind.isEmpty()) {
        connect(
            m_contexts, &ContextListModel::firstPageLoaded, this,
            [this] { m_window->selectContext(m_options.selectKind, m_options.selectKey); },
            Qt::SingleShotConnection);
    }
    return true;
}

} // namespace ctx
