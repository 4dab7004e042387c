#include "ContextRecordListModel.h"

#include "RelativeTime.h"

namespace ctx {

ContextRecordListModel::ContextRecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ContextRecordListModel::setRecords(const QList<ContextRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void ContextRecordListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int ContextRecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ContextRecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContextRecordListModel::displayText(const ContextRecord &record, int column) const
{
    switch (column) {
    case KindColumn:
        return record.kind;
    case KeyColumn:
        return record.key;
    case NameColumn:
        return record.name;
    case SourceColumn:
        return record.applicationId;
    case LastSeenColumn:
        return RelativeTime::format(record.lastSeen, m_clock());
    default:
        return {};
    }
}

QVariant ContextRecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextRecord &record = m_records.at(index.row());
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

QVariant ContextRecordListModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace ctx
