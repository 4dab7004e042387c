#pragma once

#include "AttributeCatalog.h"
#include "ColumnLayout.h"
#include "ColumnLayoutController.h"
#include "ContextListModel.h"

#include <QPointer>
#include <QTableView>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QSettings;

namespace ctx {

class TableCopyActions;

// The Contexts list table. Asks for the next page well before the last row comes
// into view, so that scrolling rarely meets the end of what is loaded.
//
// Its columns (built-in ones shown or hidden, attribute columns, order, widths, sort) are a
// ColumnLayout that ColumnLayoutController keeps, saves and restores per scope. The header's
// context menu (ColumnMenu) changes them.
//
// Keyboard: Ctrl+C copies the selected rows (with a header line, visible columns in visual
// order) as tab-separated text; copyCellAction() and copyJsonAction() copy the current cell
// and the selected contexts as JSON (TableCopyActions); Escape clears the selection (and, with it,
// the details), and does nothing when there is none.
class ContextTableView : public QTableView
{
    Q_OBJECT
public:
    // Asks for a JSON pointer ("Add attribute column > Other…"); nullopt: cancelled.
    using PointerPrompt = std::function<std::optional<QString>(QWidget *parent)>;

    explicit ContextTableView(QWidget *parent = nullptr);
    ~ContextTableView() override;

    void setContextModel(ContextListModel *model);
    ContextListModel *contextModel() const { return m_model; }

    // The column layout and where it is saved (ColumnLayoutController); the functions below
    // are its, for the menus and the tab.
    ColumnLayoutController *columnLayoutController() const { return m_columns; }
    // Where layouts are saved: nullptr (the default) is the application's QSettings.
    void setLayoutSettings(QSettings *settings) { m_columns->setSettings(settings); }
    // Restores the layout saved for `scope` and saves every later change there (see
    // LayoutStore::scope()). Call it before the model's environment is set, so that the saved
    // sort applies to the first request.
    void setLayoutScope(const QString &scope) { m_columns->setScope(scope); }
    QString layoutScope() const { return m_columns->scope(); }
    ColumnLayout columnLayout() const { return m_columns->layout(); }
    void applyColumnLayout(const ColumnLayout &layout) { m_columns->apply(layout); }
    void resetColumns() { m_columns->reset(); }
    bool isColumnShown(const ContextColumn &column) const { return m_columns->isShown(column); }
    bool canHideColumn(const ContextColumn &column) const { return m_columns->canHide(column); }
    void setColumnShown(const ContextColumn &column, bool shown)
    {
        m_columns->setShown(column, shown);
    }
    bool addAttributeColumn(const QString &pointer) { return m_columns->addAttribute(pointer); }
    void removeAttributeColumn(const QString &pointer) { m_columns->removeAttribute(pointer); }
    // "Other…": asks for a pointer through the prompt, then adds its column.
    bool askForAttributeColumn();
    void setPointerPrompt(PointerPrompt prompt);

    // The attribute names offered by the column menus (may be nullptr).
    void setAttributeCatalog(AttributeCatalog *catalog);
    AttributeCatalog *attributeCatalog() const { return m_catalog; }
    // The header's context menu for `section` (-1: none), owned by the caller.
    QMenu *createHeaderMenu(int section);

    // Edit → Copy rows (Ctrl+C while the table has the focus), Copy cell, Copy rows as JSON,
    // Select all (Ctrl+A): see TableCopyActions.
    TableCopyActions *copyActions() const { return m_copy; }
    QAction *copyRowsAction() const;
    QAction *copyCellAction() const;
    QAction *copyJsonAction() const;
    QAction *selectAllAction() const;

    // How many rows before the end the next page is requested.
    static constexpr int prefetchRows = 100;
    // Resizing is saved this long after the last change.
    static constexpr int saveDelayMs = ColumnLayoutController::saveDelayMs;

signals:
    // The layout changed (and was saved when there is a scope).
    void columnLayoutChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void prefetchIfNearEnd();

    QPointer<ContextListModel> m_model;
    QPointer<AttributeCatalog> m_catalog;
    PointerPrompt m_pointerPrompt;
    TableCopyActions *m_copy = nullptr;
    ColumnLayoutController *m_columns = nullptr;
};

} // namespace ctx
