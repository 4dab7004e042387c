#pragma once

#include "ContextRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace ctx {

// A plain list of contexts, e.g. the contexts of the instance selected in the detail pane.
class ContextRecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, KeyColumn, NameColumn, SourceColumn, LastSeenColumn, ColumnCount };
    enum Role {
        SortValueRole = Qt::UserRole + 1, // QDateTime for Last seen, text otherwise
        KindKeyRole, // "kind:key"
    };
    Q_ENUM(Column)

    explicit ContextRecordListModel(QObject *parent = nullptr);

    void setRecords(const QList<ContextRecord> &records);
    QList<ContextRecord> records() const { return m_records; }
    const ContextRecord &record(int row) const { return m_records.at(row); }

    // For tests: what "now" is when formatting relative times.
    void setClock(std::function<QDateTime()> clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const ContextRecord &record, int column) const;

    QList<ContextRecord> m_records;
    std::function<QDateTime()> m_clock;
};

} // namespace ctx
