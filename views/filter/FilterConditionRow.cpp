#include "FilterConditionRow.h"

#include "AttributeValueSuggestions.h"
#include "FilterFields.h"
#include "FilterValue.h"
#include "ThemedIcon.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace ctx {

using filter::Operator;

namespace {

const QList<Operator> kAllOperators {Operator::Equals, Operator::NotEquals, Operator::AnyOf,
    Operator::StartsWith, Operator::Exists, Operator::Before, Operator::After, Operator::Contains};

void setUpEditable(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    if (QCompleter *completer = box->completer()) {
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
    }
}

} // namespace

FilterConditionRow::FilterConditionRow(const FilterPath &path, const FilterCondition &condition,
    const FilterRowChoices &choices, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_condition(condition)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterConditionRow"));
    m_field->setObjectName(QStringLiteral("filterField"));
    m_field->setAccessibleName(tr("Field"));
    setUpEditable(m_field);
    m_field->lineEdit()->setPlaceholderText(tr("Field, e.g. user.email"));
    m_field->setMinimumContentsLength(16);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_operator->setObjectName(QStringLiteral("filterOperator"));
    m_operator->setAccessibleName(tr("Operator"));

    m_value->setObjectName(QStringLiteral("filterValue"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setMinimumContentsLength(16);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_remove->setObjectName(QStringLiteral("filterRemoveCondition"));
    m_remove->setIcon(ThemedIcon::standard(QStyle::SP_DialogCloseButton));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove condition"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 3);
    layout->addWidget(m_remove);

    m_suggestTimer.setSingleShot(true);
    m_suggestTimer.setInterval(suggestionDelayMs);
    connect(&m_suggestTimer, &QTimer::timeout, this, &FilterConditionRow::requestSuggestions);

    setChoices(choices);
    fillOperators();
    fillValueBox();

    connect(m_field, &QComboBox::editTextChanged, this, &FilterConditionRow::onFieldText);
    connect(
        m_operator, &QComboBox::currentIndexChanged, this, &FilterConditionRow::onOperatorChosen);
    connect(m_value, &QComboBox::editTextChanged, this, &FilterConditionRow::onValueText);
    connect(m_value, &QComboBox::activated, this, &FilterConditionRow::onValuePicked);
    connect(m_value, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && m_condition.op == Operator::Exists)
            onValuePicked(index);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_path); });
}

void FilterConditionRow::setChoices(const FilterRowChoices &choices)
{
    if (m_suggestions)
        disconnect(m_suggestions, nullptr, this, nullptr);
    m_choices = choices;
    m_suggestions = choices.suggestions;
    if (m_suggestions) {
        connect(m_suggestions, &AttributeValueSuggestions::changed, this,
            &FilterConditionRow::showServerSuggestions);
    }
    fillFields();
}

void FilterConditionRow::focusField()
{
    m_field->setFocus(Qt::OtherFocusReason);
}

bool FilterConditionRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched == m_value->lineEdit())
        m_suggestTimer.start();
    return QWidget::eventFilter(watched, event);
}

void FilterConditionRow::fillFields()
{
    m_updating = true;
    m_field->clear();
    m_field->addItems(m_choices.fields);
    m_field->setEditText(m_condition.field);
    m_updating = false;
    const bool known = m_condition.field.trimmed().isEmpty()
        || FilterFields::isKnown(m_condition.field.trimmed());
    m_field->setToolTip(known
            ? tr("A field (key, name, kind, ...) or an attribute: user.email, *.email, "
                 "user./address/city")
            : tr("Unknown field: write an attribute as kind.attribute (user.email) or "
                 "*.attribute for every kind"));
}

void FilterConditionRow::fillOperators()
{
    QList<Operator> operators = FilterFields::operatorsFor(m_condition.field.trimmed());
    if (operators.isEmpty())
        operators = kAllOperators;
    m_updating = true;
    m_operator->clear();
    for (const Operator op : std::as_const(operators))
        m_operator->addItem(filter::operatorName(op), static_cast<int>(op));
    if (!operators.contains(m_condition.op)) {
        m_operator->addItem(
            tr("%1 (not accepted for this field)").arg(filter::operatorName(m_condition.op)),
            static_cast<int>(m_condition.op));
    }
    m_operator->setCurrentIndex(m_operator->findData(static_cast<int>(m_condition.op)));
    m_updating = false;
}

void FilterConditionRow::fillValueBox()
{
    m_updating = true;
    if (m_condition.op == Operator::Exists) {
        if (m_value->isEditable())
            m_value->setEditable(false);
        m_value->clear();
        m_value->addItem(QStringLiteral("true"));
        m_value->addItem(QStringLiteral("false"));
        const bool exists = !m_condition.value.isBool() || m_condition.value.toBool();
        m_value->setCurrentIndex(exists ? 0 : 1);
        m_value->setToolTip(tr("Whether the field is present"));
    } else {
        if (!m_value->isEditable()) {
            m_value->clear();
            setUpEditable(m_value);
            m_value->lineEdit()->installEventFilter(this);
        }
        m_value->setEditText(conditionValue().toText(m_condition.value));
        const bool list = conditionValue().isList();
        m_value->lineEdit()->setPlaceholderText(list ? tr("a, b, c") : tr("Value"));
        m_value->setToolTip(list
                ? tr("Values separated by commas; write a value holding a comma in double "
                     "quotes: \"a, b\"")
                : tr("A number, true, false or text; write \"42\" in double quotes to mean "
                     "the text 42"));
    }
    m_updating = false;
}

