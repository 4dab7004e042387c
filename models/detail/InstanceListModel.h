#pragma once

#include "ContextDetailTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace ctx {

// The context instances a context appeared in: one row per instance and source version
// (several rows can share an instance id).
class InstanceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        InstanceColumn,
        ContextsColumn,
        LastSeenColumn,
        SourceColumn,
        AnonymousKindsColumn,
        ColumnCount
    };
    enum Role {
        SortValueRole = Qt::UserRole + 1, // QDateTime for Last seen, text otherwise
        InstanceIdRole, // QString
    };
    Q_ENUM(Column)

    explicit InstanceListModel(QObject *parent = nullptr);

    void setInstances(const QList<ContextInstance> &instances);
    QList<ContextInstance> instances() const { return m_instances; }
    const ContextInstance &instance(int row) const { return m_instances.at(row); }
    // The instance ids, each once, in row order.
    QStringList distinctInstanceIds() const;

    // For tests: what "now" is when formatting relative times.
    void setClock(std::function<QDateTime()> clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const ContextInstance &instance, int column) const;

    QList<ContextInstance> m_instances;
    std::function<QDateTime()> m_clock;
};

} // namespace ctx
