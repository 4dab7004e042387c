#pragma once

#include "ContextDetailTypes.h"

#include <QAbstractTableModel>

namespace ctx {

// The segments evaluated for a context: members first, then by name.
class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SegmentColumn, KeyColumn, MemberColumn, WhyColumn, ColumnCount };
    enum Role {
        SegmentKeyRole = Qt::UserRole + 1, // QString
        IsMemberRole, // bool
        SiteLinkRole, // QString: the segment's page, relative to the base URL
    };
    Q_ENUM(Column)

    explicit SegmentListModel(QObject *parent = nullptr);

    void setSegments(const QList<SegmentMembership> &segments);
    QList<SegmentMembership> segments() const { return m_segments; }
    const SegmentMembership &segment(int row) const { return m_segments.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const SegmentMembership &segment, int column) const;
    QString whyText(const SegmentMembership &segment) const;

    QList<SegmentMembership> m_segments;
};

} // namespace ctx
