#pragma once

#include "AttributeCatalog.h"
#include "ContextTableView.h"

#include <QPointer>
#include <QToolButton>

class QMenu;

namespace ctx {

// "Attributes ▾" for the toolbar: the table's column menu (ColumnMenu), with the attribute
// names the catalog has seen in the environment, those whose values are sometimes private
// marked "(private values)".
class ColumnChooserButton : public QToolButton
{
    Q_OBJECT
public:
    ColumnChooserButton(
        ContextTableView *table, AttributeCatalog *catalog, QWidget *parent = nullptr);

    // The menu, filled afresh each time it is about to show (refill() does it now).
    QMenu *columnMenu() const { return m_menu; }
    void refill();

private:
    QPointer<ContextTableView> m_table;
    QPointer<AttributeCatalog> m_catalog;
    QMenu *m_menu;
};

} // namespace ctx
