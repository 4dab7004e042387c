#pragma once

#include "DetailSection.h"

class QLabel;
class QTableView;

namespace ctx {

// Instances: every context instance that holds this context; selecting one shows the
// contexts of that instance below.
class InstancesSection : public DetailSection
{
    Q_OBJECT
public:
    explicit InstancesSection(ContextDetail *detail, QWidget *parent = nullptr);

    QTableView *instanceTable() const { return m_instances; }
    QTableView *contextTable() const { return m_contexts; }

protected:
    QString loadedText() const override;
    void sectionUpdated() override;

private:
    QTableView *m_instances;
    QLabel *m_contextsLabel;
    QTableView *m_contexts;
};

} // namespace ctx
