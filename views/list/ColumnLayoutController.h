#pragma once

#include "ColumnLayout.h"
#include "ContextListModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QSettings;
class QTableView;

namespace ctx {

// The columns of the Contexts table as a ColumnLayout: which built-in columns show, which
// attribute columns there are, their order, widths and the sort. It reads and changes them
// on the table's header and the list model, saves the layout per scope (connection, project,
// environment; LayoutStore) on every change (a resize 500 ms after the last one) and restores
// it defensively. The last visible column cannot be hidden.
class ColumnLayoutController : public QObject
{
    Q_OBJECT
public:
    // Resizing is saved this long after the last change.
    static constexpr int saveDelayMs = 500;

    explicit ColumnLayoutController(QTableView *table);
    ~ColumnLayoutController() override;

    // The model whose columns are laid out; restores the scope's layout on it.
    void setModel(ContextListModel *model);
    // Where layouts are saved: nullptr (the default) is the application's QSettings.
    void setSettings(QSettings *settings);
    // Restores the layout saved for `scope` (the defaults when there is none or it is broken)
    // and saves every later change there. An empty scope saves nothing.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }

    ColumnLayout layout() const;
    // Shows `layout` (repaired if needed), applies its sort to the model's query and saves it.
    void apply(const ColumnLayout &layout);
    // The default columns and widths; the sort stays.
    void reset();

    bool isShown(const ContextColumn &column) const;
    // False for the last visible column (and for a column not shown).
    bool canHide(const ContextColumn &column) const;
    // A built-in column hides or shows; an attribute column is added or removed.
    void setShown(const ContextColumn &column, bool shown);
    // Adds (or shows) the column for a JSON pointer; false when it is not one.
    bool addAttribute(const QString &pointer);
    void removeAttribute(const QString &pointer);

    // Saves a change not yet saved (a resize within the delay). The table calls it before it
    // goes, while its header is still there.
    void flush();

    // Shows the model's sort on the header (and saves it: the sort is part of the layout).
    void syncSortIndicator();

signals:
    // The layout changed (and was saved when there is a scope).
    void layoutChanged();

private:
    void restore();
    void save();
    void setModelColumns(const QList<ContextColumn> &columns);
    int defaultWidth(const ContextColumn &column) const;
    int visibleCount() const;

    QTableView *m_table;
    QPointer<ContextListModel> m_model;
    QPointer<QSettings> m_settings;
    QString m_scope;
    QHash<QString, int> m_widths; // last known width by column id, for hidden columns
    QTimer m_saveTimer; // debounces resizing
    bool m_applying = false; // changes made by apply() are not saved one by one
    std::optional<SortOrder> m_savedSort;
};

} // namespace ctx
