#include "ConnectionSession.h"

#include "AttributeCatalog.h"
#include "ColumnLayout.h"
#include "Connection.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DetailPane.h"
#include "KindListModel.h"
#include "KindTableModel.h"
#include "MainWindow.h"
#include "RestContextsApi.h"

namespace ctx {

ConnectionSession::ConnectionSession(const ConnectionProfile &profile, const Connection &connection,
    const Shared &shared, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_environment {profile.projectKey, profile.environmentKey}
    , m_api(std::make_unique<RestContextsApi>(connection))
    , m_contexts(std::make_unique<ContextListModel>(m_api.get()))
    , m_kinds(std::make_unique<KindListModel>())
    , m_detail(std::make_unique<ContextDetail>(m_api.get()))
    , m_kindTable(std::make_unique<KindTableModel>(m_api.get()))
    , m_attributes(std::make_unique<AttributeCatalog>(m_api.get()))
{
    // One request for the kinds: the filter's list follows the Kinds tab's table, which also
    // reloads after each save.
    m_kinds->follow(m_kindTable.get());
    AppModels models;
    models.api = m_api.get();
    models.environment = m_environment;
    models.environmentLabel
        = m_environment.projectKey + QStringLiteral(" / ") + m_environment.environmentKey;
    models.layoutScope
        = LayoutStore::scope(profile.id, m_environment.projectKey, m_environment.environmentKey);
    models.contexts = m_contexts.get();
    models.kinds = m_kinds.get();
    models.detail = m_detail.get();
    models.kindTable = m_kindTable.get();
    models.attributes = m_attributes.get();
    models.prompts = shared.prompts;
    models.connectionId = profile.id;
    models.production = profile.production;
    models.throttle = m_api->throttle();
    models.connections = shared.connections;
    models.tokens = shared.tokens;
    models.settings = shared.settings;
    models.accountApiFactory = [](const ConnectionProfile &edited, const QString &token) {
        Connection target;
        target.baseUrl = edited.baseUrl;
        target.token = token;
        target.caFile = edited.caFile;
        return std::shared_ptr<AccountApi>(std::make_shared<RestContextsApi>(target));
    };
    m_window = std::make_unique<MainWindow>(models);
    m_window->setConnectionLabel(profile.name, models.environmentLabel);
    m_window->detailPane()->setEnvironmentInfo(models.environmentLabel, profile.production,
        profile.isDemo() ? std::nullopt : std::optional<QUrl>(connection.baseUrl));
    // The saved column layout (and its sort) first, so that the first request carries them.
    m_window->table()->setLayoutScope(models.layoutScope);
}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::load(const QStringList &kinds)
{
    m_detail->setEnvironment(m_environment);
    m_attributes->setEnvironment(m_environment);
    m_kindTable->setProject(m_environment.projectKey);
    if (!kinds.isEmpty()) {
        // Check the requested kinds once the list of kinds is known.
        connect(
            m_kinds.get(), &KindListModel::loaded, this,
            [this, kinds] { m_kinds->setCheckedKeys(kinds); }, Qt::SingleShotConnection);
        ContextQuery query = m_contexts->query();
        query.kinds = kinds;
        m_contexts->setQuery(query);
    }
    m_contexts->setEnvironment(m_environment);
}

} // namespace ctx
