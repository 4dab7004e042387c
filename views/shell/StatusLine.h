#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ctx {

// A one-line status: a text (counts, "Loading…") and, when something failed, a warning
// icon, "Error: <sentence>" and a Retry button. Never colour alone.
class StatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    void setText(const QString &text);
    // An empty sentence clears the error.
    void setError(const QString &sentence);
    void setRetryVisible(bool visible);

    QString text() const;
    QString errorText() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QLabel *m_errorIcon;
    QLabel *m_error;
    QToolButton *m_retry;
    bool m_retryAllowed = true;
};

} // namespace ctx
