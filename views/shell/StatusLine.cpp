#include "StatusLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ctx {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QToolButton(this))
{
    m_text->setObjectName(QStringLiteral("statusText"));
    // Long sentences wrap instead of widening the pane (and narrowing the list beside it).
    m_text->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Ask the server again"));
    m_retry->setAccessibleName(tr("Retry"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_errorIcon);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QToolButton::clicked, this, &StatusLine::retryRequested);
    setError({});
}

void StatusLine::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void StatusLine::setError(const QString &sentence)
{
    const bool failed = !sentence.isEmpty();
    m_error->setText(failed ? tr("Error: %1").arg(sentence) : QString());
    m_error->setToolTip(m_error->text());
    m_errorIcon->setVisible(failed);
    m_error->setVisible(failed);
    m_retry->setVisible(failed && m_retryAllowed);
}

void StatusLine::setRetryVisible(bool visible)
{
    m_retryAllowed = visible;
    m_retry->setVisible(visible && m_error->isVisible());
}

QString StatusLine::text() const
{
    return m_text->text();
}

QString StatusLine::errorText() const
{
    return m_error->text();
}

} // namespace ctx
