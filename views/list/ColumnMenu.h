#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMenu;
class QWidget;

namespace ctx {

class AttributeCatalog;
class ContextTableView;

// Builds the column menu that the table header's context menu and the toolbar's
// Attributes button share: a check for each built-in and attribute column (the last
// visible one cannot be unchecked), "Add attribute column" (the catalog's names, then
// "Other…"), "Remove column", "Fit to contents" and "Reset columns to defaults".
//
// Actions carry object names for tests and automation: "showColumn:<id>",
// "addColumn:<pointer>", "addColumnOther", "removeColumn", "fitColumn", "fitAllColumns",
// "resetColumns", "reloadAttributeNames".
class ColumnMenu
{
    Q_DECLARE_TR_FUNCTIONS(ctx::ColumnMenu)
public:
    // Replaces the content of `menu`. `section` is the header section the menu was opened
    // on (-1: none, as from the Attributes button); `catalog` may be nullptr.
    static void populate(
        QMenu *menu, ContextTableView *table, AttributeCatalog *catalog, int section = -1);

    // The default prompt for "Other…": an input dialog that insists on a JSON pointer
    // (starting with "/"). Nullopt when cancelled.
    static std::optional<QString> askForPointer(QWidget *parent);

    // Whether a catalog pointer is worth offering as a column: not one a built-in shows
    // ("/key", "/kind", "/name") and not metadata ("/_meta...").
    static bool isOffered(const QString &pointer);

    // How many of the catalog's names the submenu lists.
    static constexpr int maxOffered = 100;
};

} // namespace ctx
