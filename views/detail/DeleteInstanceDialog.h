#pragma once

#include "UserPrompts.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace ctx {

// "Delete context instance?": names the instance (id and kind:key pairs) and the
// environment, says that every version is removed. Cancel is the default button. In a
// production environment the person types the context key before Delete is enabled.
class DeleteInstanceDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteInstanceDialog(const DeleteConfirmation &what, QWidget *parent = nullptr);

    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *confirmationEdit() const { return m_typed; } // null unless production

private:
    DeleteConfirmation m_what;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ctx
