#include "InstanceListModel.h"

#include "RelativeTime.h"

namespace ctx {

InstanceListModel::InstanceListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void InstanceListModel::setInstances(const QList<ContextInstance> &instances)
{
    beginResetModel();
    m_instances = instances;
    endResetModel();
}

QStringList InstanceListModel::distinctInstanceIds() const
{
    QStringList ids;
    for (const ContextInstance &instance : m_instances) {
        if (!ids.contains(instance.id))
            ids.append(instance.id);
    }
    return ids;
}

void InstanceListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_instances.size());
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstanceListModel::displayText(const ContextInstance &instance, int column) const
{
    switch (column) {
    case InstanceColumn:
        return instance.id;
    case ContextsColumn:
        return instance.kindKeys().join(QStringLiteral(", "));
    case LastSeenColumn:
        return RelativeTime::format(instance.lastSeen, m_clock());
    case SourceColumn:
        return instance.applicationId;
    case AnonymousKindsColumn:
        return instance.anonymousKinds.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextInstance &instance = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(instance, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LastSeenColumn:
            return RelativeTime::tooltip(instance.lastSeen);
        case SourceColumn:
            if (instance.applicationId.isEmpty())
                return tr("The server did not say which application sent this instance.");
            break;
        case ContextsColumn:
            return instance.kindKeys().join(QLatin1Char('\n'));
        case AnonymousKindsColumn:
            if (!instance.anonymousKinds.isEmpty())
                return tr("Kinds the SDK left out of this instance because they were anonymous: "
                          "%1")
                    .arg(instance.anonymousKinds.join(QStringLiteral(", ")));
            break;
        default:
            break;
        }
        return displayText(instance, index.column());
    case SortValueRole:
        if (index.column() == LastSeenColumn)
            return instance.lastSeen;
        return displayText(instance, index.column());
    case InstanceIdRole:
        return instance.id;
    default:
        return {};
    }
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case InstanceColumn:
            return tr("Instance");
        case ContextsColumn:
            return tr("Contexts");
        case LastSeenColumn:
            return tr("Last seen");
        case SourceColumn:
            return tr("Source");
        case AnonymousKindsColumn:
            return tr("Anonymous kinds");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == AnonymousKindsColumn)
        return tr("Kinds the SDK dropped from the instance because they were anonymous.");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ctx
