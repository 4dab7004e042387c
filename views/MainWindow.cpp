#include "MainWindow.h"

#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DetailPane.h"
#include "KindFilterButton.h"
#include "KindListModel.h"
#include "ListStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ctx {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
} // namespace

MainWindow::MainWindow(ContextListModel *contexts, KindListModel *kinds, ContextDetail *detail,
    UserPrompts *prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_contexts(contexts)
    , m_kinds(kinds)
    , m_detail(detail)
    , m_table(new ContextTableView(this))
    , m_detailPane(new DetailPane(detail, prompts, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new ListStatusWidget(contexts, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_table->setContextModel(m_contexts);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);
    createActions();
    resize(1280, 760);
    m_splitter->setSizes({720, 560});
    restoreLayout();

    connect(m_kinds, &KindListModel::checkedKeysChanged, this, [this](const QStringList &keys) {
        ContextQuery query = m_contexts->query();
        query.kinds = keys;
        m_contexts->setQuery(query);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_contexts, &QAbstractItemModel::modelReset, this,
        [this] { m_detail->setContext(std::nullopt); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_detailPane, &DetailPane::contextDeleted, this, [this](const ContextRecord &record) {
        // Clear the current row first, so that the pane empties instead of moving on to
        // the neighbouring row when this one leaves.
        m_table->selectionModel()->clear();
        m_detail->setContext(std::nullopt);
        m_contexts->removeContext(record.kind, record.key);
    });
    connect(m_detailPane, &DetailPane::reloadRequested, m_contexts, &ContextListModel::reload);
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *contextMenu = menuBar()->addMenu(tr("&Context"));
    contextMenu->addAction(m_detailPane->openInWebUiAction());
    contextMenu->addAction(m_detailPane->deleteAction());
    addAction(m_detailPane->deleteAction()); // the Delete key works anywhere in the window

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
        tr("&Refresh"), m_contexts, &ContextListModel::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the list again from the server (F5)"));

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *connection = new QLabel(toolbar);
    connection->setObjectName(QStringLiteral("connectionLabel"));
    connection->setContentsMargins(6, 0, 12, 0);
    toolbar->addWidget(connection);
    toolbar->addSeparator();
    toolbar->addWidget(new KindFilterButton(m_kinds, toolbar));
    toolbar->addSeparator();
    toolbar->addAction(refresh);
}

void MainWindow::setConnectionLabel(const QString &connection, const QString &environment)
{
    setWindowTitle(tr("%1 — %2 — Contexts").arg(environment, connection));
    if (auto *label = findChild<QLabel *>(QStringLiteral("connectionLabel")))
        label->setText(
            tr("<b>%1</b> · %2").arg(connection.toHtmlEscaped(), environment.toHtmlEscaped()));
}

void MainWindow::selectContext(const QString &kind, const QString &key)
{
    const int row = m_contexts->rowOf(kind, key);
    if (row >= 0) {
        m_table->setCurrentIndex(m_contexts->index(row, 0));
        m_table->scrollTo(m_contexts->index(row, 0));
        return;
    }
    ContextRecord record;
    record.kind = kind;
    record.key = key;
    m_table->clearSelection();
    m_detail->setContext(record);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setContext(std::nullopt);
        return;
    }
    m_detail->setContext(m_contexts->record(current.row()));
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (m_table->currentIndex().row() != index.row())
        m_table->setCurrentIndex(index);
    const ContextRecord record = m_contexts->record(index.row());
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(
        tr("Copy &key"), this, [record] { QApplication::clipboard()->setText(record.key); });
    menu.addAction(tr("Copy kind:key"), this,
        [record] { QApplication::clipboard()->setText(record.kindKey()); });
    menu.addAction(m_detailPane->openInWebUiAction());
    menu.addSeparator();
    menu.addAction(m_detailPane->deleteAction());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::restoreLayout()
{
    // Defensive: a missing or broken saved state leaves the defaults in place.
    const QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(stateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = settings.value(splitterKey).toByteArray();
    if (!splitter.isEmpty() && !m_splitter->restoreState(splitter))
        m_splitter->setSizes({720, 560});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

} // namespace ctx
