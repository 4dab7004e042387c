#pragma once

#include "AppModels.h"

#include <QWidget>

class QMenu;
class QSplitter;

namespace ctx {

class ContextTableView;
class DetailPane;
class FilterBar;
struct SavedView;

// The Contexts tab: the filter bar above the list and the detail pane beside it, kept in
// step (filter → query, selection → details, delete → row removed, 400 → filter message).
class ContextsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ContextsTab(const AppModels &models, QWidget *parent = nullptr);

    ContextTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detailPane; }
    FilterBar *filterBar() const { return m_filterBar; }
    QSplitter *splitter() const { return m_splitter; }

    // Selects the row of that context when it is loaded, else opens its details directly
    // (--select KIND:KEY and Context → Go to context…).
    void selectContext(const QString &kind, const QString &key);

    // The rows' context menu for `row` (copy, open in the web UI, delete), owned by the caller.
    QMenu *createRowMenu(int row);

    // The current kinds, filter, columns and sort, and back.
    SavedView captureView(const QString &name) const;
    void applyView(const SavedView &view);

private:
    void onCurrentRowChanged();
    void showRowMenu(const QPoint &pos);

    AppModels m_models;
    FilterBar *m_filterBar;
    ContextTableView *m_table;
    DetailPane *m_detailPane;
    QSplitter *m_splitter;
};

} // namespace ctx
