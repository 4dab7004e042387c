#include "ContextsTab.h"

#include "AttributeCatalog.h"
#include "ColumnLayout.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "KindListModel.h"
#include "SavedView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

namespace ctx {

ContextsTab::ContextsTab(const AppModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_filterBar(new FilterBar(this))
    , m_table(new ContextTableView(this))
    , m_detailPane(new DetailPane(models.detail, models.prompts, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("contextsTab"));
    m_filterBar->setAttributeCatalog(m_models.attributes);
    m_filterBar->setApi(m_models.api, m_models.environment);
    m_table->setAttributeCatalog(m_models.attributes);
    m_table->setContextModel(m_models.contexts);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Contexts"));
    setAccessibleDescription(tr("The filter above the list of contexts, and the selected "
                                "context's details beside it"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setAccessibleName(tr("List and details"));
    m_splitter->setAccessibleDescription(
        tr("Drag the handle to share the width between the list and the details"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({800, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    ContextListModel *contexts = m_models.contexts;
    connect(m_filterBar, &FilterBar::filterChanged, contexts, [contexts](const QString &filter) {
        ContextQuery query = contexts->query();
        query.filter = filter;
        contexts->setQuery(query);
    });
    connect(contexts, &ContextListModel::errorOccurred, m_filterBar, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::BadRequest)
            m_filterBar->setServerError(error.userMessage());
    });
    connect(m_models.kinds, &KindListModel::checkedKeysChanged, contexts,
        [contexts](const QStringList &keys) {
            ContextQuery query = contexts->query();
            query.kinds = keys;
            contexts->setQuery(query);
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ContextsTab::onCurrentRowChanged);
    connect(contexts, &QAbstractItemModel::modelReset, this,
        [this] { m_models.detail->setContext(std::nullopt); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ContextsTab::showRowMenu);
    connect(m_detailPane, &DetailPane::contextDeleted, this, [this](const ContextRecord &record) {
        // Clear the current row first, so that the pane empties instead of moving on to
        // the neighbouring row when this one leaves.
        m_table->selectionModel()->clear();
        m_models.detail->setContext(std::nullopt);
        m_models.contexts->removeContext(record.kind, record.key);
    });
    connect(m_detailPane, &DetailPane::reloadRequested, contexts, &ContextListModel::reload);
}

void ContextsTab::selectContext(const QString &kind, const QString &key)
{
    const int row = m_models.contexts->rowOf(kind, key);
    if (row >= 0) {
        m_table->setCurrentIndex(m_models.contexts->index(row, 0));
        m_table->scrollTo(m_models.contexts->index(row, 0));
        return;
    }
    ContextRecord record;
    record.kind = kind;
    record.key = key;
    m_table->selectionModel()->clear(); // no row stays current for a context not in the list
    m_models.detail->setContext(record);
}

SavedView ContextsTab::captureView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.kinds = m_models.kinds->checkedKeys();
    view.quickSearch = m_filterBar->quickSearchText();
    view.filter = m_filterBar->advancedText();
    view.sort = m_models.contexts->query().sort;
    view.columns = m_table->columnLayout().toJson();
    return view;
}

void ContextsTab::applyView(const SavedView &view)
{
    if (!view.columns.isEmpty()) {
        if (const auto layout = ColumnLayout::fromJson(view.columns))
            m_table->applyColumnLayout(*layout);
    }
    m_models.kinds->setCheckedKeys(view.kinds);
    m_filterBar->setQuickSearchText(view.quickSearch);
    m_filterBar->setAdvancedText(view.filter);
    ContextQuery query = m_models.contexts->query();
    query.sort = view.sort;
    m_models.contexts->setQuery(query);
}

void ContextsTab::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_models.detail->setContext(std::nullopt);
        return;
    }
    m_models.detail->setContext(m_models.contexts->record(current.row()));
}

void ContextsTab::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (m_table->selectionModel()->isRowSelected(index.row(), {})) {
        // A row of a selection: the selection stays, for Copy rows.
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    } else {
        m_table->setCurrentIndex(index);
    }
    QMenu *menu = createRowMenu(index.row());
    menu->exec(m_table->viewport()->mapToGlobal(pos));
    delete menu;
}

QMenu *ContextsTab::createRowMenu(int row)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAccessibleName(tr("Context actions"));
    menu->setToolTipsVisible(true);
    if (row < 0 || row >= m_models.contexts->rowCount())
        return menu;
    const ContextRecord record = m_models.contexts->record(row);
    QAction *key = menu->addAction(
        tr("Copy &key"), this, [record] { QApplication::clipboard()->setText(record.key); });
    key->setObjectName(QStringLiteral("copyKeyAction"));
    QAction *kindKey = menu->addAction(tr("Copy k&ind:key"), this,
        [record] { QApplication::clipboard()->setText(record.kindKey()); });
    kindKey->setObjectName(QStringLiteral("copyKindKeyAction"));
    menu->addAction(m_table->copyCellAction());
    menu->addAction(m_table->copyRowsAction());
    menu->addAction(m_table->copyJsonAction());
    menu->addSeparator();
    menu->addAction(m_detailPane->openInWebUiAction());
    menu->addSeparator();
    menu->addAction(m_detailPane->deleteAction());
    return menu;
}

} // namespace ctx
