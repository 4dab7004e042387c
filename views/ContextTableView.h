#pragma once

#include "AttributeCatalog.h"
#include "ColumnLayout.h"
#include "ContextListModel.h"

#include <QHash>
#include <QPointer>
#include <QTableView>
#include <QTimer>

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
// ColumnLayout, saved per scope (connection, project, environment) on every change and
// restored defensively by setLayoutScope(). The header's context menu (ColumnMenu) changes
// them; the last visible column cannot be hidden.
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

    // Where layouts are saved: nullptr (the default) is the application's QSettings.
    void setLayoutSettings(QSettings *settings);
    // Restores the layout saved for `scope` (the defaults when there is none or it is
    // broken) and saves every later change there. An empty scope saves nothing.
    // See LayoutStore::scope(). Call it before the model's environment is set, so that
    // the saved sort applies to the first request.
    void setLayoutScope(const QString &scope);
    QString layoutScope() const { return m_scope; }

    ColumnLayout columnLayout() const;
    // Shows `layout` (repaired if needed), applies its sort to the model's query and saves it.
    void applyColumnLayout(const ColumnLayout &layout);
    // The default columns and widths; the sort stays.
    void resetColumns();

    bool isColumnShown(const ContextColumn &column) const;
    // False for the last visible column (and for a column not shown).
    bool canHideColumn(const ContextColumn &column) const;
    // A built-in column hides or shows; an attribute column is added or removed.
    void setColumnShown(const ContextColumn &column, bool shown);
    // Adds (or shows) the column for a JSON pointer; false when it is not one.
    bool addAttributeColumn(const QString &pointer);
    void removeAttributeColumn(const QString &pointer);
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
    static constexpr int saveDelayMs = 500;

signals:
    // The layout changed (and was saved when there is a scope).
    void columnLayoutChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void prefetchIfNearEnd();
    void syncSortIndicator();
    void restoreLayout();
    void saveLayout();
    void setModelColumns(const QList<ContextColumn> &columns);
    int defaultWidth(const ContextColumn &column) const;
    int visibleCount() const;

    QPointer<ContextListModel> m_model;
    QPointer<AttributeCatalog> m_catalog;
    QPointer<QSettings> m_settings;
    QString m_scope;
    PointerPrompt m_pointerPrompt;
    QHash<QString, int> m_widths; // last known width by column id, for hidden columns
    QTimer m_saveTimer; // debounces resizing
    bool m_applying = false; // changes made by applyColumnLayout() are not saved one by one
    std::optional<SortOrder> m_savedSort;
    TableCopyActions *m_copy = nullptr;
};

} // namespace ctx
