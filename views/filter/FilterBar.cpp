#include "FilterBar.h"

#include "FilterBuilderWidget.h"
#include "FilterExpression.h"
#include "QuickSearch.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctx {

using filter::Expression;

namespace {

int clauseCount(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause)
        return 1;
    int count = 0;
    for (const Expression &child : expression.children)
        count += clauseCount(child);
    return count;
}

bool isDelimiter(QChar c)
{
    return c.isSpace() || c == u',' || c == u'|' || c == u'(' || c == u')';
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_quick(new QLineEdit(this))
    , m_builderButton(new QToolButton(this))
    , m_advanced(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_builder(new FilterBuilderWidget(this))
{
    setObjectName(QStringLiteral("filterBar"));

    m_quick->setObjectName(QStringLiteral("quickSearch"));
    m_quick->setPlaceholderText(tr("Search (key:, name:, user.email:)"));
    m_quick->setClearButtonEnabled(true);
    m_quick->setToolTip(QuickSearch::syntaxHelp());
    m_quick->setAccessibleName(tr("Quick search"));
    m_quick->setAccessibleDescription(
        tr("Free text, or key:, name:, kind.attribute: prefixes. Applied as you type; "
           "Escape clears it."));
    m_quick->setMinimumWidth(m_quick->fontMetrics().averageCharWidth() * 24);

    m_builderButton->setObjectName(QStringLiteral("filterBuilderButton"));
    m_builderButton->setText(tr("Filter…"));
    m_builderButton->setCheckable(true);
    m_builderButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_builderButton->setToolTip(tr("Show the filter builder: conditions on fields and "
                                   "attributes, combined with AND / OR"));
    m_builderButton->setAccessibleName(tr("Filter builder"));
    m_builderButton->setAccessibleDescription(
        tr("Shows or hides the panel that builds the filter from conditions"));

    m_advanced->setObjectName(QStringLiteral("advancedFilter"));
    m_advanced->setPlaceholderText(tr("Filter, e.g. user.plan anyOf [\"pro\",\"team\"]"));
    m_advanced->setClearButtonEnabled(true);
    m_advanced->setAccessibleName(tr("Advanced filter"));
    m_advanced->setAccessibleDescription(
        tr("The filter in the API's grammar. Enter applies it; Escape reverts an edit, then "
           "clears the filter."));
    m_advanced->setToolTip(
        tr("<p>The filter in the API's grammar: <code>field operator value</code>.</p>"
           "<p>Fields: key, name, kind, kinds, kindKey, kindKeys, applicationId, id, q, or an "
           "attribute as <code>user.email</code>, <code>*.email</code>, "
           "<code>user./address/city</code>.<br>Operators: equals, notEquals, anyOf, "
           "startsWith, exists, before, after, contains.<br>Join with <code>,</code> (and), "
           "<code>|</code> (or) and <code>( )</code>. Quote text values: "
           "<code>\"New York\"</code>.</p>"));
    m_errorAction = m_advanced->addAction(
        style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_errorAction->setObjectName(QStringLiteral("filterErrorAction"));
    m_errorAction->setToolTip(tr("Go to the error"));
    m_errorAction->setVisible(false);
    connect(m_errorAction, &QAction::triggered, this, &FilterBar::showErrorPlace);

    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Filter message"));
    m_message->hide();

    m_builder->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_quick, 2);
    row->addWidget(m_builderButton);
    row->addWidget(m_advanced, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_builder);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);

    connect(m_quick, &QLineEdit::textChanged, this, &FilterBar::onQuickTextChanged);
    connect(m_quick, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    connect(m_advanced, &QLineEdit::textChanged, this, &FilterBar::onAdvancedTextChanged);
    connect(m_advanced, &QLineEdit::returnPressed, this, [this] {
        applyNow();
        if (m_errorPosition)
            showErrorPlace();
    });
    connect(m_builderButton, &QToolButton::toggled, m_builder, &QWidget::setVisible);
    connect(m_builder, &FilterBuilderWidget::filterEdited, this, &FilterBar::onBuilderEdited);
    m_quick->installEventFilter(this);
    m_advanced->installEventFilter(this);
}

FilterBar::~FilterBar() = default;

void FilterBar::leaveToWindow(const QList<QKeySequence> &keys)
{
    m_windowKeys = keys;
}

void FilterBar::setAttributeCatalog(AttributeCatalog *catalog)
{
    m_builder->setAttributeCatalog(catalog);
}

void FilterBar::setApi(ContextsApi *api, const EnvironmentRef &environment)
{
    m_builder->setApi(api, environment);
}

QString FilterBar::quickSearchText() const
{
    return m_quick->text();
}

QString FilterBar::advancedText() const
{
    return m_advanced->text();
}

void FilterBar::setQuickSearchText(const QString &text)
{
    m_quick->setText(text);
    applyNow();
}

void FilterBar::setAdvancedText(const QString &text)
{
    m_advanced->setText(text);
    applyNow();
}

QString FilterBar::messageText() const
{
    return m_message->text();
}

QString FilterBar::combine(const QString &first, const QString &second)
{
    Expression all;
    all.type = Expression::Type::And;
    QStringList unparsed;
    for (const QString &text : {first, second}) {
        const filter::ParseResult parsed = filter::parse(text);
        if (!parsed.ok()) {
            unparsed.append(text.trimmed());
            continue;
        }
        if (!parsed.expression)
            continue;
        if (parsed.expression->type == Expression::Type::And)
            all.children.append(parsed.expression->children);
        else
            all.children.append(*parsed.expression);
    }
    QString result;
    if (all.children.size() == 1)
        result = filter::print(all.children.first());
    else if (all.children.size() > 1)
        result = filter::print(all);
    // Not reached from the bar (it only combines texts that parse): keep such a text whole.
    for (const QString &text : std::as_const(unparsed))
        result = result.isEmpty() ? text : result + QStringLiteral(",(") + text + u')';
    return result;
}

void FilterBar::setServerError(const QString &sentence)
{
    m_serverError = sentence.trimmed();
    updateMessage();
}

void FilterBar::focusQuickSearch()
{
    m_quick->setFocus(Qt::ShortcutFocusReason);
    m_quick->selectAll();
}

void FilterBar::applyNow()
{
    m_debounce.stop();
    const QString quick = QuickSearch::toFilter(m_quick->text());
    if (!m_errorPosition) {
        const filter::ParseResult parsed = filter::parse(m_advanced->text());
        m_appliedAdvanced = parsed.expression ? filter::print(*parsed.expression) : QString();
        m_appliedAdvancedText = m_advanced->text();
    }
    updateBuilderButton();
    const QString combined = combine(quick, m_appliedAdvanced);
    if (combined == m_emitted)
        return;
    m_emitted = combined;
    emit filterChanged(combined);
}

void FilterBar::clear()
{
    m_quick->clear();
    m_advanced->clear();
    applyNow();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if ((edit == m_quick || edit == m_advanced)
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            const QKeySequence pressed(key->keyCombination());
            if (m_windowKeys.contains(pressed))
                return true; // not accepted: the window's shortcut gets it
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !edit->text().isEmpty()) {
            // Escape empties (or reverts) the box rather than reaching a window shortcut.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                const bool revert = edit == m_advanced && edit->text() != m_appliedAdvancedText;
                if (revert)
                    edit->setText(m_appliedAdvancedText); // back to the filter in force
                else
                    edit->clear();
                applyNow();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::onQuickTextChanged()
{
    m_serverError.clear();
    updateMessage();
    m_debounce.start();
}

void FilterBar::onAdvancedTextChanged()
{
    m_serverError.clear();
    validateAdvanced();
    if (!m_fromBuilder)
        m_builder->setFilterText(m_advanced->text());
    updateMessage();
    const QString quick = QuickSearch::toFilter(m_quick->text());
    if (!m_errorPosition)
        m_debounce.start();
    else if (combine(quick, m_appliedAdvanced) == m_emitted)
        m_debounce.stop(); // nothing else waits to be applied; the broken text is not
}

void FilterBar::onBuilderEdited(const QString &text)
{
    m_fromBuilder = true;
    m_advanced->setText(text);
    m_fromBuilder = false;
}

void FilterBar::validateAdvanced()
{
    const filter::ParseResult parsed = filter::parse(m_advanced->text());
    if (parsed.ok()) {
        m_errorPosition.reset();
        m_parseError.clear();
    } else {
        m_errorPosition = parsed.error->position;
        m_parseError
            = tr("Column %1: %2").arg(parsed.error->position + 1).arg(parsed.error->message);
    }
    m_errorAction->setVisible(m_errorPosition.has_value());
    m_errorAction->setToolTip(m_parseError.isEmpty() ? tr("Go to the error")
                                                     : tr("Go to the error: %1").arg(m_parseError));
    m_advanced->setAccessibleDescription(m_parseError);
}

void FilterBar::showErrorPlace()
{
    if (!m_errorPosition)
        return;
    const QString text = m_advanced->text();
    const int start = qBound(0, *m_errorPosition, static_cast<int>(text.size()));
    int end = start;
    while (end < text.size() && (end == start || !isDelimiter(text[end])))
        ++end;
    m_advanced->setFocus(Qt::OtherFocusReason);
    if (end > start)
        m_advanced->setSelection(start, end - start);
    else
        m_advanced->setCursorPosition(start);
}

void FilterBar::updateMessage()
{
    const QString text = m_parseError.isEmpty() ? m_serverError : m_parseError;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setAccessibleName(
        m_parseError.isEmpty() ? tr("Server message about the filter") : tr("Filter error"));
}

void FilterBar::updateBuilderButton()
{
    const filter::ParseResult parsed = filter::parse(m_appliedAdvanced);
    const int count = parsed.expression ? clauseCount(*parsed.expression) : 0;
    m_builderButton->setText(count > 0 ? tr("Filter (%1)…").arg(count) : tr("Filter…"));
}

} // namespace ctx
