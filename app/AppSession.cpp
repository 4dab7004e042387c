#include "AppSession.h"

#include "AttributeCatalog.h"
#include "ColumnLayout.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "ContextsTab.h"
#include "DetailPane.h"
#include "KindListModel.h"
#include "KindTableModel.h"
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

AppSession::~AppSession() = default;

bool AppSession::start(QString *error)
{
    Connection connection;
    EnvironmentRef environment;
    QString connectionName;
    QString connectionId; // where this connection's column layouts are kept
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
        connectionId = QStringLiteral("demo");
    } else {
        connection.baseUrl = m_options.baseUri;
        connection.token = m_options.token;
        environment = {m_options.project, m_options.environment};
        connectionName = m_options.baseUri.host();
        connectionId = m_options.baseUri.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
    if (const auto problem = checkBaseUrl(connection.baseUrl)) {
        *error = problem->userMessage();
        return false;
    }

    m_api = std::make_unique<RestContextsApi>(connection);
    m_contexts = std::make_unique<ContextListModel>(m_api.get());
    m_kinds = std::make_unique<KindListModel>(m_api.get());
    m_detail = std::make_unique<ContextDetail>(m_api.get());
    m_kindTable = std::make_unique<KindTableModel>(m_api.get());
    m_attributes = std::make_unique<AttributeCatalog>(m_api.get());
    m_prompts = std::make_unique<DialogPrompts>();

    AppModels models;
    models.api = m_api.get();
    models.environment = environment;
    models.environmentLabel
        = environment.projectKey + QStringLiteral(" / ") + environment.environmentKey;
    models.layoutScope
        = LayoutStore::scope(connectionId, environment.projectKey, environment.environmentKey);
    models.contexts = m_contexts.get();
    models.kinds = m_kinds.get();
    models.detail = m_detail.get();
    models.kindTable = m_kindTable.get();
    models.attributes = m_attributes.get();
    models.prompts = m_prompts.get();
    m_window = std::make_unique<MainWindow>(models);
    m_window->setConnectionLabel(connectionName, models.environmentLabel);
    // Until connections carry a "production" mark, every real environment gets the
    // stronger delete confirmation; the demo's "production" environment does too.
    const bool production = !m_options.demo || environment.environmentKey == demoEnvironment;
    m_window->detailPane()->setEnvironmentInfo(models.environmentLabel, production,
        m_options.demo ? std::nullopt : std::optional<QUrl>(connection.baseUrl));

    // The saved column layout (and its sort) first, so that the first request already
    // carries them.
    m_window->table()->setLayoutScope(models.layoutScope);
    m_detail->setEnvironment(environment);
    m_attributes->setEnvironment(environment);
    m_kindTable->setProject(environment.projectKey);
    m_kinds->load(environment.projectKey);
    connect(m_kindTable.get(), &KindTableModel::saved, m_kinds.get(),
        [this, project = environment.projectKey] { m_kinds->load(project); });
    if (!m_options.kinds.isEmpty()) {
        // Check the requested kinds once the list of kinds is known.
        connect(
            m_kinds.get(), &KindListModel::loaded, this,
            [this] { m_kinds->setCheckedKeys(m_options.kinds); }, Qt::SingleShotConnection);
        ContextQuery query = m_contexts->query();
        query.kinds = m_options.kinds;
        m_contexts->setQuery(query);
    }
    m_contexts->setEnvironment(environment);
    if (!m_options.selectKind.isEmpty()) {
        connect(
            m_contexts.get(), &ContextListModel::firstPageLoaded, this,
            [this] {
                m_window->contextsTab()->selectContext(m_options.selectKind, m_options.selectKey);
            },
            Qt::SingleShotConnection);
    }
    return true;
}

} // namespace ctx
