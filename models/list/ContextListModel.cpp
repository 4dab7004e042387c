#include "ContextListModel.h"

#include "RemoteRowSource.h"

namespace ctx {

ContextListModel::ContextListModel(ContextsApi *api, QObject *parent)
    : ContextListModel(new RemoteRowSource(api), parent)
{
}

ContextListModel::ContextListModel(ContextRowSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_source->setParent(this);
    connectSource();
    connect(&m_lastSeen, &LastSeenCells::refreshDue, this, &ContextListModel::refreshRelativeTimes);
    // The timer runs only while there is something to refresh.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
             &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved}) {
        connect(this, signal, this, &ContextListModel::updateRefreshTimer);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &ContextListModel::updateRefreshTimer);
}

ContextListModel::~ContextListModel() = default;

void ContextListModel::connectSource()
{
    const ContextRowSource *source = m_source;
    connect(source, &ContextRowSource::aboutToReplaceRows, this, [this] { beginResetModel(); });
    connect(source, &ContextRowSource::rowsReplaced, this, [this] {
        clearCellCache();
        endResetModel();
    });
    connect(source, &ContextRowSource::aboutToAppendRows, this,
        [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &ContextRowSource::rowsAppended, this, [this] { endInsertRows(); });
    connect(source, &ContextRowSource::aboutToRemoveRow, this,
        [this](int row) { beginRemoveRows({}, row, row); });
    connect(source, &ContextRowSource::rowRemoved, this, [this] {
        clearCellCache(); // the rows below moved up
        endRemoveRows();
    });
    connect(source, &ContextRowSource::aboutToReorderRows, this,
        [this] { emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint); });
    connect(source, &ContextRowSource::rowsReordered, this, &ContextListModel::onRowsReordered);
    connect(source, &ContextRowSource::stateChanged, this, &ContextListModel::stateChanged);
    connect(source, &ContextRowSource::firstPageLoaded, this, &ContextListModel::firstPageLoaded);
    connect(source, &ContextRowSource::errorOccurred, this, &ContextListModel::errorOccurred);
}

void ContextListModel::onRowsReordered(const QList<int> &newRowOf)
{
    clearCellCache();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContextListModel::updateRefreshTimer()
{
    m_lastSeen.setRefreshing(m_source->rowCount() > 0
        && columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen)) >= 0);
}

void ContextListModel::refreshRelativeTimes()
{
    const int column = columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen));
    if (m_source->rowCount() == 0 || column < 0)
        return;
    emit dataChanged(index(0, column), index(rowCount() - 1, column),
        {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::AccessibleDescriptionRole,
            ExpiresInDaysRole});
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
    QList<CellValue> values = columnValues(m_source->record(row), m_columns);
    CellValue cell = values.at(column);
    // By value: QCache may evict (delete) any entry on a later insert.
    m_cellCache.insert(row, new QList<CellValue>(std::move(values)));
    return cell;
}

int ContextListModel::rowOf(const QString &kind, const QString &key) const
{
    for (int row = 0; row < m_source->rowCount(); ++row) {
        if (m_source->record(row).kind == kind && m_source->record(row).key == key)
            return row;
    }
    return -1;
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount();
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
        if (record.nameIsPrivate())
            return columnValue(record, ContextColumn::attribute(QStringLiteral("/name"))).text;
        return record.name;
    case ContextColumn::Builtin::LastSeen:
        return m_lastSeen.text(record.lastSeen);
    case ContextColumn::Builtin::Source:
        return record.applicationId;
    }
    return {};
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextRecord &record = m_source->record(index.row());
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
    const bool redactedName = builtin == ContextColumn::Builtin::Name && record.nameIsPrivate();
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

QVariant ContextListModel::lastSeenData(const ContextRecord &record, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_lastSeen.text(record.lastSeen);
    case SortValueRole:
        return record.lastSeen;
    case RedactedRole:
        return false;
    case Qt::ToolTipRole:
        return m_lastSeen.toolTip(record.lastSeen);
    case Qt::DecorationRole:
        return m_lastSeen.decoration(record.lastSeen);
    case Qt::AccessibleDescriptionRole:
        return m_lastSeen.accessibleDescription(record.lastSeen);
    case ExpiresInDaysRole:
        if (const std::optional<int> days = m_lastSeen.daysLeft(record.lastSeen))
            return *days;
        return {};
    default:
        return {};
    }
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
    return !parent.isValid() && m_source->canFetchMore();
}

void ContextListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_source->fetchMore();
}

void ContextListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size()
        || m_columns.at(column).builtin != ContextColumn::Builtin::LastSeen)
        return;
    m_source->sortByLastSeen(
        order == Qt::DescendingOrder ? SortOrder::NewestFirst : SortOrder::OldestFirst);
}

} // namespace ctx
