#include "DeleteInstanceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ctx {

DeleteInstanceDialog::DeleteInstanceDialog(const DeleteConfirmation &what, QWidget *parent)
    : QDialog(parent)
    , m_what(what)
{
    setObjectName(QStringLiteral("deleteInstanceDialog"));
    setWindowTitle(tr("Delete context instance?"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    QStringList contexts;
    for (const QString &kindKey : what.kindKeys)
        contexts.append(QStringLiteral("<li><code>%1</code></li>").arg(kindKey.toHtmlEscaped()));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("deleteText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p><b>Delete context instance <code>%1</code> from %2?</b></p>"
           "<p>It holds these contexts:</p><ul>%3</ul>"
           "<p>Every version of this instance, from every source, is removed. LaunchDarkly "
           "lists it again only if an SDK evaluates it again. This cannot be undone.</p>")
            .arg(what.instanceId.toHtmlEscaped(), what.environment.toHtmlEscaped(),
                contexts.join(QString())));
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_delete = buttons->addButton(tr("&Delete instance"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("confirmDelete"));
    m_delete->setAccessibleDescription(
        tr("Deletes the instance and every context in it on the server; this cannot be undone"));
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();

    if (what.production) {
        auto *prompt = new QLabel(
            tr("This is a <b>production</b> environment. Type the context key <code>%1</code> "
               "to confirm:")
                .arg(what.contextKey.toHtmlEscaped()),
            this);
        prompt->setWordWrap(true);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedKey"));
        m_typed->setAccessibleName(tr("Context key to confirm"));
        m_typed->setAccessibleDescription(
            tr("Delete is enabled once the context key is typed exactly"));
        prompt->setBuddy(m_typed);
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        m_delete->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_delete->setEnabled(typed == m_what.contextKey); });
    }
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    setMinimumWidth(480);
}

} // namespace ctx
