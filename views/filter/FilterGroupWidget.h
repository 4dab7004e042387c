#pragma once

#include "FilterConditionRow.h"
#include "FilterTree.h"

#include <QFrame>

class QComboBox;
class QPushButton;

namespace ctx {

// One group of the filter builder: a header [Match all of (AND) / any of (OR) ▾]
// [Add condition] [Add group] [Remove group], then its conditions and nested groups, each
// introduced by "where" / "and" / "or". Built from a FilterTree node; edits go out as
// signals carrying the node's path, and the builder applies them to its tree.
class FilterGroupWidget : public QFrame
{
    Q_OBJECT
public:
    FilterGroupWidget(const FilterTree &tree, const FilterPath &path,
        const FilterRowChoices &choices, QWidget *parent = nullptr);

    FilterPath path() const { return m_path; }
    QComboBox *combinatorBox() const { return m_combinator; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QPushButton *addGroupButton() const { return m_addGroup; }

signals:
    void combinatorChosen(const ctx::FilterPath &group, ctx::filter::Expression::Type combinator);
    void addConditionRequested(const ctx::FilterPath &group);
    void addGroupRequested(const ctx::FilterPath &group);
    void removeRequested(const ctx::FilterPath &path);
    void conditionEdited(const ctx::FilterPath &path, const ctx::FilterCondition &condition);

private:
    FilterPath m_path;
    QComboBox *m_combinator;
    QPushButton *m_addCondition;
    QPushButton *m_addGroup;
};

} // namespace ctx
