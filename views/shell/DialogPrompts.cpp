#include "DeleteInstanceDialog.h"
#include "KindEditDialog.h"
#include "UserPrompts.h"
#include "VariationDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
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

std::optional<QString> DialogPrompts::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok).trimmed();
    if (!ok || text.isEmpty())
        return std::nullopt;
    return text;
}

QString DialogPrompts::chooseSaveFile(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

QString DialogPrompts::chooseOpenFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

std::optional<QString> DialogPrompts::askToken(const QString &connectionName, const QString &reason)
{
    QInputDialog dialog(QApplication::activeWindow());
    dialog.setWindowTitle(
        QApplication::translate("ctx::DialogPrompts", "Access token for %1").arg(connectionName));
    dialog.setLabelText(
        QApplication::translate("ctx::DialogPrompts", "%1\n\n&Access token:").arg(reason));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    dialog.setOkButtonText(QApplication::translate("ctx::DialogPrompts", "&Connect"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString token = dialog.textValue().trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

} // namespace ctx
