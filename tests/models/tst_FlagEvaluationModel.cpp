#include "FlagEvaluationModel.h"
#include "FlagFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ctx;

namespace {

FlagEvaluation evaluation(const QString &key, const QString &name, const QByteArray &valueJson,
    const QString &reasonKind = QStringLiteral("FALLTHROUGH"))
{
    FlagEvaluation e;
    e.key = key;
    e.name = name;
    e.valueJson = valueJson;
    e.reason.kind = reasonKind;
    return e;
}

EvaluationReason reason(const QString &kind)
{
    EvaluationReason r;
    r.kind = kind;
    return r;
}

} // namespace

class tst_FlagEvaluationModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsShowNameKeyValueReason()
    {
        FlagEvaluationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvaluations(
            {evaluation(QStringLiteral("banner-color"), QStringLiteral("Banner color"), "\"blue\""),
                evaluation(QStringLiteral("limits"), QStringLiteral("Limits"), R"({"max":3})"),
                evaluation(QStringLiteral("dark-mode"), QString(), "true")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Flag"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Reason"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Banner color"));
        QCOMPARE(
            model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("banner-color"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("banner-color"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("blue"));
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("\"blue\""));
        QCOMPARE(model.index(0, 2).data(FlagEvaluationModel::RawValueRole).toByteArray(),
            QByteArray("\"blue\""));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral(R"({"max":3})"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("dark-mode"));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("true"));
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("Default rule"));
        QCOMPARE(model.index(1, 3).data(FlagEvaluationModel::FlagKeyRole).toString(),
            QStringLiteral("limits"));
        QCOMPARE(model.evaluation(1).key, QStringLiteral("limits"));
    }

    void valueText()
    {
        QCOMPARE(FlagEvaluationModel::valueText("\"a \\\"quoted\\\" word\""),
            QStringLiteral("a \"quoted\" word"));
        QCOMPARE(FlagEvaluationModel::valueText("null"), QStringLiteral("null"));
        QCOMPARE(FlagEvaluationModel::valueText("12.5"), QStringLiteral("12.5"));
        QCOMPARE(FlagEvaluationModel::valueText("[1,2]"), QStringLiteral("[1,2]"));
    }

    void reasonsReadAsSentences()
    {
        QCOMPARE(
            FlagEvaluationModel::reasonText(reason(QStringLiteral("OFF"))), QStringLiteral("Off"));
        QCOMPARE(FlagEvaluationModel::reasonText(reason(QStringLiteral("FALLTHROUGH"))),
            QStringLiteral("Default rule"));
        QCOMPARE(FlagEvaluationModel::reasonText(reason(QStringLiteral("TARGET_MATCH"))),
            QStringLiteral("Targeted individually"));
        EvaluationReason rule = reason(QStringLiteral("RULE_MATCH"));
        rule.ruleIndex = 1;
        QCOMPARE(FlagEvaluationModel::reasonText(rule), QStringLiteral("Rule 2"));
        rule.inExperiment = true;
        QCOMPARE(FlagEvaluationModel::reasonText(rule), QStringLiteral("Rule 2 (in experiment)"));
        EvaluationReason prerequisite = reason(QStringLiteral("PREREQUISITE_FAILED"));
        prerequisite.prerequisiteKey = QStringLiteral("beta");
        QCOMPARE(FlagEvaluationModel::reasonText(prerequisite),
            QStringLiteral("Prerequisite beta failed"));
        EvaluationReason error = reason(QStringLiteral("ERROR"));
        error.errorKind = QStringLiteral("MALFORMED_FLAG");
        QCOMPARE(FlagEvaluationModel::reasonText(error), QStringLiteral("Error: MALFORMED_FLAG"));
        EvaluationReason fallthrough = reason(QStringLiteral("FALLTHROUGH"));
        fallthrough.inExperiment = true;
        QCOMPARE(FlagEvaluationModel::reasonText(fallthrough),
            QStringLiteral("Default rule (in experiment)"));
    }

    void proxyFiltersOnKeyNameAndValue()
    {
        FlagEvaluationModel model;
        FlagFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvaluations(
            {evaluation(QStringLiteral("banner-color"), QStringLiteral("Banner color"), "\"Blue\""),
                evaluation(QStringLiteral("dark-mode"), QStringLiteral("Dark mode"), "false"),
                evaluation(QStringLiteral("checkout"), QStringLiteral("New checkout"), "\"v2\"")});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText(QStringLiteral("DARK"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FlagEvaluationModel::KeyColumn).data().toString(),
            QStringLiteral("dark-mode"));
        proxy.setFilterText(QStringLiteral("blue")); // value text, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FlagEvaluationModel::KeyColumn).data().toString(),
            QStringLiteral("banner-color"));
        proxy.setFilterText(QStringLiteral("new ch")); // name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("checkout")); // key and name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("nothing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.filterText(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_FlagEvaluationModel)
#include "tst_FlagEvaluationModel.moc"
