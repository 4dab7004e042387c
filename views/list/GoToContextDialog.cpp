#include "GoToContextDialog.h"

#include "ContextListModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ctx {

GoToContextDialog::GoToContextDialog(ContextsApi *api, const EnvironmentRef &environment,
    const QString &environmentLabel, ContextListModel *loaded, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_environment(environment)
    , m_environmentLabel(environmentLabel)
    , m_loaded(loaded)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_go(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("goToContextDialog"));
    setWindowTitle(tr("Go to Context"));
    setAccessibleName(tr("Go to context"));
    setAccessibleDescription(tr("Opens a context by its kind and key"));

    auto *intro = new QLabel(tr("Type the context's kind and key separated by a colon, for "
                                "example <b>user:user-key-123abc</b>. Both are required; "
                                "keys are case-sensitive."),
        this);
    intro->setObjectName(QStringLiteral("goToIntro"));
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Kind:key"), this);
    label->setBuddy(m_edit);

    m_edit->setObjectName(QStringLiteral("goToEdit"));
    m_edit->setPlaceholderText(tr("kind:key, e.g. user:user-key-123abc"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Kind and key"));
    m_edit->setAccessibleDescription(
        tr("The context's kind, a colon, then its key, e.g. user:user-key-123abc"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 48);

    m_message->setObjectName(QStringLiteral("goToMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Go to context message"));

    m_go->setText(tr("&Go"));
    m_go->setObjectName(QStringLiteral("goButton"));
    m_go->setAccessibleDescription(tr("Selects the context in the list, or opens its details"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoToContextDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GoToContextDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &GoToContextDialog::validate);
    validate();
}

GoToContextDialog::~GoToContextDialog() = default;

std::optional<GoToContextDialog::Target> GoToContextDialog::parse(
    const QString &text, QString *problem)
{
    QString ignored;
    QString &why = problem ? *problem : ignored;
    why.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        why = tr("Both the kind and the key are needed: add the kind and a colon before the "
                 "key, e.g. user:%1.")
                  .arg(trimmed);
        return std::nullopt;
    }
    Target target {trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()};
    if (target.kind.isEmpty()) {
        why = tr("The kind is missing before the colon, e.g. user:%1.").arg(target.key);
        return std::nullopt;
    }
    if (target.key.isEmpty()) {
        why = tr("The key is missing after the colon.");
        return std::nullopt;
    }
    static const QRegularExpression kindPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!kindPattern.match(target.kind).hasMatch()) {
        why = tr("“%1” is not a context kind: a kind has only letters, digits, “.”, “_” and "
                 "“-”.")
                  .arg(target.kind);
        return std::nullopt;
    }
    if (target.kind == QLatin1String("multi") || target.kind == QLatin1String("kind")) {
        why = tr("Name one kind of the context, e.g. user:key or organization:key.");
        return std::nullopt;
    }
    return target;
}

void GoToContextDialog::validate()
{
    if (isLookingUp())
        return;
    QString problem;
    const bool valid = parse(m_edit->text(), &problem).has_value();
    m_go->setEnabled(valid);
    showMessage(problem);
    m_edit->setAccessibleDescription(problem.isEmpty()
            ? tr("The context's kind, a colon, then its key, e.g. user:user-key-123abc")
            : problem);
}

void GoToContextDialog::accept()
{
    if (isLookingUp())
        return;
    const std::optional<Target> target = parse(m_edit->text());
    if (!target) {
        validate();
        return;
    }
    m_target = *target;
    if (!m_api || (m_loaded && m_loaded->rowOf(target->kind, target->key) >= 0)) {
        QDialog::accept();
        return;
    }
    lookUp(*target);
}

void GoToContextDialog::reject()
{
    if (m_pending) {
        m_pending->cancel();
        m_pending.reset();
    }
    QDialog::reject();
}

void GoToContextDialog::lookUp(const Target &target)
{
    showMessage(tr("Looking for %1:%2…").arg(target.kind, target.key));
    m_pending = m_api->contextVersions(m_environment, target.kind, target.key,
        replyTo<ContextsPage>(this,
            [this, target](const Result<ContextsPage> &result) { onLookedUp(target, result); }));
    setBusy(true);
}

void GoToContextDialog::onLookedUp(const Target &target, const Result<ContextsPage> &result)
{
    m_pending.reset();
    setBusy(false);
    if (!result.ok() && result.error().kind() == ApiError::Kind::Cancelled)
        return;
    const bool missing = result.ok() ? result.value().items.isEmpty()
                                     : result.error().kind() == ApiError::Kind::NotFound;
    if (!missing) {
        // Found, or the lookup failed: the detail pane shows the context or the error.
        QDialog::accept();
        return;
    }
    const QString where
        = m_environmentLabel.isEmpty() ? tr("this environment") : m_environmentLabel;
    showMessage(tr("There is no context %1:%2 in %3. Check the kind and the key (keys are "
                   "case-sensitive); LaunchDarkly removes contexts not seen for 30 days.")
                    .arg(target.kind, target.key, where));
    m_edit->setFocus();
    m_edit->selectAll();
}

void GoToContextDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // A longer message makes the dialog taller rather than being cut off.
    if (QLayout *box = layout()) {
        box->activate();
        const int needed = box->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void GoToContextDialog::setBusy(bool busy)
{
    m_edit->setReadOnly(busy);
    m_go->setEnabled(!busy && parse(m_edit->text()).has_value());
}

} // namespace ctx
