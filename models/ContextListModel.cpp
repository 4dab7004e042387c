#include "ContextListModel.h"

#include "ClientSort.h"
#include "ContextExpiry.h"
#include "RelativeTime.h"

#include <algorithm>

namespace ctx {

ContextListModel::ContextListModel(ContextsApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_relativeTimeTimer.setInterval(relativeTimeRefreshMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, this, &ContextListModel::refreshRelativeTimes);
    // The timer runs only while there is something to refresh.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
             &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved}) {
        connect(this, signal, this, &ContextListModel::updateRefreshTimer);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &ContextListModel::updateRefreshTimer);
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
    m_sortRejected = false; // another server or environment may well sort
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

void ContextListModel::setRelativeTimeRefreshInterval(int ms)
{
    m_relativeTimeTimer.setInterval(ms);
}

void ContextListModel::setExpiryDecoration(const QVariant &decoration)
{
    m_expiryDecoration = decoration;
}

void ContextListModel::updateRefreshTimer()
{
    const bool wanted
        = !m_rows.isEmpty() && columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen)) >= 0;
    if (!wanted)
        m_relativeTimeTimer.stop();
    else if (!m_relativeTimeTimer.isActive())
        m_relativeTimeTimer.start();
}

void ContextListModel::refreshRelativeTimes()
{
    const int column = columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen));
    if (m_rows.isEmpty() || column < 0)
        return;
    emit dataChanged(index(0, column), index(rowCount() - 1, column),
        {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::AccessibleDescriptionRole,
            ExpiresInDaysRole});
}

bool ContextListModel::nameIsPrivate(const ContextRecord &record)
{
    return record.privateAttributes.contains(QLatin1String("name"))
        || record.privateAttributes.contains(QLatin1String("/name"));
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
    m_probingWithoutSort = false;
    m_error.reset();
    if (keepRowsUntilReplaced && !m_rows.isEmpty()) {
        // The rows stay until the new first page replaces them: no flicker, and when the
        // server rejects the new query (a bad filter) the last good results stay.
        m_showingPrevious = true;
    } else {
        beginResetModel();
        m_rows.clear();
        clearCellCache();
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
    m_pending = m_api->searchContexts(m_environment, sentQuery(), m_cursor,
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
        if (wasFirst && mayBeAboutSort(result.error())) {
            // Some servers reject `sort`. Ask once more without it: if that works, the
            // list pages unsorted and sorts what it has; if not, the filter was the problem.
            m_sortRejected = true;
            m_probingWithoutSort = true;
            requestPage();
            return;
        }
        if (m_probingWithoutSort) {
            m_sortRejected = false; // the 400 was not about sort after all
            m_probingWithoutSort = false;
        }
        m_error = result.error();
        emit stateChanged();
        emit errorOccurred(*m_error);
        if (wasFirst)
            emit firstPageLoaded();
        return;
    }
    ContextsPage &page = result.value();
    m_firstPageDone = true;
    m_probingWithoutSort = false;
    m_cursor = page.continuationToken;
    if (wasFirst)
        m_totalCount.reset();
    if (page.totalCount)
        m_totalCount = page.totalCount;
    if (m_showingPrevious) {
        beginResetModel();
        m_rows = std::move(page.items);
        clearCellCache();
        m_showingPrevious = false;
        endResetModel();
    } else if (!page.items.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
        m_rows.append(std::move(page.items));
        endInsertRows();
    }
    if (m_sortRejected)
        sortLoadedRows();
    emit stateChanged();
    if (wasFirst)
        emit firstPageLoaded();
}

void ContextListModel::setColumns(const QList<ContextColumn> &columns)
{
    QList<ContextColumn> target;
    for (const ContextColumn &column : columns) {
        if (!target.contains(column))
            target.append(column);
    }
    if (target == m_columns)
        return;
    clearCellCache();
    // The columns no longer wanted go first (from the end, so that positions hold)...
    for (int i = static_cast<int>(m_columns.size()) - 1; i >= 0; --i) {
        if (target.contains(m_columns.at(i)))
            continue;
        beginRemoveColumns({}, i, i);
        m_columns.removeAt(i);
        endRemoveColumns();
    }
    // ...then, position by position, the kept ones move into place and new ones come in.
    for (int i = 0; i < target.size(); ++i) {
        if (i < m_columns.size() && m_columns.at(i) == target.at(i))
            continue;
        const int from = static_cast<int>(m_columns.indexOf(target.at(i)));
        if (from > i) {
            beginMoveColumns({}, from, from, {}, i);
            m_columns.move(from, i);
            endMoveColumns();
        } else {
            insertColumnAt(i, target.at(i));
        }
    }
}

void ContextListModel::insertColumnAt(int position, const ContextColumn &column)
{
    beginInsertColumns({}, position, position);
    m_columns.insert(position, column);
    endInsertColumns();
}

int ContextListModel::columnOf(const ContextColumn &column) const
{
    return static_cast<int>(m_columns.indexOf(column));
}

void ContextListModel::clearCellCache()
{
    m_cellCache.clear();
}

CellValue ContextListModel::attributeCell(int row, int column) const
{
    if (const QList<CellValue> *cells = m_cellCache.object(row))
        return cells->at(column);
    QList<CellValue> values = columnValues(m_rows.at(row), m_columns);
    CellValue cell = values.at(column);
    // By value: QCache may evict (delete) any entry on a later insert.
    m_cellCache.insert(row, new QList<CellValue>(std::move(values)));
    return cell;
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
        clearCellCache(); // the rows below moved up
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
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ContextListModel::displayText(const ContextRecord &record, int column) const
{
    switch (m_columns.at(column).builtin.value_or(ContextColumn::Builtin::Kind)) {
    case ContextColumn::Builtin::Kind:
        return record.kind;
    case ContextColumn::Builtin::Key:
        return record.key;
    case ContextColumn::Builtin::Name:
        // Never a private name, even one a server left in the record: the redaction marker.
        if (nameIsPrivate(record))
            return columnValue(record, ContextColumn::attribute(QStringLiteral("/name"))).text;
        return record.name;
    case ContextColumn::Builtin::LastSeen:
        return lastSeenText(record);
    case ContextColumn::Builtin::Source:
        return record.applicationId;
    }
    return {};
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextRecord &record = m_rows.at(index.row());
    if (role == KindKeyRole)
        return record.kindKey();
    const ContextColumn &column = m_columns.at(index.column());
    if (column.isAttribute()) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortValueRole
            && role != RedactedRole)
            return {};
        // Never the value of a private attribute, in any role: the cell holds "[private]".
        const CellValue cell = attributeCell(index.row(), index.column());
        if (role == RedactedRole)
            return cell.redacted;
        if (role != Qt::ToolTipRole)
            return cell.text;
        if (cell.redacted)
            return tr("%1 is a private attribute of this context: its value is not shown.")
                .arg(column.pointer);
        if (cell.missing)
            return tr("This context has no attribute %1.").arg(column.pointer);
        return cell.text;
    }
    const ContextColumn::Builtin builtin = *column.builtin;
    if (builtin == ContextColumn::Builtin::LastSeen)
        return lastSeenData(record, role);
    const bool redactedName = builtin == ContextColumn::Builtin::Name && nameIsPrivate(record);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, index.column());
    case Qt::ToolTipRole:
        if (redactedName)
            return tr("The name is a private attribute of this context: it is not shown.");
        if (builtin == ContextColumn::Builtin::Source && record.applicationId.isEmpty())
            return tr("The server did not say which application sent this context.");
        return displayText(record, index.column());
    case SortValueRole:
        return displayText(record, index.column());
    case RedactedRole:
        return redactedName;
    default:
        return {};
    }
}

