#include "KindEditDialog.h"

#include "KindTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ctx {

KindEditDialog::KindEditDialog(
    const std::optional<ContextKind> &existing, const QStringList &takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_creating(!existing)
    , m_takenKeys(takenKeys)
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("kindEditDialog"));
    setWindowTitle(m_creating ? tr("New context kind") : tr("Edit context kind"));
    auto *form = new QFormLayout(this);

    m_name->setObjectName(QStringLiteral("kindName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Shown in the kinds list and the kind filter"));
    form->addRow(tr("&Name:"), m_name);

    m_key->setObjectName(QStringLiteral("kindKey"));
    m_key->setAccessibleName(tr("Key"));
    m_key->setMaxLength(256);
    if (m_creating) {
        m_key->setPlaceholderText(tr("e.g. organization"));
        m_key->setToolTip(tr("Letters, digits, “.”, “_” and “-”. The key cannot be changed "
                             "later."));
    } else {
        m_key->setReadOnly(true);
        m_key->setToolTip(tr("The key of a kind is permanent."));
    }
    form->addRow(tr("&Key:"), m_key);

    m_description->setObjectName(QStringLiteral("kindDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Description:"), m_description);

    m_problem->setObjectName(QStringLiteral("kindProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(
        m_creating ? tr("&Create kind") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveKind"));
    m_save->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });

    if (existing) {
        m_key->setText(existing->key);
        m_name->setText(existing->name);
        m_description->setPlainText(existing->description);
    }
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (m_creating && !m_keyEdited)
            m_key->setText(keyFromName(name));
    });
    connect(m_key, &QLineEdit::textEdited, this,
        [this](const QString &key) { m_keyEdited = !key.isEmpty(); });
    connect(m_name, &QLineEdit::textChanged, this, &KindEditDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &KindEditDialog::validate);
    validate();
    setMinimumWidth(440);
}

QString KindEditDialog::keyFromName(const QString &name)
{
    QString key;
    for (const QChar c : name.trimmed().toLower()) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_'
            || u == u'-')
            key.append(c);
        else if (c.isSpace() && !key.endsWith(QLatin1Char('-')))
            key.append(QLatin1Char('-'));
    }
    return key;
}

QString KindEditDialog::problem() const
{
    const ContextKindUpdate update = edit().update;
    if (QString p = KindTableModel::updateProblem(update); !p.isEmpty())
        return p;
    if (!m_creating)
        return {};
    const QString key = m_key->text();
    if (QString p = KindTableModel::keyProblem(key); !p.isEmpty())
        return p;
    if (m_takenKeys.contains(key))
        return tr("A kind with the key “%1” already exists; select it and choose Edit.").arg(key);
    return {};
}

void KindEditDialog::validate()
{
    const QString sentence = problem();
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty());
    m_save->setEnabled(sentence.isEmpty());
}

KindEdit KindEditDialog::edit() const
{
    KindEdit edit;
    edit.key = m_key->text();
    edit.update.name = m_name->text().trimmed();
    edit.update.description = m_description->toPlainText().trimmed();
    return edit;
}

} // namespace ctx
