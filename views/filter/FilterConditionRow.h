#pragma once

#include "FilterTree.h"
#include "FilterValue.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace ctx {

class AttributeValueSuggestions;

// What every row of the builder offers: field names (plain fields and attributes from the
// attribute catalog), kinds (values for kind / kinds), and server value suggestions.
struct FilterRowChoices
{
    QStringList fields;
    QStringList kinds;
    AttributeValueSuggestions *suggestions = nullptr;
};

// One condition of the filter builder: [field ▾] [operator ▾] [value ▾] [✕].
// The field box is editable (attribute names offered as `user.email`, `user./address/city`
// or `*.email`); the operator box offers only what the API accepts for the field; the value
// box is editable with suggestions (for anyOf / contains a comma-separated list, see
// FilterValue), or true/false for exists.
class FilterConditionRow : public QWidget
{
    Q_OBJECT
public:
    FilterConditionRow(const FilterPath &path, const FilterCondition &condition,
        const FilterRowChoices &choices, QWidget *parent = nullptr);

    FilterPath path() const { return m_path; }
    FilterCondition condition() const { return m_condition; }

    void setChoices(const FilterRowChoices &choices);
    void focusField();

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *valueBox() const { return m_value; }

    static constexpr int suggestionDelayMs = 250;

signals:
    // The person changed the condition (every keystroke).
    void conditionEdited(const ctx::FilterPath &path, const ctx::FilterCondition &condition);
    void removeRequested(const ctx::FilterPath &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The shape of the condition's value, from its field and operator.
    FilterValue conditionValue() const;
    void onFieldText(const QString &text);
    void onOperatorChosen();
    void onValueText(const QString &text);
    void onValuePicked(int index);
    void fillFields();
    void fillOperators();
    void fillValueBox();
    void setValueItems(const QStringList &items);
    void requestSuggestions();
    void showServerSuggestions();
    QString typedItem() const; // the value (or last list item) being typed
    void emitEdited();

    FilterPath m_path;
    FilterCondition m_condition;
    FilterRowChoices m_choices;
    QPointer<AttributeValueSuggestions> m_suggestions;
    QComboBox *m_field;
    QComboBox *m_operator;
    QComboBox *m_value;
    QToolButton *m_remove;
    QTimer m_suggestTimer;
    QString m_lastValueText;
    QString m_textBeforePick; // the value text before the last change (a picked suggestion)
    bool m_updating = false;
};

} // namespace ctx
