#include "FlagFilterProxyModel.h"

#include "FlagEvaluationModel.h"

namespace ctx {

FlagFilterProxyModel::FlagFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FlagFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool FlagFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    for (const int column : {FlagEvaluationModel::FlagColumn, FlagEvaluationModel::KeyColumn,
             FlagEvaluationModel::ValueColumn}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ctx
