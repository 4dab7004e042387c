#include "TableCopyActions.h"

#include "ContextListModel.h"
#include "TableCopy.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace ctx {

TableCopyActions::TableCopyActions(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_rows(new QAction(tr("&Copy rows"), table))
    , m_cell(new QAction(tr("Copy c&ell"), table))
    , m_json(new QAction(tr("Copy rows as &JSON"), table))
    , m_selectAll(new QAction(tr("Select &all"), table))
{
    m_rows->setObjectName(QStringLiteral("copyRowsAction"));
    m_rows->setShortcut(QKeySequence::Copy);
    m_rows->setToolTip(tr("Copy the selected rows as tab-separated text, with a header line"));
    connect(m_rows, &QAction::triggered, this, &TableCopyActions::copyRows);

    m_cell->setObjectName(QStringLiteral("copyCellAction"));
    m_cell->setToolTip(tr("Copy the text of the current cell"));
    connect(m_cell, &QAction::triggered, this, &TableCopyActions::copyCell);

    m_json->setObjectName(QStringLiteral("copyJsonAction"));
    m_json->setToolTip(tr("Copy the selected contexts as a JSON array (kind, key, name, "
                          "attributes; private values left out)"));
    connect(m_json, &QAction::triggered, this, &TableCopyActions::copyRowsAsJson);

    m_selectAll->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setToolTip(tr("Select every loaded row"));
    connect(m_selectAll, &QAction::triggered, table, &QAbstractItemView::selectAll);

    for (QAction *action : {m_rows, m_cell, m_json, m_selectAll}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(action);
    }
    update();
}

void TableCopyActions::setModel(ContextListModel *model)
{
    m_model = model;
    if (QItemSelectionModel *selection = m_table->selectionModel()) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, &TableCopyActions::update);
        connect(selection, &QItemSelectionModel::currentChanged, this, &TableCopyActions::update);
    }
    if (model) {
        for (const auto signal :
            {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &TableCopyActions::update);
        connect(model, &QAbstractItemModel::modelReset, this, &TableCopyActions::update);
    }
    update();
}

void TableCopyActions::update()
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const bool rows = m_model && selection && selection->hasSelection();
    m_rows->setEnabled(rows);
    m_json->setEnabled(rows);
    m_cell->setEnabled(m_model && m_table->currentIndex().isValid());
    m_selectAll->setEnabled(m_model && m_model->rowCount() > 0);
}

QList<int> TableCopyActions::selectedRows(const QTableView *table)
{
    QList<int> rows;
    if (!table->selectionModel())
        return rows;
    const QItemSelection selection = table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<int> TableCopyActions::visibleColumns(const QTableView *table)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void TableCopyActions::copyRows()
{
    const QList<int> rows = selectedRows(m_table);
    if (!m_model || rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(
        TableCopy::rowsAsText(m_model, rows, visibleColumns(m_table)));
}

void TableCopyActions::copyCell()
{
    if (m_model && m_table->currentIndex().isValid())
        QGuiApplication::clipboard()->setText(TableCopy::cellText(m_table->currentIndex()));
}

void TableCopyActions::copyRowsAsJson()
{
    const QList<int> rows = selectedRows(m_table);
    if (!m_model || rows.isEmpty())
        return;
    QList<ContextRecord> records;
    records.reserve(rows.size());
    for (const int row : rows)
        records.append(m_model->record(row));
    QGuiApplication::clipboard()->setText(QString::fromUtf8(TableCopy::recordsAsJson(records)));
}

} // namespace ctx
