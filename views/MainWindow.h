#pragma once

#include <QMainWindow>

namespace ctx {

class ContextListModel;
class ContextTableView;
class KindListModel;
class ListStatusWidget;

// The application window: a thin shell that composes the views. It owns no data and
// talks to no server; the models do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ContextListModel *contexts, KindListModel *kinds, QWidget *parent = nullptr);

    // Shown in the title and the toolbar, e.g. "Demo", "demo / production".
    void setConnectionLabel(const QString &connection, const QString &environment);

    ContextTableView *table() const { return m_table; }
    ListStatusWidget *statusWidget() const { return m_status; }

private:
    void createActions();

    ContextListModel *m_contexts;
    KindListModel *m_kinds;
    ContextTableView *m_table;
    ListStatusWidget *m_status;
};

} // namespace ctx