QString ContextListModel::lastSeenText(const ContextRecord &record) const
{
    const QDateTime now = m_clock();
    const QString text = RelativeTime::format(record.lastSeen, now);
    // Said in words too, not only by the icon.
    return ContextExpiry::daysLeft(record.lastSeen, now) ? tr("%1 · expiring").arg(text) : text;
}

QVariant ContextListModel::lastSeenData(const ContextRecord &record, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return lastSeenText(record);
    case SortValueRole:
        return record.lastSeen;
    case RedactedRole:
        return false;
    default:
        break;
    }
    if (role != Qt::ToolTipRole && role != Qt::DecorationRole
        && role != Qt::AccessibleDescriptionRole && role != ExpiresInDaysRole)
        return {};
    const std::optional<int> days = ContextExpiry::daysLeft(record.lastSeen, m_clock());
    if (role == Qt::ToolTipRole) {
        const QString times = RelativeTime::tooltip(record.lastSeen);
        return days ? ContextExpiry::text(*days) + QLatin1Char('\n') + times : times;
    }
    if (!days)
        return {};
    if (role == Qt::DecorationRole)
        return m_expiryDecoration;
    if (role == Qt::AccessibleDescriptionRole)
        return ContextExpiry::text(*days);
    return *days;
}

QVariant ContextListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ContextColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title();
    if (role == Qt::ToolTipRole) {
        if (column.isAttribute())
            return tr("The attribute %1 of each context. Private values show as [private].")
                .arg(column.pointer);
        if (column.builtin == ContextColumn::Builtin::LastSeen)
            return tr("When LaunchDarkly last saw this context. Click to reverse the order.");
        if (column.builtin == ContextColumn::Builtin::Source)
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
    if (column < 0 || column >= m_columns.size()
        || m_columns.at(column).builtin != ContextColumn::Builtin::LastSeen)
        return;
    ContextQuery query = m_query;
    query.sort = order == Qt::DescendingOrder ? SortOrder::NewestFirst : SortOrder::OldestFirst;
    if (m_sortRejected && m_firstPageDone && query.kinds == m_query.kinds
        && query.filter == m_query.filter) {
        // The server cannot sort: turn round what is loaded, without asking again.
        m_query = query;
        sortLoadedRows();
        emit stateChanged();
        return;
    }
    setQuery(query);
}

bool ContextListModel::mayBeAboutSort(const ApiError &error) const
{
    if (error.kind() != ApiError::Kind::BadRequest || m_sortRejected
        || m_query.sort == SortOrder::Unsorted)
        return false;
    // With no filter, sort is all a 400 can be about; with one, only when the server says so.
    return m_query.serverFilter().isEmpty()
        || error.detail().contains(QLatin1String("sort"), Qt::CaseInsensitive);
}

ContextQuery ContextListModel::sentQuery() const
{
    ContextQuery query = m_query;
    if (m_sortRejected)
        query.sort = SortOrder::Unsorted;
    return query;
}

void ContextListModel::sortLoadedRows()
{
    const QList<int> order = lastSeenOrder(m_rows, m_query.sort);
    if (std::is_sorted(order.begin(), order.end()))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(order.size());
    QList<ContextRecord> sorted;
    sorted.reserve(m_rows.size());
    for (int position = 0; position < order.size(); ++position) {
        newRowOf[order.at(position)] = position;
        sorted.append(std::move(m_rows[order.at(position)]));
    }
    m_rows = std::move(sorted);
    clearCellCache();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ctx
