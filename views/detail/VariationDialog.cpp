#include "VariationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ctx {

VariationDialog::VariationDialog(
    const FlagEvaluation &flag, const QList<FlagVariation> &variations, QWidget *parent)
    : QDialog(parent)
    , m_variations(variations)
    , m_values(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("variationDialog"));
    setWindowTitle(tr("Change variation for %1").arg(flag.name.isEmpty() ? flag.key : flag.name));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Choose the value this context gets for the flag <code>%1</code>. "
                                "It is served through individual targeting.")
                                 .arg(flag.key.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Now served:"), new QLabel(QString::fromUtf8(flag.valueJson), this));

    m_values->setObjectName(QStringLiteral("variationValue"));
    m_values->setAccessibleName(tr("Variation"));
    m_values->setAccessibleDescription(tr("The value this context is to get for the flag"));
    for (int i = 0; i < variations.size(); ++i) {
        const FlagVariation &v = variations.at(i);
        const QString value = QString::fromUtf8(v.valueJson);
        m_values->addItem(v.name.isEmpty() ? value : tr("%1 (%2)").arg(v.name, value), i);
        if (v.valueJson == flag.valueJson)
            m_values->setCurrentIndex(i);
    }
    m_values->addItem(tr("Remove individual targeting"), -1);
    form->addRow(tr("&Variation:"), m_values);

    m_comment->setObjectName(QStringLiteral("variationComment"));
    m_comment->setPlaceholderText(tr("Optional: why (shown in the audit log)"));
    m_comment->setAccessibleName(tr("Comment"));
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveVariation"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setMinimumWidth(420);
}

VariationChoice VariationDialog::choice() const
{
    VariationChoice choice;
    const int index = m_values->currentData().toInt();
    if (index >= 0 && index < m_variations.size())
        choice.valueJson = m_variations.at(index).valueJson;
    choice.comment = m_comment->text().trimmed();
    return choice;
}

} // namespace ctx
