#include "ListStatusWidget.h"

#include "ContextListModel.h"
#include "ListStatus.h"

namespace ctx {

ListStatusWidget::ListStatusWidget(ContextListModel *model, QWidget *parent)
    : StatusLine(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("listStatus"));
    connect(this, &StatusLine::retryRequested, m_model, &ContextListModel::retry);
    connect(m_model, &ContextListModel::stateChanged, this, &ListStatusWidget::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListStatusWidget::refresh);
    refresh();
}

void ListStatusWidget::refresh()
{
    const ListStatus status = ListStatus::of(*m_model);
    setText(status.text);
    setError(status.errorText);
}

} // namespace ctx
