#include "ListStatusWidget.h"

#include "ContextListModel.h"
#include "ListStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ctx {

ListStatusWidget::ListStatusWidget(ContextListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QLabel(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QToolButton(this))
{
    setObjectName(QStringLiteral("listStatus"));
    m_text->setObjectName(QStringLiteral("listStatusText"));
    m_error->setObjectName(QStringLiteral("listStatusError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(false);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Ask the server again for the page that failed"));
    m_retry->setAccessibleName(tr("Retry loading contexts"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_errorIcon);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_retry);

    connect(m_retry, &QToolButton::clicked, m_model, &ContextListModel::retry);
    connect(m_model, &ContextListModel::stateChanged, this, &ListStatusWidget::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListStatusWidget::update);
    update();
}

QString ListStatusWidget::text() const
{
    return m_text->text();
}

QString ListStatusWidget::errorText() const
{
    return m_error->text();
}

void ListStatusWidget::update()
{
    const ListStatus status = ListStatus::of(*m_model);
    m_text->setText(status.text);
    const bool failed = !status.errorText.isEmpty();
    m_error->setText(failed ? tr("Error: %1").arg(status.errorText) : QString());
    m_error->setToolTip(m_error->text());
    m_errorIcon->setVisible(failed);
    m_error->setVisible(failed);
    m_retry->setVisible(failed);
}

} // namespace ctx
