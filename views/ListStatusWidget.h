#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ctx {

class ContextListModel;

// The list's status line: rows loaded, the total when known, loading, and errors with a
// Retry. Errors carry an icon and the word "Error", not colour alone.
class ListStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ListStatusWidget(ContextListModel *model, QWidget *parent = nullptr);

    QString text() const;
    QString errorText() const;

private:
    void update();

    ContextListModel *m_model;
    QLabel *m_text;
    QLabel *m_errorIcon;
    QLabel *m_error;
    QToolButton *m_retry;
};

} // namespace ctx
