#pragma once

#include <QMainWindow>

class QSplitter;

namespace ctx {

class ContextDetail;
class ContextListModel;
class ContextTableView;
class DetailPane;
class KindListModel;
class ListStatusWidget;
class UserPrompts;

// The application window: a thin shell that composes the views (toolbar, list, detail
// pane, status line) and remembers its geometry. It owns no data and talks to no server;
// the models do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ContextListModel *contexts, KindListModel *kinds, ContextDetail *detail,
        UserPrompts *prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the title and the toolbar, e.g. "Demo", "demo / production".
    void setConnectionLabel(const QString &connection, const QString &environment);

    // Selects the row of that context when it is loaded, else opens its details directly.
    void selectContext(const QString &kind, const QString &key);

    ContextTableView *table() const { return m_table; }
    ListStatusWidget *statusWidget() const { return m_status; }
    DetailPane *detailPane() const { return m_detailPane; }

private:
    void createActions();
    void showRowMenu(const QPoint &pos);
    void onCurrentRowChanged();
    void restoreLayout();
    void saveLayout() const;

    ContextListModel *m_contexts;
    KindListModel *m_kinds;
    ContextDetail *m_detail;
    ContextTableView *m_table;
    DetailPane *m_detailPane;
    QSplitter *m_splitter;
    ListStatusWidget *m_status;
};

} // namespace ctx
