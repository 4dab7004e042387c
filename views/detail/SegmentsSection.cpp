#include "SegmentsSection.h"

#include "SegmentListModel.h"
#include "TableSetup.h"

#include <QTableView>
#include <QVBoxLayout>

namespace ctx {

SegmentsSection::SegmentsSection(ContextDetail *detail, QWidget *parent)
    : DetailSection(detail, ContextDetail::Section::Segments, parent)
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("segmentsSection"));
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setAccessibleName(tr("Segments"));
    m_table->setAccessibleDescription(
        tr("Whether this context is a member of each segment, and why"));
    TableSetup::apply(m_table);
    m_table->setModel(detail->segments());
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 100);
    contentLayout()->addWidget(m_table, 1);
}

QString SegmentsSection::loadedText() const
{
    const SegmentListModel *model = detail()->segments();
    int members = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(SegmentListModel::IsMemberRole).toBool())
            ++members;
    }
    return tr("Member of %1 of %2 segments").arg(members).arg(model->rowCount());
}

} // namespace ctx
