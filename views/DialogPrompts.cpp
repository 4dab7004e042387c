#include "DeleteInstanceDialog.h"
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

} // namespace ctx
