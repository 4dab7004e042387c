#pragma once

#include <QList>
#include <QObject>

class QAction;
class QTableView;

namespace ctx {

class ContextListModel;

// The Contexts table's Edit actions: Copy rows (Ctrl+C), Copy cell, Copy rows as JSON and
// Select all (Ctrl+A), each enabled only when it has something to act on. Their shortcuts
// are the table's own (Qt::WidgetShortcut): they act while the table has the focus, so that
// the filter boxes and the detail pane keep theirs. What is copied is TableCopy's.
class TableCopyActions : public QObject
{
    Q_OBJECT
public:
    // Adds the actions to `table` (and is its child).
    explicit TableCopyActions(QTableView *table);

    // Follows the table's model and selection model; call after QTableView::setModel().
    void setModel(ContextListModel *model);

    QAction *copyRowsAction() const { return m_rows; }
    QAction *copyCellAction() const { return m_cell; }
    QAction *copyJsonAction() const { return m_json; }
    QAction *selectAllAction() const { return m_selectAll; }

    // The selected rows, in model order (a current row alone is not a selection).
    static QList<int> selectedRows(const QTableView *table);
    // The visible columns, in the order the header shows them.
    static QList<int> visibleColumns(const QTableView *table);

    // What the actions do: put text on the clipboard (nothing when there is nothing to copy).
    void copyRows();
    void copyCell();
    void copyRowsAsJson();

private:
    void update();

    QTableView *m_table;
    ContextListModel *m_model = nullptr;
    QAction *m_rows;
    QAction *m_cell;
    QAction *m_json;
    QAction *m_selectAll;
};

} // namespace ctx
