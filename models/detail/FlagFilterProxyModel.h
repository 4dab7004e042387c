#pragma once

#include <QSortFilterProxyModel>

namespace ctx {

// Filters a FlagEvaluationModel on a piece of text found (case-insensitively) in a flag's
// key, name or value.
class FlagFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FlagFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace ctx
