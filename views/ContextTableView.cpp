#include "ContextTableView.h"

#include "AttributeCatalog.h"
#include "ColumnMenu.h"
#include "ContextListModel.h"
#include "TableCopyActions.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
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

template <typename Use> void withStore(QSettings *settings, Use use)
{
    if (settings) {
        LayoutStore store(settings);
        use(store);
        return;
    }
    QSettings appSettings;
    LayoutStore store(&appSettings);
    use(store);
}

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

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ContextTableView::saveLayout);

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
        syncSortIndicator();
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying)
            saveLayout();
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int newSize) {
        if (!m_model || newSize <= 0 || logical >= m_model->columnCount())
            return;
        m_widths.insert(m_model->columns().at(logical).id(), newSize);
        if (!m_applying)
            m_saveTimer.start();
    });
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(horizontalHeader()->logicalIndexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
}

ContextTableView::~ContextTableView()
{
    if (m_saveTimer.isActive())
        saveLayout(); // a resize not yet saved
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
    connect(model, &ContextListModel::stateChanged, this, &ContextTableView::syncSortIndicator);
    connect(model, &ContextListModel::stateChanged, this, &ContextTableView::prefetchIfNearEnd);
    restoreLayout();
}

void ContextTableView::setLayoutSettings(QSettings *settings)
{
    m_settings = settings;
}

void ContextTableView::setLayoutScope(const QString &scope)
{
    if (m_saveTimer.isActive())
        saveLayout(); // the previous scope's last change goes where it belongs
    m_scope = scope;
    restoreLayout();
}

void ContextTableView::restoreLayout()
{
    if (!m_model)
        return;
    std::optional<ColumnLayout> saved;
    if (!m_scope.isEmpty())
        withStore(m_settings, [&](LayoutStore &store) { saved = store.load(m_scope); });
    if (!saved) {
        saved = ColumnLayout::defaults();
        if (m_scope.isEmpty())
            saved->sort = m_model->query().sort; // nothing to restore: the sort stays
    }
    applyColumnLayout(*saved);
}

ColumnLayout ContextTableView::columnLayout() const
{
    if (!m_model)
        return ColumnLayout::defaults();
    ColumnLayout layout;
    layout.sort = m_model->query().sort;
    const QList<ContextColumn> columns = m_model->columns();
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || logical >= columns.size())
            continue;
        const ContextColumn &column = columns.at(logical);
        const bool hidden = header->isSectionHidden(logical);
        layout.columns.append({column, !hidden});
        const int width = hidden ? m_widths.value(column.id()) : header->sectionSize(logical);
        if (width > 0)
            layout.widths.insert(column.id(), width);
    }
    layout.repair();
    return layout;
}

void ContextTableView::applyColumnLayout(const ColumnLayout &wanted)
{
    if (!m_model)
        return;
    ColumnLayout layout = wanted;
    layout.repair();
    {
        const QScopedValueRollback applying(m_applying, true);
        m_model->setColumns(layout.modelColumns());
        QHeaderView *header = horizontalHeader();
        // The model holds the columns in display order: undo any earlier moves.
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->visualIndex(logical) != logical)
                header->moveSection(header->visualIndex(logical), logical);
        }
        m_widths.clear();
        for (int i = 0; i < layout.columns.size(); ++i) {
            const ContextColumn &column = layout.columns.at(i).column;
            const int width = layout.widths.value(column.id(), defaultWidth(column));
            m_widths.insert(column.id(), width);
            header->resizeSection(i, width); // kept for later when the section is hidden
            header->setSectionHidden(i, !layout.columns.at(i).visible);
        }
    }
    if (m_model->query().sort != layout.sort) {
        ContextQuery query = m_model->query();
        query.sort = layout.sort;
        m_model->setQuery(query);
    }
    saveLayout();
    syncSortIndicator();
}

void ContextTableView::resetColumns()
{
    ColumnLayout layout = ColumnLayout::defaults();
    if (m_model)
        layout.sort = m_model->query().sort;
    applyColumnLayout(layout);
}

