#include "ContextListModel.h"

#include "RelativeTime.h"

namespace ctx {

namespace {
constexpr int relativeTimeRefreshMs = 30 * 1000;
}

ContextListModel::ContextListModel(ContextsApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_relativeTimeTimer.setInterval(relativeTimeRefreshMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(
                index(0, LastSeenColumn), index(rowCount() - 1, LastSeenColumn), {Qt::DisplayRole});
    });
    m_relativeTimeTimer.start();
}

ContextListModel::~ContextListModel()
{
    if (m_pending)
        m_pending->cancel();
}

void ContextListModel::setEnvironment(const EnvironmentRef &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    startOver(false); // another environment's rows must not stay on screen
}

void ContextListModel::setQuery(const ContextQuery &query)
{
    if (query == m_query && (m_firstPageDone || m_pending))
        return;
    m_query = query;
    startOver(true);
}

void ContextListModel::reload()
{
    startOver(true);
}

void ContextListModel::retry()
{
    if (m_pending || !m_error)
        return;
    requestPage();
}

void ContextListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ContextListModel::startOver(bool keepRowsUntilReplaced)
{
    ++m_generation;
    if (m_pending) {
        m_pending->cancel();
        m_pending.reset();
    }
    m_cursor.clear();
    m_firstPageDone = false;
    m_error.reset();
    if (keepRowsUntilReplaced && !m_rows.isEmpty()) {
        // The rows stay until the new first page replaces them: no flicker, and when the
        // server rejects the new query (a bad filter) the last good results stay.
        m_showingPrevious = true;
    } else {
        beginResetModel();
        m_rows.clear();
        m_totalCount.reset();
        m_showingPrevious = false;
        endResetModel();
    }
    if (m_environment.projectKey.isEmpty() || m_environment.environmentKey.isEmpty()) {
        emit stateChanged();
        return;
    }
    requestPage();
}

void ContextListModel::requestPage()
{
    m_error.reset();
    const quint64 generation = m_generation;
    m_pending = m_api->searchContexts(m_environment, m_query, m_cursor,
        [this, generation](Result<ContextsPage> result) { onPage(generation, std::move(result)); });
    emit stateChanged();
}

void ContextListModel::onPage(quint64 generation, Result<ContextsPage> result)
{
    if (generation != m_generation)
        return; // a reply to a query that is no longer on screen
    m_pending.reset();
    const bool wasFirst = !m_firstPageDone;
    if (!result.ok()) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return;
        m_error = result.error();
        emit stateChanged();
        emit errorOccurred(*m_error);
        if (wasFirst)
            emit firstPageLoaded();
        return;
    }
    ContextsPage &page = result.value();
    m_firstPageDone = true;
    m_cursor = page.continuationToken;
    if (wasFirst)
        m_totalCount.reset();
    if (page.totalCount)
        m_totalCount = page.totalCount;
    if (m_showingPrevious) {
        beginResetModel();
        m_rows = std::move(page.items);
        m_showingPrevious = false;
        endResetModel();
    } else if (!page.items.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
        m_rows.append(std::move(page.items));
        endInsertRows();
    }
    emit stateChanged();
    if (wasFirst)
        emit firstPageLoaded();
}

int ContextListModel::rowOf(const QString &kind, const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

void ContextListModel::removeContext(const QString &kind, const QString &key)
{
    // From the end, so that the rows still to visit keep their numbers.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const ContextRecord &record = m_rows.at(row);
        if (record.kind != kind || record.key != key)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        if (m_totalCount && *m_totalCount > 0)
            --*m_totalCount;
    }
    emit stateChanged();
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContextListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextListModel::displayText(const ContextRecord &record, int column) const
{
    switch (column) {
    case KindColumn:
        return record.kind;
    case KeyColumn:
        return record.key;
    case NameColumn:
        return record.name;
    case LastSeenColumn:
        return RelativeTime::format(record.lastSeen, m_clock());
    case SourceColumn:
        return record.applicationId;
    default:
        return {};
    }
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextRecord &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastSeenColumn)
            return RelativeTime::tooltip(record.lastSeen);
        if (index.column() == SourceColumn && record.applicationId.isEmpty())
            return tr("The server did not say which application sent this context.");
        return displayText(record, index.column());
    case SortValueRole:
        if (index.column() == LastSeenColumn)
            return record.lastSeen;
        return displayText(record, index.column());
    case KindKeyRole:
        return record.kindKey();
    default:
        return {};
    }
}

QVariant ContextListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KindColumn:
            return tr("Kind");
        case KeyColumn:
            return tr("Key");
        case NameColumn:
            return tr("Name");
        case LastSeenColumn:
            return tr("Last seen");
        case SourceColumn:
            return tr("Source");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == LastSeenColumn)
            return tr("When LaunchDarkly last saw this context. Click to reverse the order.");
        if (section == SourceColumn)
            return tr("The application or SDK that sent this version of the context "
                      "(applicationId).");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ContextListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_firstPageDone && !m_cursor.isEmpty() && !m_pending && !m_error;
}

void ContextListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ContextListModel::sort(int column, Qt::SortOrder order)
{
    if (column != LastSeenColumn)
        return;
    ContextQuery query = m_query;
    query.sort = order == Qt::DescendingOrder ? SortOrder::NewestFirst : SortOrder::OldestFirst;
    setQuery(query);
}

} // namespace ctx
