#include "ContextTableView.h"

#include "ContextListModel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace ctx {

ContextTableView::ContextTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("contextTable"));
    setAccessibleName(tr("Contexts"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(
        verticalScrollBar(), &QScrollBar::valueChanged, this, &ContextTableView::prefetchIfNearEnd);
    connect(
        verticalScrollBar(), &QScrollBar::rangeChanged, this, &ContextTableView::prefetchIfNearEnd);
    // Only "Last seen" sorts (on the server); other headers keep the current order.
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model)
            return;
        if (section == ContextListModel::LastSeenColumn) {
            const bool newestFirst = m_model->query().sort != SortOrder::NewestFirst;
            m_model->sort(section, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        syncSortIndicator();
    });
}

void ContextTableView::setContextModel(ContextListModel *model)
{
    m_model = model;
    setModel(model);
    // Not setSortingEnabled(): the view would sort on every header; only "Last seen" sorts,
    // on the server. (setSortingEnabled(false) would also hide the indicator.)
    horizontalHeader()->setSortIndicatorShown(true);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(ContextListModel::KindColumn, metrics.horizontalAdvance(QLatin1Char('m')) * 9);
    setColumnWidth(ContextListModel::KeyColumn, metrics.horizontalAdvance(QLatin1Char('m')) * 18);
    setColumnWidth(ContextListModel::NameColumn, metrics.horizontalAdvance(QLatin1Char('m')) * 16);
    setColumnWidth(
        ContextListModel::LastSeenColumn, metrics.horizontalAdvance(QLatin1Char('m')) * 10);
    connect(model, &ContextListModel::stateChanged, this, &ContextTableView::syncSortIndicator);
    connect(model, &ContextListModel::stateChanged, this, &ContextTableView::prefetchIfNearEnd);
    syncSortIndicator();
}

void ContextTableView::syncSortIndicator()
{
    if (!m_model)
        return;
    const SortOrder sort = m_model->query().sort;
    if (sort == SortOrder::Unsorted) {
        horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
        return;
    }
    horizontalHeader()->setSortIndicator(ContextListModel::LastSeenColumn,
        sort == SortOrder::NewestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ContextTableView::prefetchIfNearEnd()
{
    if (!m_model || !m_model->canFetchMore({}))
        return;
    const int lastVisible = rowAt(viewport()->height() - 1);
    const int rows = m_model->rowCount();
    // rowAt() is -1 below the last row: the whole list fits, so fetch now.
    if (lastVisible < 0 || rows - lastVisible <= prefetchRows)
        m_model->fetchMore({});
}

} // namespace ctx
