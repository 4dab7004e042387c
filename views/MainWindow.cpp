#include "MainWindow.h"

#include "ContextListModel.h"
#include "ContextTableView.h"
#include "KindFilterButton.h"
#include "KindListModel.h"
#include "ListStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ctx {

MainWindow::MainWindow(ContextListModel *contexts, KindListModel *kinds, QWidget *parent)
    : QMainWindow(parent)
    , m_contexts(contexts)
    , m_kinds(kinds)
    , m_table(new ContextTableView(this))
    , m_status(new ListStatusWidget(contexts, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_table->setContextModel(m_contexts);
    setCentralWidget(m_table);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    createActions();
    resize(1100, 680);

    connect(m_kinds, &KindListModel::checkedKeysChanged, this, [this](const QStringList &keys) {
        ContextQuery query = m_contexts->query();
        query.kinds = keys;
        m_contexts->setQuery(query);
    });
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

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

} // namespace ctx
