#include "SegmentListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ctx;

namespace {
SegmentMembership segment(const QString &key, const QString &name, bool member)
{
    SegmentMembership s;
    s.key = key;
    s.name = name;
    s.isMember = member;
    return s;
}
} // namespace

class tst_SegmentListModel : public QObject
{
    Q_OBJECT

private slots:
    void membersFirstThenByName()
    {
        SegmentListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SegmentMembership beta
            = segment(QStringLiteral("beta"), QStringLiteral("Beta testers"), true);
        beta.isIndividuallyTargeted = true;
        beta.description = QStringLiteral("People who test early");
        SegmentMembership vip = segment(QStringLiteral("vip"), QStringLiteral("VIP"), false);
        SegmentMembership alpha = segment(QStringLiteral("alpha"), QStringLiteral("Alpha"), true);
        alpha.isRuleTargeted = true;
        SegmentMembership big = segment(QStringLiteral("big"), QStringLiteral("Accounts"), false);
        big.unbounded = true;
        big.external = QStringLiteral("amplitude");
        model.setSegments({vip, beta, big, alpha});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Segment"));
        QCOMPARE(
            model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Why"));
        const QStringList order {QStringLiteral("Alpha"), QStringLiteral("Beta testers"),
            QStringLiteral("Accounts"), QStringLiteral("VIP")};
        for (int row = 0; row < 4; ++row)
            QCOMPARE(model.index(row, 0).data().toString(), order.at(row));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Member"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("Matched a rule"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("Targeted individually"));
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
            QStringLiteral("People who test early"));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("Not a member"));
        const QString why = model.index(2, 3).data().toString();
        QVERIFY2(why.startsWith(QStringLiteral("—")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("big segment")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("amplitude")), qPrintable(why));
        QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(3, 0).data(SegmentListModel::SegmentKeyRole).toString(),
            QStringLiteral("vip"));
        QCOMPARE(model.index(0, 0).data(SegmentListModel::IsMemberRole).toBool(), true);
        QCOMPARE(model.segment(3).key, QStringLiteral("vip"));
        model.setSegments({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SegmentListModel)
#include "tst_SegmentListModel.moc"
