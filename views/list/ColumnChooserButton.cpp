#include "ColumnChooserButton.h"

#include "AttributeCatalog.h"
#include "ColumnMenu.h"
#include "ContextTableView.h"

#include <QMenu>

namespace ctx {

ColumnChooserButton::ColumnChooserButton(
    ContextTableView *table, AttributeCatalog *catalog, QWidget *parent)
    : QToolButton(parent)
    , m_table(table)
    , m_catalog(catalog)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("columnChooserButton"));
    setText(tr("Attributes"));
    setToolTip(tr("Choose the list's columns: show or hide the built-in ones, add attributes "
                  "as columns"));
    setPopupMode(QToolButton::InstantPopup); // draws the ▾
    m_menu->setObjectName(QStringLiteral("columnChooserMenu"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooserButton::refill);
    if (catalog) {
        // Names that arrive while the menu is open show at once.
        connect(catalog, &AttributeCatalog::changed, this, [this] {
            if (m_menu->isVisible())
                refill();
        });
    }
}

void ColumnChooserButton::refill()
{
    if (m_table)
        ColumnMenu::populate(m_menu, m_table, m_catalog);
}

} // namespace ctx
