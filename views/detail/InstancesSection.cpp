#include "InstancesSection.h"

#include "InstanceListModel.h"
#include "TableSetup.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ctx {

InstancesSection::InstancesSection(ContextDetail *detail, QWidget *parent)
    : DetailSection(detail, ContextDetail::Section::Instances, parent)
    , m_instances(new QTableView(this))
    , m_contextsLabel(new QLabel(tr("Contexts in the selected instance:"), this))
    , m_contexts(new QTableView(this))
{
    setObjectName(QStringLiteral("instancesSection"));
    m_instances->setObjectName(QStringLiteral("instanceTable"));
    m_instances->setAccessibleName(tr("Instances"));
    m_instances->setAccessibleDescription(
        tr("The context instances that hold this context; select one to list its contexts"));
    TableSetup::apply(m_instances);
    m_instances->setModel(detail->instances());
    m_instances->setSelectionMode(QAbstractItemView::SingleSelection);
    contentLayout()->addWidget(m_instances, 3);

    m_contexts->setObjectName(QStringLiteral("instanceContextTable"));
    m_contexts->setAccessibleName(tr("Contexts in the selected instance"));
    TableSetup::apply(m_contexts);
    m_contexts->setModel(detail->instanceContexts());
    m_contextsLabel->setBuddy(m_contexts);
    contentLayout()->addWidget(m_contextsLabel);
    contentLayout()->addWidget(m_contexts, 2);

    connect(m_instances->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            this->detail()->selectInstance(current.isValid() ? current.row() : -1);
        });
}

QString InstancesSection::loadedText() const
{
    const auto ids = detail()->instances()->distinctInstanceIds();
    if (ids.isEmpty())
        return tr("No instances recorded for this context.");
    return ids.size() == 1 ? tr("1 instance") : tr("%1 instances").arg(ids.size());
}

void InstancesSection::sectionUpdated()
{
    if (detail()->instances()->rowCount() > 0 && !m_instances->currentIndex().isValid())
        m_instances->setCurrentIndex(detail()->instances()->index(0, 0));
}

} // namespace ctx
