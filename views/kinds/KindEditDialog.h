#pragma once

#include "UserPrompts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ctx {

// "New context kind" (name, key, description) or "Edit context kind" (the key is
// permanent and shown read-only). Problems with the entry are shown inline and keep Save
// disabled. For a new kind the key follows the name until the person edits it.
class KindEditDialog : public QDialog
{
    Q_OBJECT
public:
    KindEditDialog(const std::optional<ContextKind> &existing, const QStringList &takenKeys,
        QWidget *parent = nullptr);

    KindEdit edit() const;
    // The sentence shown under the fields; empty when the entry can be saved.
    QString problem() const;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *problemLabel() const { return m_problem; }

    // The key a new kind gets from its name: "Mobile device" -> "mobile-device".
    static QString keyFromName(const QString &name);

private:
    void validate();

    bool m_creating;
    QStringList m_takenKeys;
    bool m_keyEdited = false;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_save = nullptr;
};

} // namespace ctx
