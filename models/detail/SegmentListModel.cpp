#include "SegmentListModel.h"

#include <algorithm>

namespace ctx {

namespace {
QString displayName(const SegmentMembership &segment)
{
    return segment.name.isEmpty() ? segment.key : segment.name;
}
} // namespace

SegmentListModel::SegmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentListModel::setSegments(const QList<SegmentMembership> &segments)
{
    beginResetModel();
    m_segments = segments;
    std::stable_sort(m_segments.begin(), m_segments.end(),
        [](const SegmentMembership &a, const SegmentMembership &b) {
            if (a.isMember != b.isMember)
                return a.isMember;
            const int byName = displayName(a).localeAwareCompare(displayName(b));
            if (byName != 0)
                return byName < 0;
            return a.key < b.key;
        });
    endResetModel();
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SegmentListModel::whyText(const SegmentMembership &segment) const
{
    QString text;
    if (segment.isIndividuallyTargeted)
        text = tr("Targeted individually");
    else if (segment.isRuleTargeted)
        text = tr("Matched a rule");
    else
        text = tr("—");
    if (segment.unbounded)
        text = tr("%1 (big segment)").arg(text);
    if (!segment.external.isEmpty())
        text = tr("%1 (synced from %2)").arg(text, segment.external);
    return text;
}

QString SegmentListModel::displayText(const SegmentMembership &segment, int column) const
{
    switch (column) {
    case SegmentColumn:
        return displayName(segment);
    case KeyColumn:
        return segment.key;
    case MemberColumn:
        return segment.isMember ? tr("Member") : tr("Not a member");
    case WhyColumn:
        return whyText(segment);
    default:
        return {};
    }
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentMembership &segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(segment, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SegmentColumn && !segment.description.isEmpty())
            return segment.description;
        if (index.column() == WhyColumn && segment.unbounded)
            return tr("A big segment: its membership is stored outside LaunchDarkly's flag "
                      "data.");
        return displayText(segment, index.column());
    case SegmentKeyRole:
        return segment.key;
    case IsMemberRole:
        return segment.isMember;
    case SiteLinkRole:
        return segment.siteLink;
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SegmentColumn:
        return tr("Segment");
    case KeyColumn:
        return tr("Key");
    case MemberColumn:
        return tr("Member");
    case WhyColumn:
        return tr("Why");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace ctx
