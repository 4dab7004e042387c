#include "ProjectListModel.h"

#include <utility>

namespace ctx {

namespace {

// "Name (key)", or just the key when the name is empty or the same.
QString nameAndKey(const QString &name, const QString &key)
{
    if (name.isEmpty() || name == key)
        return key;
    return QStringLiteral("%1 (%2)").arg(name, key);
}

} // namespace

struct ProjectListModel::Private
{
    std::shared_ptr<AccountApi> api;
    QList<ProjectSummary> rows;
    QString search;
    bool started = false; // load() was called for the current api
    bool hasMore = false;
    int nextOffset = 0;
    std::optional<int> totalCount;
    RequestHandle pending;
    std::optional<ApiError> error;
    quint64 generation = 0;
};

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(std::make_unique<Private>())
{
}

ProjectListModel::~ProjectListModel() = default;

void ProjectListModel::setApi(std::shared_ptr<AccountApi> api)
{
    clear();
    d->api = std::move(api);
    d->started = false;
}

void ProjectListModel::load(const QString &search)
{
    clear();
    d->search = search.trimmed();
    d->started = d->api != nullptr;
    if (d->started)
        request();
}

void ProjectListModel::clear()
{
    // State first: views (and QAbstractItemModelTester) call canFetchMore()/fetchMore() from
    // inside the reset, which must not start a request for the old search.
    ++d->generation;
    if (d->pending)
        d->pending->cancel();
    d->hasMore = false;
    d->nextOffset = 0;
    d->totalCount.reset();
    setPending(nullptr);
    if (!d->rows.isEmpty()) {
        beginResetModel();
        d->rows.clear();
        endResetModel();
    }
    setError(std::nullopt);
}

void ProjectListModel::request()
{
    const quint64 generation = d->generation;
    setPending(d->api->projects(d->search, d->nextOffset, PageSize,
        replyTo<ProjectsPage>(this, [this, generation](const Result<ProjectsPage> &result) {
            onPage(generation, result);
        })));
}

void ProjectListModel::onPage(quint64 generation, const Result<ProjectsPage> &result)
{
    if (generation != d->generation)
        return; // a reply to an earlier load
    if (!result.ok()) {
        d->hasMore = false;
        setPending(nullptr);
        setError(result.error());
        return;
    }
    const ProjectsPage &page = result.value();
    const auto first = static_cast<int>(d->rows.size());
    const auto count = static_cast<int>(page.items.size());
    // State first, rows last: inserting rows may make a view ask for the next page at once.
    d->nextOffset += count;
    d->totalCount = page.totalCount;
    // An empty page ends the list even when the server claims more, so paging cannot loop.
    d->hasMore
        = count > 0 && (page.hasNext || (page.totalCount && first + count < *page.totalCount));
    setPending(nullptr);
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        d->rows.append(page.items);
        endInsertRows();
    }
    emit pageLoaded();
}

void ProjectListModel::setError(std::optional<ApiError> error)
{
    if (!error && !d->error)
        return;
    d->error = std::move(error);
    emit errorChanged();
}

void ProjectListModel::setPending(RequestHandle pending)
{
    const bool wasLoading = d->pending != nullptr;
    d->pending = std::move(pending);
    if (wasLoading != (d->pending != nullptr))
        emit loadingChanged(d->pending != nullptr);
}

bool ProjectListModel::isLoading() const
{
    return d->pending != nullptr;
}

std::optional<ApiError> ProjectListModel::error() const
{
    return d->error;
}

QString ProjectListModel::search() const
{
    return d->search;
}

std::optional<int> ProjectListModel::totalCount() const
{
    return d->totalCount;
}

int ProjectListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).key == key)
            return i;
    }
    return -1;
}

std::optional<ProjectSummary> ProjectListModel::project(const QString &key) const
{
    const int row = rowOfKey(key);
    if (row < 0)
        return std::nullopt;
    return d->rows.at(row);
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(d->rows.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    // Editable combo boxes ask with an invalid index: an answer, not a warning.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectSummary &project = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return nameAndKey(project.name, project.key);
    case Qt::ToolTipRole:
        return tr("Project key: %1").arg(project.key);
    case KeyRole:
        return project.key;
    default:
        return {};
    }
}

bool ProjectListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->api && d->started && d->hasMore && !d->pending && !d->error;
}

void ProjectListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}

EnvironmentListModel::EnvironmentListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EnvironmentListModel::setEnvironments(const QList<EnvironmentSummary> &environments)
{
    beginResetModel();
    m_environments = environments;
    endResetModel();
}

int EnvironmentListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_environments.size(); ++i) {
        if (m_environments.at(i).key == key)
            return i;
    }
    return -1;
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_environments.size());
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    // Editable combo boxes ask with an invalid index: an answer, not a warning.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvironmentSummary &environment = m_environments.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = nameAndKey(environment.name, environment.key);
        return environment.critical ? tr("%1 — critical").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return environment.critical
            ? tr("Environment key: %1. Marked as critical in LaunchDarkly.").arg(environment.key)
            : tr("Environment key: %1").arg(environment.key);
    case KeyRole:
        return environment.key;
    case CriticalRole:
        return environment.critical;
    default:
        return {};
    }
}

} // namespace ctx
