#include "EnvironmentPicker.h"

#include "ProjectListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ctx {

namespace {
constexpr int searchDelayMs = 350;

QComboBox *keyBox(QAbstractItemModel *model, const QString &placeholder, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    // With a placeholder, the box does not pick the first row by itself when rows arrive.
    box->setPlaceholderText(placeholder);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->setModel(model);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setCompleter(nullptr); // the text is a key; the list shows "Name (key)"
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setCurrentIndex(-1);
    return box;
}
} // namespace

EnvironmentPicker::EnvironmentPicker(QWidget *parent)
    : QObject(parent)
    , m_projects(new ProjectListModel(this))
    , m_environments(new EnvironmentListModel(this))
    , m_project(keyBox(m_projects, tr("Type to search, or open the list"), parent))
    , m_environment(keyBox(m_environments, tr("Choose a project first, or type a key"), parent))
    , m_projectLabel(new QLabel(tr("Pro&ject:"), parent))
    , m_environmentLabel(new QLabel(tr("&Environment:"), parent))
    , m_status(new QLabel(parent))
    , m_searchTimer(new QTimer(this))
{
    m_project->setObjectName(QStringLiteral("projectPicker"));
    m_project->setAccessibleName(tr("Project key"));
    m_project->lineEdit()->setAccessibleName(m_project->accessibleName());
    m_project->setToolTip(tr("The project's key; type part of a name or key to search"));
    m_environment->setObjectName(QStringLiteral("environmentPicker"));
    m_environment->setAccessibleName(tr("Environment key"));
    m_environment->lineEdit()->setAccessibleName(m_environment->accessibleName());
    m_environment->setToolTip(tr("The environment's key; open the list to choose one of the "
                                 "project's environments"));
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Project list status"));
    m_status->setVisible(false);

    m_projectLabel->setBuddy(m_project);
    m_environmentLabel->setBuddy(m_environment);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { loadProjects(true); });
    connect(m_project->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_searchTimer->start();
        showEnvironmentsOf(projectKey());
        emit edited();
    });
    connect(m_environment->lineEdit(), &QLineEdit::textEdited, this, &EnvironmentPicker::edited);
    connect(m_project, &QComboBox::activated, this, &EnvironmentPicker::onProjectChosen);
    connect(m_environment, &QComboBox::activated, this, &EnvironmentPicker::onEnvironmentChosen);
    connect(m_projects, &ProjectListModel::pageLoaded, this, &EnvironmentPicker::onProjectsLoaded);
    connect(m_projects, &ProjectListModel::loadingChanged, this, &EnvironmentPicker::updateStatus);
    connect(m_projects, &ProjectListModel::errorChanged, this, &EnvironmentPicker::updateStatus);
    m_project->installEventFilter(this);
    m_project->lineEdit()->installEventFilter(this);
}

EnvironmentPicker::~EnvironmentPicker() = default;

void EnvironmentPicker::setEnabled(bool enabled)
{
    const QList<QWidget *> widgets {m_project, m_environment, m_projectLabel, m_environmentLabel};
    for (QWidget *widget : widgets)
        widget->setEnabled(enabled);
    if (!enabled)
        m_status->setVisible(false);
}

void EnvironmentPicker::setKeys(const QString &projectKey, const QString &environmentKey)
{
    forgetLists();
    m_project->setEditText(projectKey);
    m_environment->setEditText(environmentKey);
}

void EnvironmentPicker::forgetLists()
{
    m_searchTimer->stop();
    const QString project = projectKey();
    const QString environment = environmentKey();
    m_projects->setApi(nullptr);
    m_environments->setEnvironments({});
    m_loaded = false;
    m_unavailable.clear();
    // Emptying the models must not empty what the person typed.
    m_project->setEditText(project);
    m_environment->setEditText(environment);
    updateStatus();
}

QString EnvironmentPicker::projectKey() const
{
    return m_project->currentText().trimmed();
}

QString EnvironmentPicker::environmentKey() const
{
    return m_environment->currentText().trimmed();
}

void EnvironmentPicker::loadProjects(bool search)
{
    m_searchTimer->stop();
    m_unavailable.clear();
    std::shared_ptr<AccountApi> api = m_provider ? m_provider(&m_unavailable) : nullptr;
    if (!api) {
        if (m_unavailable.isEmpty())
            m_unavailable = tr("The projects cannot be listed for this connection.");
        updateStatus();
        return;
    }
    const QString project = projectKey();
    const QString environment = environmentKey();
    m_loaded = true;
    m_projects->setApi(std::move(api));
    m_projects->load(search ? project : QString());
    m_project->setEditText(project);
    m_environment->setEditText(environment);
    updateStatus();
}

bool EnvironmentPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && !m_loaded && m_project->isEnabled())
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded)
                loadProjects();
        });
    return QObject::eventFilter(watched, event);
}

void EnvironmentPicker::onProjectChosen(int row)
{
    const QString key = m_projects->index(row, 0).data(ProjectListModel::KeyRole).toString();
    if (key.isEmpty())
        return;
    m_project->setEditText(key);
    m_searchTimer->stop();
    showEnvironmentsOf(key);
    m_environment->setEditText(QString());
    if (m_environments->rowCount() == 1) { // nothing to choose
        m_environment->setEditText(
            m_environments->index(0, 0).data(EnvironmentListModel::KeyRole).toString());
    }
    emit edited();
}

void EnvironmentPicker::onEnvironmentChosen(int row)
{
    const QString key
        = m_environments->index(row, 0).data(EnvironmentListModel::KeyRole).toString();
    if (key.isEmpty())
        return;
    m_environment->setEditText(key);
    emit edited();
}

void EnvironmentPicker::onProjectsLoaded()
{
    const QString project = projectKey();
    const QString environment = environmentKey();
    m_project->setCurrentIndex(-1);
    m_project->setEditText(project);
    if (m_environments->rowCount() == 0)
        showEnvironmentsOf(project);
    m_environment->setEditText(environment);
    updateStatus();
}

void EnvironmentPicker::showEnvironmentsOf(const QString &projectKey)
{
    const QString environment = environmentKey();
    const std::optional<ProjectSummary> project = m_projects->project(projectKey);
    m_environments->setEnvironments(project ? project->environments : QList<EnvironmentSummary>());
    m_environment->setCurrentIndex(-1);
    m_environment->setEditText(environment);
}

void EnvironmentPicker::updateStatus()
{
    QString text;
    if (!m_unavailable.isEmpty())
        text = m_unavailable;
    else if (m_projects->isLoading())
        text = tr("Loading projects…");
    else if (const std::optional<ApiError> error = m_projects->error())
        text = tr("The projects could not be listed: %1").arg(error->userMessage());
    else if (m_loaded && m_projects->rowCount() == 0)
        text = tr("No project matches.");
    else if (m_loaded && m_projects->rowCount() == 1)
        text = tr("1 project listed: open the list to choose.");
    else if (m_loaded)
        text = tr("%1 projects listed: open the list to choose.").arg(m_projects->rowCount());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace ctx
