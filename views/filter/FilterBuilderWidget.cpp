#include "FilterBuilderWidget.h"

#include "AttributeCatalog.h"
#include "AttributeValueSuggestions.h"
#include "FilterFields.h"
#include "FilterGroupWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ctx {

FilterBuilderWidget::FilterBuilderWidget(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBuilder"));
    setAccessibleName(tr("Filter builder"));
    m_notice->setObjectName(QStringLiteral("filterBuilderNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_scroll->setObjectName(QStringLiteral("filterBuilderConditions"));
    m_scroll->setAccessibleName(tr("Filter conditions"));
    m_scroll->setAccessibleDescription(
        tr("The conditions of the filter, in groups combined with AND or OR"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll);
    rebuild();
}

FilterBuilderWidget::~FilterBuilderWidget() = default;

void FilterBuilderWidget::setAttributeCatalog(AttributeCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &AttributeCatalog::changed, this, &FilterBuilderWidget::updateChoices);
    updateChoices();
}

void FilterBuilderWidget::setApi(ContextsApi *api, const EnvironmentRef &environment)
{
    if (api != m_api) {
        delete m_suggestions;
        m_suggestions = api ? new AttributeValueSuggestions(api, this) : nullptr;
        m_api = api;
    }
    if (m_suggestions)
        m_suggestions->setEnvironment(environment);
    updateChoices();
}

FilterRowChoices FilterBuilderWidget::choices() const
{
    FilterRowChoices result;
    result.fields = FilterFields::plainFields();
    result.suggestions = m_suggestions;
    if (!m_catalog)
        return result;
    for (const QString &pointer : m_catalog->pointers())
        result.fields.append(FilterFields::attributeField({}, pointer));
    for (const KindAttributeNames &group : m_catalog->names()) {
        if (!result.kinds.contains(group.kind))
            result.kinds.append(group.kind);
        for (const QString &pointer : m_catalog->pointers(group.kind)) {
            const QString field = FilterFields::attributeField(group.kind, pointer);
            if (!result.fields.contains(field))
                result.fields.append(field);
        }
    }
    return result;
}

bool FilterBuilderWidget::setFilterText(const QString &text)
{
    const FilterTree::TextResult result = FilterTree::fromText(text);
    if (result.error) {
        setBlocked(tr("The filter text has an error at column %1. Correct it there to edit the "
                      "filter here.")
                       .arg(result.error->position + 1));
        return false;
    }
    if (!result.tree) {
        setBlocked(tr("The builder cannot show this filter: %1. Edit it as text.")
                       .arg(result.unsupported));
        return false;
    }
    const QString shown = result.tree->toText();
    const bool wasBlocked = !m_blockedReason.isEmpty();
    setBlocked({});
    m_lastText = shown;
    // The same filter (only spacing or escaping changed): keep the rows, and any condition
    // still being written.
    if (shown == m_tree.toText() && !wasBlocked)
        return true;
    m_tree = *result.tree;
    rebuild();
    return true;
}

void FilterBuilderWidget::setBlocked(const QString &reason)
{
    m_blockedReason = reason;
    m_notice->setText(reason);
    m_notice->setVisible(!reason.isEmpty());
    m_scroll->setVisible(reason.isEmpty());
}

void FilterBuilderWidget::rebuild(const std::optional<FilterPath> &focus)
{
    // The old widgets may be in the middle of emitting (a clicked button): delete them later.
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    auto *root = new FilterGroupWidget(m_tree, {}, choices());
    connect(
        root, &FilterGroupWidget::conditionEdited, this, &FilterBuilderWidget::onConditionEdited);
    connect(
        root, &FilterGroupWidget::combinatorChosen, this, &FilterBuilderWidget::onCombinatorChosen);
    connect(root, &FilterGroupWidget::addConditionRequested, this,
        &FilterBuilderWidget::onAddCondition);
    connect(root, &FilterGroupWidget::addGroupRequested, this, &FilterBuilderWidget::onAddGroup);
    connect(root, &FilterGroupWidget::removeRequested, this, &FilterBuilderWidget::onRemove);
    m_scroll->setWidget(root);
    m_root = root;
    if (!focus)
        return;
    for (FilterConditionRow *row : root->findChildren<FilterConditionRow *>()) {
        if (row->path() == *focus) {
            row->focusField();
            m_scroll->ensureWidgetVisible(row);
            return;
        }
    }
    if (focus->isEmpty()) {
        root->combinatorBox()->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (FilterGroupWidget *group : root->findChildren<FilterGroupWidget *>()) {
        if (group->path() == *focus) {
            group->combinatorBox()->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(group);
            return;
        }
    }
}

void FilterBuilderWidget::onConditionEdited(
    const FilterPath &path, const FilterCondition &condition)
{
    m_tree.setCondition(path, condition);
    commit();
}

void FilterBuilderWidget::onCombinatorChosen(
    const FilterPath &group, filter::Expression::Type combinator)
{
    m_tree.setCombinator(group, combinator);
    rebuild(group); // the "and" / "or" labels change
    commit();
}

void FilterBuilderWidget::onAddCondition(const FilterPath &group)
{
    const FilterPath path = m_tree.addCondition(group);
    rebuild(path);
}

void FilterBuilderWidget::onAddGroup(const FilterPath &group)
{
    std::optional<FilterPath> path = m_tree.addGroup(group);
    if (!path)
        return;
    path->append(0);
    rebuild(path);
}

void FilterBuilderWidget::onRemove(const FilterPath &path)
{
    if (path.isEmpty())
        return;
    m_tree.remove(path);
    rebuild(path.first(path.size() - 1));
    commit();
}

void FilterBuilderWidget::updateChoices()
{
    if (!m_root)
        return;
    const FilterRowChoices current = choices();
    for (FilterConditionRow *row : m_root->findChildren<FilterConditionRow *>())
        row->setChoices(current);
}

void FilterBuilderWidget::commit()
{
    const QString text = m_tree.toText();
    if (text == m_lastText)
        return;
    m_lastText = text;
    emit filterEdited(text);
}

} // namespace ctx
