#include "ConnectionsDialog.h"

#include "ConnectionForm.h"
#include "ConnectionStore.h"
#include "ConnectionSwitcher.h"
#include "LdcliConfig.h"
#include "TokenField.h"
#include "TokenStore.h"
#include "UserPrompts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ctx {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

ConnectionsDialog::ConnectionsDialog(const AppModels &models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_list(new QListWidget(this))
    , m_form(new ConnectionForm(models, this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("&Duplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("I&mport from ldcli"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_use(new QPushButton(tr("Use this c&onnection"), this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setAccessibleDescription(
        tr("The saved connections, the built-in demo first; the selected one is shown for "
           "editing"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumWidth(220);
    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_add->setObjectName(QStringLiteral("addConnection"));
    m_duplicate->setObjectName(QStringLiteral("duplicateConnection"));
    m_remove->setObjectName(QStringLiteral("removeConnection"));
    m_import->setObjectName(QStringLiteral("importLdcli"));
    m_save->setObjectName(QStringLiteral("saveConnection"));
    m_use->setObjectName(QStringLiteral("useConnection"));
    m_add->setToolTip(tr("A new connection to LaunchDarkly"));
    m_duplicate->setToolTip(tr("A copy of this connection to edit, its access token included"));
    m_save->setToolTip(tr("Save the connection; its access token goes to the keychain"));
    m_use->setToolTip(tr("Save if needed, then show this connection in the window"));
    m_remove->setToolTip(tr("Remove the connection and its access token from the keychain"));
    const QString ldcliPath = ldcliConfigPath();
    m_import->setEnabled(readLdcliConfig(ldcliPath).has_value());
    m_import->setToolTip(m_import->isEnabled()
            ? tr("A new connection from LaunchDarkly's CLI settings (%1)").arg(ldcliPath)
            : tr("No LaunchDarkly CLI settings were found (%1)").arg(ldcliPath));

    auto *listLabel = new QLabel(tr("Connect&ions:"), this);
    listLabel->setBuddy(m_list);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_duplicate, 0, 1);
    listButtons->addWidget(m_remove, 1, 0);
    listButtons->addWidget(m_import, 1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(12);
    columns->addWidget(m_form, 1);

    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeConnections"));
    close->setToolTip(tr("Close (Esc)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    bottom->addWidget(m_use);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    // No default button: Enter in a field must not save or switch. Enter on the list uses it.
    const QList<QPushButton *> pushButtons {
        m_add, m_duplicate, m_remove, m_import, m_save, m_use, close};
    for (QPushButton *button : pushButtons)
        button->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &ConnectionsDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_use, &QPushButton::clicked, this, &ConnectionsDialog::useConnection);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionsDialog::duplicateConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeConnection);
    connect(m_import, &QPushButton::clicked, this, &ConnectionsDialog::importFromLdcli);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::onCurrentRowChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ConnectionsDialog::useConnection);
    connect(m_form, &ConnectionForm::edited, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    if (m_models.connections)
        connect(
            m_models.connections, &ConnectionStore::changed, this, &ConnectionsDialog::rebuildList);

    resize(900, 620);
    m_currentId = ConnectionProfile::demoId();
    rebuildList();
    selectConnection(m_currentId);
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::selectConnection(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id && !id.isEmpty()) {
            const int before = m_list->currentRow();
            m_list->setCurrentRow(row);
            if (before == row) // no change signalled: show it anyway
                onCurrentRowChanged(row);
            return;
        }
    }
}

void ConnectionsDialog::rebuildList()
{
    m_rebuilding = true;
    m_list->clear();
    const QList<ConnectionProfile> profiles
        = m_models.connections ? m_models.connections->connections() : QList<ConnectionProfile>();
    for (const ConnectionProfile &p : profiles) {
        QString text = p.production ? tr("%1 — production").arg(p.name) : p.name;
        if (p.isDemo())
            text = tr("%1 (built in)").arg(p.name);
        auto *item = new QListWidgetItem(ConnectionSwitcher::swatch(p.color), text, m_list);
        item->setData(IdRole, p.id);
        item->setToolTip(p.isDemo() ? tr("The built-in demo: a local sandbox with sample data")
                                    : p.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        if (!m_draft && p.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    if (m_draft) {
        auto *item = new QListWidgetItem(tr("New connection (not saved)"), m_list);
        item->setData(IdRole, QString());
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        m_list->setCurrentItem(item);
    }
    m_rebuilding = false;
    updateButtons();
}

void ConnectionsDialog::onCurrentRowChanged(int row)
{
    if (m_rebuilding || row < 0)
        return;
    const QString id = m_list->item(row)->data(IdRole).toString();
    const bool toDraft = id.isEmpty();
    if (toDraft && m_draft)
        return;
    // The list is rebuilt after this signal, not inside it.
    if ((id != m_currentId || m_draft) && !confirmDiscard()) {
        QMetaObject::invokeMethod(this, &ConnectionsDialog::rebuildList, Qt::QueuedConnection);
        return; // back to the one being edited
    }
    m_currentId = id;
    if (m_draft) {
        m_draft = false; // the unsaved new connection leaves the list
        QMetaObject::invokeMethod(this, &ConnectionsDialog::rebuildList, Qt::QueuedConnection);
    }
    m_dirty = false;
    const std::optional<ConnectionProfile> profile
        = m_models.connections ? m_models.connections->find(id) : std::nullopt;
    m_form->setProfile(profile.value_or(ConnectionProfile {}));
    setStatus({});
    updateButtons();
}

bool ConnectionsDialog::confirmDiscard()
{
    if (!m_dirty || !m_models.prompts)
        return true;
    const QString name = m_form->profile().name;
    if (!m_models.prompts->confirm(this, tr("Unsaved changes"),
            tr("Discard the changes to “%1”?").arg(name.isEmpty() ? tr("New connection") : name)))
        return false;
    m_dirty = false;
    return true;
}

void ConnectionsDialog::showDraft(const ConnectionProfile &profile, const QString &carriedToken)
{
    m_draft = true;
    m_currentId.clear();
    rebuildList();
    m_form->setProfile(profile, carriedToken);
    m_dirty = true; // not saved yet
    setStatus({});
    updateButtons();
}

void ConnectionsDialog::addConnection()
{
    if (!confirmDiscard())
        return;
    ConnectionProfile profile;
    profile.name = tr("New connection");
    showDraft(profile);
    if (auto *name = m_form->findChild<QLineEdit *>(QStringLiteral("connectionName"))) {
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
    }
}

void ConnectionsDialog::duplicateConnection()
{
    ConnectionProfile copy = m_form->profile();
    if (copy.isDemo() || m_draft)
        return;
    const QString token = m_form->tokenField()->token();
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_dirty = false; // the edits travel with the copy
    showDraft(copy, token);
}

void ConnectionsDialog::removeConnection()
{
    if (m_draft) { // nothing saved yet: drop it
        if (!confirmDiscard())
            return;
        m_draft = false;
        m_currentId = ConnectionProfile::demoId();
        rebuildList();
        selectConnection(m_currentId);
        return;
    }
    const std::optional<ConnectionProfile> profile
        = m_models.connections ? m_models.connections->find(m_currentId) : std::nullopt;
    if (!profile || profile->isDemo())
        return;
    QString question = tr("Remove the connection “%1” and its access token from the keychain?")
                           .arg(profile->name);
    if (profile->production)
        question += QLatin1Char(' ') + tr("It is marked production.");
    if (m_models.prompts && !m_models.prompts->confirm(this, tr("Remove connection"), question))
        return;
    m_dirty = false;
    m_currentId = ConnectionProfile::demoId();
    m_models.connections->remove(profile->id);
    selectConnection(m_currentId);
    setStatus(tr("Removed “%1”.").arg(profile->name));
    if (m_models.tokens) {
        m_models.tokens->remove(profile->id,
            [self = QPointer<ConnectionsDialog>(this), name = profile->name](
                const TokenStore::Reply &reply) {
                if (self && reply.status == TokenStore::Status::Failed)
                    self->setStatus(tr("Removed “%1”, but its token could not be deleted from "
                                       "the keychain: %2")
                                        .arg(name, reply.error));
            });
    }
}

void ConnectionsDialog::importFromLdcli()
{
    const std::optional<LdcliConfig> config = readLdcliConfig(ldcliConfigPath());
    if (!config) {
        setStatus(tr("No LaunchDarkly CLI settings were found."));
        return;
    }
    if (!confirmDiscard())
        return;
    ConnectionProfile profile;
    profile.name
        = config->project.isEmpty() ? tr("From ldcli") : tr("From ldcli (%1)").arg(config->project);
    profile.baseUrl
        = config->baseUri.isEmpty() ? knownInstances().constFirst().baseUrl : config->baseUri;
    profile.projectKey = config->project;
    profile.environmentKey = config->environment;
    showDraft(profile, config->accessToken);
    save();
}

void ConnectionsDialog::save(std::function<void(const QString &id)> then)
{
    if (!m_models.connections || (m_currentId == ConnectionProfile::demoId() && !m_draft))
        return;
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(problem));
        return;
    }
    const ConnectionProfile saved = m_models.connections->save(m_form->profile());
    m_draft = false;
    m_dirty = false;
    m_currentId = saved.id;
    rebuildList();
    setStatus(tr("Saved “%1”.").arg(saved.name));
    m_form->saveToken(saved.id,
        [self = QPointer<ConnectionsDialog>(this), saved, then = std::move(then)](bool ok) {
            if (!self)
                return;
            if (!ok)
                self->setStatus(
                    tr("Saved “%1”; its access token is not in the keychain.").arg(saved.name));
            if (then)
                then(saved.id);
        });
}

void ConnectionsDialog::useConnection()
{
    const auto activate = [this](const QString &id) {
        emit connectionActivated(id);
        accept();
    };
    if (m_draft || m_dirty)
        save(activate); // activates once saved, token included
    else if (!m_currentId.isEmpty())
        activate(m_currentId);
}

void ConnectionsDialog::reject()
{
    if (!confirmDiscard())
        return;
    QDialog::reject();
}

void ConnectionsDialog::updateButtons()
{
    const bool demo = !m_draft && m_currentId == ConnectionProfile::demoId();
    m_save->setEnabled(m_dirty && !demo);
    m_duplicate->setEnabled(!demo && !m_draft);
    m_remove->setEnabled(!demo);
    m_remove->setText(m_draft ? tr("Disca&rd") : tr("&Remove"));
    m_use->setEnabled(m_draft || !m_currentId.isEmpty());
}

void ConnectionsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace ctx
