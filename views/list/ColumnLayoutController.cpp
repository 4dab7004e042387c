#include "ColumnLayoutController.h"

#include "Settings.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

namespace ctx {

namespace {

template <typename Use> void withStore(QSettings *settings, Use use)
{
    if (settings) {
        LayoutStore store(settings);
        use(store);
        return;
    }
    const Settings application;
    LayoutStore store(application.store());
    use(store);
}

} // namespace

ColumnLayoutController::ColumnLayoutController(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ColumnLayoutController::save);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying)
            save();
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int newSize) {
        if (!m_model || newSize <= 0 || logical >= m_model->columnCount())
            return;
        m_widths.insert(m_model->columns().at(logical).id(), newSize);
        if (!m_applying)
            m_saveTimer.start();
    });
}

ColumnLayoutController::~ColumnLayoutController() = default;

void ColumnLayoutController::flush()
{
    if (m_saveTimer.isActive())
        save();
}

void ColumnLayoutController::setModel(ContextListModel *model)
{
    m_model = model;
    restore();
}

void ColumnLayoutController::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void ColumnLayoutController::setScope(const QString &scope)
{
    flush(); // the previous scope's last change goes where it belongs
    m_scope = scope;
    restore();
}

void ColumnLayoutController::restore()
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
    apply(*saved);
}

ColumnLayout ColumnLayoutController::layout() const
{
    if (!m_model)
        return ColumnLayout::defaults();
    ColumnLayout layout;
    layout.sort = m_model->query().sort;
    const QList<ContextColumn> columns = m_model->columns();
    const QHeaderView *header = m_table->horizontalHeader();
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

void ColumnLayoutController::apply(const ColumnLayout &wanted)
{
    if (!m_model)
        return;
    ColumnLayout layout = wanted;
    layout.repair();
    {
        const QScopedValueRollback applying(m_applying, true);
        m_model->setColumns(layout.modelColumns());
        QHeaderView *header = m_table->horizontalHeader();
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
    save();
    syncSortIndicator();
}

void ColumnLayoutController::reset()
{
    ColumnLayout layout = ColumnLayout::defaults();
    if (m_model)
        layout.sort = m_model->query().sort;
    apply(layout);
}

void ColumnLayoutController::save()
{
    m_saveTimer.stop();
    if (!m_model || m_applying)
        return;
    const ColumnLayout current = layout();
    m_savedSort = current.sort;
    if (!m_scope.isEmpty())
        withStore(m_settings, [&](LayoutStore &store) { store.save(m_scope, current); });
    emit layoutChanged();
}

int ColumnLayoutController::defaultWidth(const ContextColumn &column) const
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
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

int ColumnLayoutController::visibleCount() const
{
    return m_table->horizontalHeader()->count() - m_table->horizontalHeader()->hiddenSectionCount();
}

bool ColumnLayoutController::isShown(const ContextColumn &column) const
{
    const int logical = m_model ? m_model->columnOf(column) : -1;
    return logical >= 0 && !m_table->horizontalHeader()->isSectionHidden(logical);
}

bool ColumnLayoutController::canHide(const ContextColumn &column) const
{
    return isShown(column) && visibleCount() > 1;
}

void ColumnLayoutController::setModelColumns(const QList<ContextColumn> &columns)
{
    const QScopedValueRollback applying(m_applying, true);
    m_model->setColumns(columns);
}

void ColumnLayoutController::setShown(const ContextColumn &column, bool shown)
{
    if (!m_model || shown == isShown(column) || (!shown && !canHide(column)))
        return;
    if (column.isAttribute()) {
        if (shown)
            addAttribute(column.pointer);
        else
            removeAttribute(column.pointer);
        return;
    }
    if (m_model->columnOf(column) < 0) { // a model given other columns: add the built-in
        setModelColumns(m_model->columns() << column);
        m_table->horizontalHeader()->resizeSection(m_model->columnOf(column), defaultWidth(column));
    }
    m_table->horizontalHeader()->setSectionHidden(m_model->columnOf(column), !shown);
    save();
}

bool ColumnLayoutController::addAttribute(const QString &pointer)
{
    const std::optional<ContextColumn> column = ContextColumn::fromId(pointer.trimmed());
    if (!m_model || !column || !column->isAttribute())
        return false;
    if (m_model->columnOf(*column) < 0) {
        setModelColumns(m_model->columns() << *column);
        const int logical = m_model->columnOf(*column);
        m_table->horizontalHeader()->resizeSection(logical, defaultWidth(*column));
        m_widths.insert(column->id(), defaultWidth(*column));
    }
    const int logical = m_model->columnOf(*column);
    m_table->horizontalHeader()->setSectionHidden(logical, false);
    save();
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_table->scrollTo(m_model->index(current.row(), logical));
    return true;
}

void ColumnLayoutController::removeAttribute(const QString &pointer)
{
    const ContextColumn column = ContextColumn::attribute(pointer);
    if (!m_model || m_model->columnOf(column) < 0 || (isShown(column) && !canHide(column)))
        return;
    QList<ContextColumn> columns = m_model->columns();
    columns.removeAll(column);
    setModelColumns(columns);
    m_widths.remove(column.id());
    save();
}

void ColumnLayoutController::syncSortIndicator()
{
    if (!m_model)
        return;
    const SortOrder sort = m_model->query().sort;
    const int lastSeen = m_model->columnOf(ContextColumn::of(ContextColumn::Builtin::LastSeen));
    if (sort == SortOrder::Unsorted || lastSeen < 0) {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    } else {
        m_table->horizontalHeader()->setSortIndicator(
            lastSeen, sort == SortOrder::NewestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (m_savedSort && *m_savedSort != sort && !m_applying)
        save(); // the sort is part of the layout
}

} // namespace ctx
