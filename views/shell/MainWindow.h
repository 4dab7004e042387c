#pragma once

#include "AppModels.h"
#include "Settings.h"

#include <QMainWindow>

class QTabWidget;

namespace ctx {

class ContextTableView;
class ContextsTab;
class DetailPane;
class KindsView;
class ListStatusWidget;
class SavedViewsMenu;

// The application window: a thin shell that composes the pages (Contexts, Kinds), the
// toolbar, the menus and the status line, and remembers its geometry. It owns no data and
// talks to no server; the models do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppModels &models, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the title and the toolbar, e.g. "Demo", "demo / production".
    void setConnectionLabel(const QString &connection, const QString &environment);

    ContextsTab *contextsTab() const { return m_contextsTab; }
    KindsView *kindsView() const { return m_kindsView; }
    ContextTableView *table() const;
    DetailPane *detailPane() const;
    ListStatusWidget *statusWidget() const { return m_status; }
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }
    QTabWidget *tabs() const { return m_tabs; }

    // File → Export…: what the list shows, every page, to CSV or JSON Lines.
    void exportView();
    // File → Connections…: the connections manager (needs AppModels::connections).
    void manageConnections();
    // Context → Go to context… (Ctrl+K): asks for KIND:KEY, then opens it as --select does.
    void goToContext();
    // Help → Keyboard shortcuts (F1): the list, generated from this window's actions.
    void showShortcuts();
    // Help → About contexts-browser.
    void showAbout();

signals:
    // The person chose another connection (switcher or Connections dialog); the app switches.
    void connectionRequested(const QString &id);

private:
    void createActions();
    void restoreLayout();
    void saveLayout() const;

    AppModels m_models;
    std::unique_ptr<Settings> m_ownSettings; // when the models bring none
    Settings *m_settings;
    QTabWidget *m_tabs;
    ContextsTab *m_contextsTab;
    KindsView *m_kindsView;
    ListStatusWidget *m_status;
    SavedViewsMenu *m_savedViews = nullptr;
};

} // namespace ctx
