#include "ContextTableView.h"

#include "AttributeCatalog.h"
#include "ColumnLayoutController.h"
#include "ColumnMenu.h"
#include "ContextListModel.h"
#include "TableCopyActions.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>

namespace ctx {

namespace {

// A private attribute's cell ("[private]") in italics and dimmed, so that it does not read
// as a value; an expiring Last seen cell elided at its end.
class RedactedCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // "28 days ago · expiring": cut at the end, so that the age stays readable.
        if (index.data(ContextListModel::ExpiresInDaysRole).isValid())
            option->textElideMode = Qt::ElideRight;
        if (index.data(ContextListModel::RedactedRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(
                QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

ContextTableView::ContextTableView(QWidget *parent)
    : QTableView(parent)
    , m_pointerPrompt(&ColumnMenu::askForPointer)
{
    setObjectName(QStringLiteral("contextTable"));
    setAccessibleName(tr("Contexts"));
    setAccessibleDescription(
        tr("The contexts of the environment, one row per kind and source. The selected row's "
           "details show beside the list. Ctrl+C copies the selected rows, Escape clears the "
           "selection."));
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
    setItemDelegate(new RedactedCellDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setAccessibleName(tr("Columns"));
    header->setAccessibleDescription(tr("Click Last seen to reverse the order; right-click to "
                                        "choose, add or reset columns."));
    m_copy = new TableCopyActions(this);
    m_columns = new ColumnLayoutController(this);
    connect(m_columns, &ColumnLayoutController::layoutChanged, this,
        &ContextTableView::columnLayoutChanged);

    connect(
        verticalScrollBar(), &QScrollBar::valueChanged, this, &ContextTableView::prefetchIfNearEnd);
    connect(
        verticalScrollBar(), &QScrollBar::rangeChanged, this, &ContextTableView::prefetchIfNearEnd);
    // Only "Last seen" sorts (on the server); other headers keep the current order.
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (!m_model)
            return;
        if (m_model->columns().value(section).builtin == ContextColumn::Builtin::LastSeen) {
            const bool newestFirst = m_model->query().sort != SortOrder::NewestFirst;
            m_model->sort(section, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        m_columns->syncSortIndicator();
    });
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(horizontalHeader()->logicalIndexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
}

ContextTableView::~ContextTableView()
{
    m_columns->flush(); // a resize not yet saved
}

QAction *ContextTableView::copyRowsAction() const
{
    return m_copy->copyRowsAction();
}

QAction *ContextTableView::copyCellAction() const
{
    return m_copy->copyCellAction();
}

QAction *ContextTableView::copyJsonAction() const
{
    return m_copy->copyJsonAction();
}

QAction *ContextTableView::selectAllAction() const
{
    return m_copy->selectAllAction();
}

void ContextTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier
        && state() != EditingState) {
        // Clears the selection (the details go with it); with nothing selected, nothing.
        if (selectionModel() && (selectionModel()->hasSelection() || currentIndex().isValid())) {
            selectionModel()->clear();
            event->accept();
        } else {
            event->ignore();
        }
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        // Only reached when the action is disabled: never the base class's one-cell copy.
        m_copy->copyRows();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ContextTableView::setContextModel(ContextListModel *model)
{
    m_model = model;
    setModel(model);
    // Expiring contexts: a warning icon beside the words, not colour alone.
    model->setExpiryDecoration(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_copy->setModel(model);
    // Not setSortingEnabled(): the view would sort on every header; only "Last seen" sorts,
    // on the server. (setSortingEnabled(false) would also hide the indicator.)
    horizontalHeader()->setSortIndicatorShown(true);
    connect(model, &ContextListModel::stateChanged, m_columns,
        &ColumnLayoutController::syncSortIndicator);
    connect(model, &ContextListModel::stateChanged, this, &ContextTableView::prefetchIfNearEnd);
    m_columns->setModel(model);
}

bool ContextTableView::askForAttributeColumn()
{
    const std::optional<QString> pointer = m_pointerPrompt ? m_pointerPrompt(this) : std::nullopt;
    return pointer && m_columns->addAttribute(*pointer);
}

void ContextTableView::setPointerPrompt(PointerPrompt prompt)
{
    m_pointerPrompt = std::move(prompt);
}

void ContextTableView::setAttributeCatalog(AttributeCatalog *catalog)
{
    m_catalog = catalog;
}

QMenu *ContextTableView::createHeaderMenu(int section)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("headerMenu"));
    ColumnMenu::populate(menu, this, m_catalog, section);
    return menu;
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