void ContextTableView::saveLayout()
{
    m_saveTimer.stop();
    if (!m_model || m_applying)
        return;
    const ColumnLayout layout = columnLayout();
    m_savedSort = layout.sort;
    if (!m_scope.isEmpty())
        withStore(m_settings, [&](LayoutStore &store) { store.save(m_scope, layout); });
    emit columnLayoutChanged();
}

int ContextTableView::defaultWidth(const ContextColumn &column) const
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    switch (column.builtin.value_or(ContextColumn::Builtin::Source)) {
    case ContextColumn::Builtin::Kind:
        return em * 8;
    case ContextColumn::Builtin::Key:
        return em * 15;
    case ContextColumn::Builtin::Name:
        return em * 14;
    case ContextColumn::Builtin::LastSeen:
        return em * 15; // room for the warning icon and "· expiring"
    case ContextColumn::Builtin::Source:
        break;
    }
    return em * 12;
}

int ContextTableView::visibleCount() const
{
    return horizontalHeader()->count() - horizontalHeader()->hiddenSectionCount();
}

bool ContextTableView::isColumnShown(const ContextColumn &column) const
{
    const int logical = m_model ? m_model->columnOf(column) : -1;
    return logical >= 0 && !horizontalHeader()->isSectionHidden(logical);
}

bool ContextTableView::canHideColumn(const ContextColumn &column) const
{
    return isColumnShown(column) && visibleCount() > 1;
}

void ContextTableView::setModelColumns(const QList<ContextColumn> &columns)
{
    const QScopedValueRollback applying(m_applying, true);
    m_model->setColumns(columns);
}

void ContextTableView::setColumnShown(const ContextColumn &column, bool shown)
{
    if (!m_model || shown == isColumnShown(column) || (!shown && !canHideColumn(column)))
        return;
    if (column.isAttribute()) {
        if (shown)
            addAttributeColumn(column.pointer);
        else
            removeAttributeColumn(column.pointer);
        return;
    }
    if (m_model->columnOf(column) < 0) { // a model given other columns: add the built-in
        setModelColumns(m_model->columns() << column);
        horizontalHeader()->resizeSection(m_model->columnOf(column), defaultWidth(column));
    }
    horizontalHeader()->setSectionHidden(m_model->columnOf(column), !shown);
    saveLayout();
}

bool ContextTableView::addAttributeColumn(const QString &pointer)
{
    const std::optional<ContextColumn> column = ContextColumn::fromId(pointer.trimmed());
    if (!m_model || !column || !column->isAttribute())
        return false;
    if (m_model->columnOf(*column) < 0) {
        setModelColumns(m_model->columns() << *column);
        const int logical = m_model->columnOf(*column);
        horizontalHeader()->resizeSection(logical, defaultWidth(*column));
        m_widths.insert(column->id(), defaultWidth(*column));
    }
    const int logical = m_model->columnOf(*column);
    horizontalHeader()->setSectionHidden(logical, false);
    saveLayout();
    if (const QModelIndex current = currentIndex(); current.isValid())
        scrollTo(m_model->index(current.row(), logical));
    return true;
}

void ContextTableView::removeAttributeColumn(const QString &pointer)
{
    const ContextColumn column = ContextColumn::attribute(pointer);
    if (!m_model || m_model->columnOf(column) < 0
        || (isColumnShown(column) && !canHideColumn(column)))
        return;
    QList<ContextColumn> columns = m_model->columns();
    columns.removeAll(column);
    setModelColumns(columns);
    m_widths.remove(column.id());
    saveLayout();
}

bool ContextTableView::askForAttributeColumn()
{
    const std::optional<QString> pointer = m_pointerPrompt ? m_pointerPrompt(this) : std::nullopt;
    return pointer && addAttributeColumn(*pointer);
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

void ContextTableView::syncSortIndicator()
{
    if (!m_model)
        return;
    const SortOrder sort = m_model->query().sort;
    const int lastSeen = m_model->columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen));
    if (sort == SortOrder::Unsorted || lastSeen < 0) {
        horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    } else {
        horizontalHeader()->setSortIndicator(
            lastSeen, sort == SortOrder::NewestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (m_savedSort && *m_savedSort != sort && !m_applying)
        saveLayout(); // the sort is part of the layout
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
