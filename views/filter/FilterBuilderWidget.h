#pragma once

#include "ContextQuery.h"
#include "FilterConditionRow.h"
#include "FilterTree.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;

namespace ctx {

class AttributeCatalog;
class AttributeValueSuggestions;
class ContextsApi;
class FilterGroupWidget;

// The filter builder panel: groups of conditions (FilterGroupWidget, FilterConditionRow)
// over a FilterTree. It is kept in step with the advanced filter text both ways:
// setFilterText() shows a text (when the builder can: see FilterTree::fromText), and every
// edit of the person emits filterEdited() with the tree's text (filter::print).
// When the text does not parse, or is beyond what the builder shows, the rows are replaced
// by a notice saying why, and the text stays what is applied.
class FilterBuilderWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBuilderWidget(QWidget *parent = nullptr);
    ~FilterBuilderWidget() override;

    // Field names for the field boxes (attribute names per kind) and kinds for values.
    void setAttributeCatalog(AttributeCatalog *catalog);
    // Where value suggestions come from (GET .../context-attributes/{name}).
    void setApi(ContextsApi *api, const EnvironmentRef &environment);

    // Shows the filter `text`; returns whether the builder can show it. Emits nothing.
    bool setFilterText(const QString &text);
    // The builder's filter (without the conditions still being written).
    QString filterText() const { return m_tree.toText(); }
    const FilterTree &tree() const { return m_tree; }
    // Why the builder shows a notice instead of rows, or "" when it shows rows.
    QString blockedReason() const { return m_blockedReason; }

    // The choices the rows offer (for tests): plain fields then attribute fields.
    FilterRowChoices choices() const;

signals:
    void filterEdited(const QString &text);

private:
    void rebuild(const std::optional<FilterPath> &focus = std::nullopt);
    void setBlocked(const QString &reason);
    void onConditionEdited(const FilterPath &path, const FilterCondition &condition);
    void onCombinatorChosen(const FilterPath &group, filter::Expression::Type combinator);
    void onAddCondition(const FilterPath &group);
    void onAddGroup(const FilterPath &group);
    void onRemove(const FilterPath &path);
    void updateChoices();
    void commit();

    FilterTree m_tree;
    QString m_lastText; // the text last shown or emitted
    QString m_blockedReason;
    QPointer<AttributeCatalog> m_catalog;
    ContextsApi *m_api = nullptr;
    AttributeValueSuggestions *m_suggestions = nullptr;
    QScrollArea *m_scroll;
    QLabel *m_notice;
    QPointer<FilterGroupWidget> m_root;
};

} // namespace ctx
