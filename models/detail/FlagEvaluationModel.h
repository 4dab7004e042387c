#pragma once

#include "ContextDetailTypes.h"

#include <QAbstractTableModel>

namespace ctx {

// The flag variations a context is expected to get, with the reason, one row per flag.
class FlagEvaluationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FlagColumn, KeyColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // QByteArray: the served value as compact JSON
        FlagKeyRole, // QString
    };
    Q_ENUM(Column)

    explicit FlagEvaluationModel(QObject *parent = nullptr);

    void setEvaluations(const QList<FlagEvaluation> &evaluations);
    QList<FlagEvaluation> evaluations() const { return m_evaluations; }
    const FlagEvaluation &evaluation(int row) const { return m_evaluations.at(row); }

    // A value as a person reads it: strings without quotes, other JSON as compact JSON.
    static QString valueText(const QByteArray &valueJson);
    // "Off", "Default rule", "Rule 2", "Targeted individually", "Prerequisite beta failed",
    // "Error: FLAG_NOT_FOUND", each followed by " (in experiment)" when it applies.
    static QString reasonText(const EvaluationReason &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const FlagEvaluation &evaluation, int column) const;

    QList<FlagEvaluation> m_evaluations;
};

} // namespace ctx
