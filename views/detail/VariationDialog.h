#pragma once

#include "UserPrompts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ctx {

// "Change variation": pick the value this context gets for one flag (or clear its
// individual setting), with an optional comment.
class VariationDialog : public QDialog
{
    Q_OBJECT
public:
    VariationDialog(const FlagEvaluation &flag, const QList<FlagVariation> &variations,
        QWidget *parent = nullptr);

    VariationChoice choice() const;
    QComboBox *valueBox() const { return m_values; }
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *saveButton() const { return m_save; }

private:
    QList<FlagVariation> m_variations;
    QComboBox *m_values;
    QLineEdit *m_comment;
    QPushButton *m_save = nullptr;
};

} // namespace ctx
