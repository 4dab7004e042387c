#include "MainWindow.h"

#include "ColumnChooserButton.h"
#include "ConnectionSwitcher.h"
#include "ConnectionsDialog.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "ContextsTab.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "GoToContextDialog.h"
#include "KindFilterButton.h"
#include "KindsView.h"
#include "ListStatusWidget.h"
#include "SavedViewsMenu.h"
#include "ShortcutsDialog.h"
#include "ThemeMenu.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace ctx {

MainWindow::MainWindow(const AppModels &models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_ownSettings(models.settings ? nullptr : std::make_unique<Settings>())
    , m_settings(models.settings ? models.settings : m_ownSettings.get())
    , m_tabs(new QTabWidget(this))
    , m_contextsTab(new ContextsTab(models, this))
    , m_kindsView(new KindsView(models.kindTable, models.prompts, this))
    , m_status(new ListStatusWidget(models.contexts, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_contextsTab->table()->setLayoutSettings(m_settings->store());
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->setAccessibleDescription(tr("Contexts (Alt+C) and Kinds (Alt+K)"));
    m_tabs->addTab(m_contextsTab, tr("&Contexts"));
    m_tabs->addTab(m_kindsView, tr("&Kinds"));
    setCentralWidget(m_tabs);
    m_status->setThrottle(models.throttle); // rate-limit waits, with Cancel
    statusBar()->addWidget(m_status, 1);
    m_status->setAccessibleName(tr("List status"));
    m_status->setAccessibleDescription(tr("How many contexts are loaded, and any error"));
    createActions();
    resize(1280, 780);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

ContextTableView *MainWindow::table() const
{
    return m_contextsTab->table();
}

DetailPane *MainWindow::detailPane() const
{
    return m_contextsTab->detailPane();
}

void MainWindow::createActions()
{
    DetailPane *pane = detailPane();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_models.connections) {
        QAction *connections
            = fileMenu->addAction(tr("&Connections…"), this, &MainWindow::manageConnections);
        connections->setObjectName(QStringLiteral("connectionsAction"));
        connections->setToolTip(tr("Add, edit or switch connections to LaunchDarkly"));
        fileMenu->addSeparator();
    }
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportView);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export every context the list matches to CSV or JSON Lines"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    // The table's own actions: Ctrl+C and Ctrl+A act while the list has the focus.
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->setToolTipsVisible(true);
    editMenu->addAction(table()->copyRowsAction());
    editMenu->addAction(table()->copyCellAction());
    editMenu->addAction(table()->copyJsonAction());
    editMenu->addSeparator();
    editMenu->addAction(table()->selectAllAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = viewMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
        tr("&Refresh"), m_models.contexts, &ContextListModel::reload);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the list again from the server (F5)"));
    QAction *find = viewMenu->addAction(tr("&Quick search"), this, [this] {
        m_tabs->setCurrentWidget(m_contextsTab);
        m_contextsTab->filterBar()->focusQuickSearch();
    });
    find->setObjectName(QStringLiteral("quickSearchAction"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Put the cursor in the quick search box"));
    QAction *filter = viewMenu->addAction(tr("&Filter"), this, [this] {
        m_tabs->setCurrentWidget(m_contextsTab);
        m_contextsTab->filterBar()->advancedEdit()->setFocus(Qt::ShortcutFocusReason);
        m_contextsTab->filterBar()->advancedEdit()->selectAll();
    });
    filter->setObjectName(QStringLiteral("filterAction"));
    filter->setShortcut(QKeySequence(tr("Ctrl+L")));
    filter->setToolTip(tr("Put the cursor in the advanced filter box"));
    viewMenu->addSeparator();
    viewMenu->addMenu(new ThemeMenu(this)); // System, Light or Dark; remembered

    m_savedViews = new SavedViewsMenu(
        m_settings->store(), m_models.prompts,
        [this](const QString &name) { return m_contextsTab->captureView(name); },
        [this](const SavedView &view) {
            m_tabs->setCurrentWidget(m_contextsTab);
            m_contextsTab->applyView(view);
        },
        this);
    m_savedViews->setTitle(tr("&Saved views")); // "&Views" would share V with "&View"
    menuBar()->addMenu(m_savedViews);

    // "C&ontext": Alt+C is the Contexts tab's.
    QMenu *contextMenu = menuBar()->addMenu(tr("C&ontext"));
    contextMenu->setObjectName(QStringLiteral("contextMenu"));
    contextMenu->setToolTipsVisible(true);
    QAction *goTo = contextMenu->addAction(tr("&Go to context…"), this, &MainWindow::goToContext);
    goTo->setObjectName(QStringLiteral("goToContextAction"));
    goTo->setShortcut(QKeySequence(tr("Ctrl+K")));
    goTo->setToolTip(tr("Open a context by kind and key"));
    // Ctrl+K in the filter boxes would delete to the end of the line; here it goes to.
    m_contextsTab->filterBar()->leaveToWindow(goTo->shortcuts());
    contextMenu->addSeparator();
    contextMenu->addAction(pane->openInWebUiAction());
    contextMenu->addAction(pane->deleteAction());
    addAction(pane->deleteAction()); // the Delete key works anywhere in the window

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts
        = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setToolTip(tr("List every keyboard shortcut"));
    QAction *about
        = helpMenu->addAction(tr("&About contexts-browser"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_models.connections) {
        auto *switcher = new ConnectionSwitcher(m_models.connections, toolbar);
        switcher->setCurrentId(m_models.connectionId);
        toolbar->addWidget(switcher);
        connect(switcher, &ConnectionSwitcher::manageRequested, this,
            &MainWindow::manageConnections, Qt::QueuedConnection);
        // Queued: the app may replace this window while switching.
        connect(switcher, &ConnectionSwitcher::connectionRequested, this,
            &MainWindow::connectionRequested, Qt::QueuedConnection);
    }
    auto *connection = new QLabel(toolbar);
    connection->setObjectName(QStringLiteral("connectionLabel"));
    connection->setContentsMargins(6, 0, 12, 0);
    connection->setAccessibleName(tr("Connection and environment"));
    toolbar->addWidget(connection);
    toolbar->addSeparator();
    toolbar->addWidget(new KindFilterButton(m_models.kinds, toolbar));
    toolbar->addWidget(new ColumnChooserButton(table(), m_models.attributes, toolbar));
    auto *views = new QToolButton(toolbar);
    views->setText(tr("Views"));
    views->setObjectName(QStringLiteral("savedViewsButton"));
    views->setToolTip(tr("Saved views: kinds, filter, columns and sort"));
    views->setAccessibleName(tr("Saved views"));
    views->setAccessibleDescription(views->toolTip());
    views->setMenu(m_savedViews);
    views->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(views);
    toolbar->addSeparator();
    toolbar->addAction(exportAction);
    toolbar->addAction(refresh);
    connect(m_savedViews, &SavedViewsMenu::viewApplied, this, [this](const QString &name) {
        statusBar()->showMessage(tr("View \"%1\" applied").arg(name), 4000);
    });
}

void MainWindow::exportView()
{
    // The columns as shown: hidden ones left out, in the order the person arranged them.
    ExportDialog::run(this, m_models.api, m_models.environment, m_models.contexts->query(),
        table()->columnLayout().visibleColumns());
}

void MainWindow::manageConnections()
{
    if (!m_models.connections || findChild<ConnectionsDialog *>())
        return;
    auto *dialog = new ConnectionsDialog(m_models, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectConnection(m_models.connectionId);
    connect(dialog, &ConnectionsDialog::connectionActivated, this, &MainWindow::connectionRequested,
        Qt::QueuedConnection);
    dialog->open(); // window-modal
}

void MainWindow::goToContext()
{
    if (auto *open = findChild<GoToContextDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new GoToContextDialog(
        m_models.api, m_models.environment, m_models.environmentLabel, m_models.contexts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const GoToContextDialog::Target target = dialog->target();
        m_tabs->setCurrentWidget(m_contextsTab);
        m_contextsTab->selectContext(target.kind, target.key);
        // The list takes the focus when the row is there; focusing it otherwise would make
        // its first row current and replace the details just opened.
        if (table()->currentIndex().isValid())
            table()->setFocus(Qt::OtherFocusReason);
        else
            detailPane()->setFocus(Qt::OtherFocusReason);
    });
    dialog->open(); // window-modal
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: it can stay open beside the window
}

void MainWindow::showAbout()
{
    if (auto *open = findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) {
        open->raise();
        return;
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About contexts-browser"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>contexts-browser %1</h3>"
                    "<p>A desktop browser for LaunchDarkly contexts.</p>")
                     .arg(QStringLiteral(CTX_VERSION)));
    box->setInformativeText(
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    box->setAccessibleName(tr("About contexts-browser"));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::setConnectionLabel(const QString &connection, const QString &environment)
{
    setWindowTitle(tr("%1 — %2 — Contexts").arg(environment, connection));
    if (auto *label = findChild<QLabel *>(QStringLiteral("connectionLabel")))
        label->setText(
            tr("<b>%1</b> · %2").arg(connection.toHtmlEscaped(), environment.toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    // Defensive: a missing or broken saved state leaves the defaults in place.
    const QByteArray geometry = m_settings->value(Settings::windowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(Settings::windowState);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = m_settings->value(Settings::windowSplitter);
    if (!splitter.isEmpty() && !m_contextsTab->splitter()->restoreState(splitter))
        m_contextsTab->splitter()->setSizes({800, 480});
}

void MainWindow::saveLayout() const
{
    m_settings->setValue(Settings::windowGeometry, saveGeometry());
    m_settings->setValue(Settings::windowState, saveState());
    m_settings->setValue(Settings::windowSplitter, m_contextsTab->splitter()->saveState());
}

} // namespace ctx