void FilterConditionRow::onFieldText(const QString &text)
{
    if (m_updating)
        return;
    const Operator before = m_condition.op;
    m_condition.field = text.trimmed();
    const QList<Operator> operators = FilterFields::operatorsFor(m_condition.field);
    if (!operators.isEmpty() && !operators.contains(m_condition.op))
        m_condition.op = operators.first();
    if (m_condition.op != Operator::Exists) {
        const QString valueText = m_value->isEditable() ? m_value->currentText() : QString();
        m_condition.value = conditionValue().fromText(valueText);
    }
    const bool known = m_condition.field.isEmpty() || !operators.isEmpty();
    m_field->setToolTip(known ? QString()
                              : tr("Unknown field: write an attribute as kind.attribute "
                                   "(user.email) or *.attribute for every kind"));
    fillOperators();
    if ((before == Operator::Exists) != (m_condition.op == Operator::Exists))
        fillValueBox();
    emitEdited();
}

void FilterConditionRow::onOperatorChosen()
{
    if (m_updating || m_operator->currentIndex() < 0)
        return;
    const auto op = static_cast<Operator>(m_operator->currentData().toInt());
    if (op == m_condition.op)
        return;
    const QString valueText = m_value->isEditable() ? m_value->currentText() : QString();
    m_condition.op = op;
    if (op == Operator::Exists)
        m_condition.value = QJsonValue(true);
    else
        m_condition.value = FilterValue(m_condition.field, op).fromText(valueText);
    fillOperators(); // drops a "not accepted" entry once left
    fillValueBox();
    emitEdited();
}

void FilterConditionRow::onValueText(const QString &text)
{
    if (text != m_lastValueText) {
        m_textBeforePick = m_lastValueText;
        m_lastValueText = text;
    }
    if (m_updating || m_condition.op == Operator::Exists)
        return;
    m_condition.value = conditionValue().fromText(text);
    emitEdited();
    m_suggestTimer.start();
}

void FilterConditionRow::onValuePicked(int index)
{
    if (index < 0)
        return;
    if (m_condition.op == Operator::Exists) {
        m_condition.value = QJsonValue(m_value->itemText(index) != u"false");
        emitEdited();
        return;
    }
    if (!conditionValue().isList())
        return; // the picked text is already the value
    // In a list, a suggestion replaces the item being typed and keeps the others.
    QStringList items;
    QStringList typed = FilterValue::splitItems(m_textBeforePick);
    if (!typed.isEmpty())
        typed.removeLast();
    for (const QString &item : std::as_const(typed)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    items.append(m_value->itemText(index));
    m_value->setEditText(items.join(QStringLiteral(", ")));
}

QString FilterConditionRow::typedItem() const
{
    QString text = m_value->isEditable() ? m_value->currentText() : QString();
    if (conditionValue().isList()) {
        const QStringList items = FilterValue::splitItems(text);
        text = items.isEmpty() ? QString() : items.last();
    }
    text = text.trimmed();
    if (text.startsWith(u'"'))
        text.remove(0, 1);
    return text;
}

void FilterConditionRow::requestSuggestions()
{
    if (m_condition.op == Operator::Exists)
        return;
    const QString prefix = typedItem();
    const QString &field = m_condition.field;
    if (field == u"kind" || field == u"kinds") {
        QStringList kinds;
        for (const QString &kind : std::as_const(m_choices.kinds)) {
            if (kind.startsWith(prefix, Qt::CaseInsensitive))
                kinds.append(kind);
        }
        setValueItems(kinds);
        return;
    }
    const std::optional<FilterFields::Attribute> attribute = FilterFields::attribute(field);
    if (!attribute || !m_suggestions) {
        setValueItems({});
        return;
    }
    m_suggestions->request(attribute->pointer, attribute->kind, prefix);
    showServerSuggestions(); // values already there for this request
}

void FilterConditionRow::showServerSuggestions()
{
    if (!m_suggestions || m_condition.op == Operator::Exists)
        return;
    const std::optional<FilterFields::Attribute> attribute
        = FilterFields::attribute(m_condition.field);
    if (!attribute || m_suggestions->pointer() != attribute->pointer
        || m_suggestions->kind() != attribute->kind || m_suggestions->isLoading())
        return;
    const FilterValue shape = conditionValue();
    QStringList items;
    for (const QJsonValue &value : m_suggestions->values()) {
        const QString text = shape.itemText(value);
        if (!items.contains(text))
            items.append(text);
    }
    setValueItems(items);
}

void FilterConditionRow::setValueItems(const QStringList &items)
{
    if (!m_value->isEditable())
        return;
    QStringList current;
    for (int i = 0; i < m_value->count(); ++i)
        current.append(m_value->itemText(i));
    if (current == items)
        return;
    QLineEdit *edit = m_value->lineEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    m_updating = true;
    m_value->clear();
    m_value->addItems(items);
    m_value->setCurrentIndex(-1);
    m_value->setEditText(text);
    edit->setCursorPosition(cursor);
    m_updating = false;
}

void FilterConditionRow::emitEdited()
{
    emit conditionEdited(m_path, m_condition);
}

FilterValue FilterConditionRow::conditionValue() const
{
    return {m_condition.field, m_condition.op};
}

} // namespace ctx
