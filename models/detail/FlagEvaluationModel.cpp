#include "FlagEvaluationModel.h"

#include "JsonValue.h"

namespace ctx {

FlagEvaluationModel::FlagEvaluationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FlagEvaluationModel::setEvaluations(const QList<FlagEvaluation> &evaluations)
{
    beginResetModel();
    m_evaluations = evaluations;
    endResetModel();
}

QString FlagEvaluationModel::valueText(const QByteArray &valueJson)
{
    const std::optional<JsonValue> value = JsonValue::fromJson(valueJson);
    return value && value->isString() ? value->toString() : QString::fromUtf8(valueJson);
}

QString FlagEvaluationModel::reasonText(const EvaluationReason &reason)
{
    QString text;
    if (reason.kind == QLatin1String("OFF"))
        text = tr("Off");
    else if (reason.kind == QLatin1String("FALLTHROUGH"))
        text = tr("Default rule");
    else if (reason.kind == QLatin1String("TARGET_MATCH"))
        text = tr("Targeted individually");
    else if (reason.kind == QLatin1String("RULE_MATCH"))
        text = reason.ruleIndex >= 0 ? tr("Rule %1").arg(reason.ruleIndex + 1) : tr("A rule");
    else if (reason.kind == QLatin1String("PREREQUISITE_FAILED"))
        text = tr("Prerequisite %1 failed").arg(reason.prerequisiteKey);
    else if (reason.kind == QLatin1String("ERROR"))
        text = tr("Error: %1").arg(reason.errorKind);
    else
        text = reason.kind;
    if (reason.inExperiment)
        text = tr("%1 (in experiment)").arg(text);
    return text;
}

int FlagEvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_evaluations.size());
}

int FlagEvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlagEvaluationModel::displayText(const FlagEvaluation &evaluation, int column) const
{
    switch (column) {
    case FlagColumn:
        return evaluation.name.isEmpty() ? evaluation.key : evaluation.name;
    case KeyColumn:
        return evaluation.key;
    case ValueColumn:
        return valueText(evaluation.valueJson);
    case ReasonColumn:
        return reasonText(evaluation.reason);
    default:
        return {};
    }
}

QVariant FlagEvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlagEvaluation &evaluation = m_evaluations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(evaluation, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FlagColumn:
            return evaluation.key;
        case ValueColumn:
            return QString::fromUtf8(evaluation.valueJson);
        case ReasonColumn:
            if (evaluation.reason.kind == QLatin1String("RULE_MATCH")
                && !evaluation.reason.ruleId.isEmpty())
                return tr("%1 (rule id %2)")
                    .arg(reasonText(evaluation.reason), evaluation.reason.ruleId);
            return displayText(evaluation, index.column());
        default:
            return displayText(evaluation, index.column());
        }
    case RawValueRole:
        return evaluation.valueJson;
    case FlagKeyRole:
        return evaluation.key;
    default:
        return {};
    }
}

QVariant FlagEvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlagColumn:
        return tr("Flag");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace ctx
