#include "DeleteInstanceDialog.h"
#include "KindEditDialog.h"
#include "UserPrompts.h"
#include "VariationDialog.h"

#include <QMessageBox>

namespace ctx {

bool DialogPrompts::confirmDelete(QWidget *parent, const DeleteConfirmation &what)
{
    DeleteInstanceDialog dialog(what, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<VariationChoice> DialogPrompts::chooseVariation(
    QWidget *parent, const FlagEvaluation &flag, const QList<FlagVariation> &variations)
{
    VariationDialog dialog(flag, variations, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(
               parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

std::optional<KindEdit> DialogPrompts::editKind(
    QWidget *parent, const std::optional<ContextKind> &existing, const QStringList &takenKeys)
{
    KindEditDialog dialog(existing, takenKeys, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.edit();
}

} // namespace ctx
