#include "ContextRecordListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ctx;

class tst_ContextRecordListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsKindKeyNameSourceLastSeen()
    {
        ContextRecordListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        model.setClock([now] { return now; });
        ContextRecord user;
        user.kind = QStringLiteral("user");
        user.key = QStringLiteral("anna");
        user.name = QStringLiteral("Anna");
        user.applicationId = QStringLiteral("GoSDK/1.2");
        user.lastSeen = now.addSecs(-120);
        ContextRecord device;
        device.kind = QStringLiteral("device");
        device.key = QStringLiteral("d1");
        model.setRecords({user, device});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Source"));
        QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Last seen"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("user"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("anna"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Anna"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("GoSDK/1.2"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("2 minutes ago"));
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(1, 0).data(ContextRecordListModel::KindKeyRole).toString(),
            QStringLiteral("device:d1"));
        QCOMPARE(model.record(1).key, QStringLiteral("d1"));
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ContextRecordListModel)
#include "tst_ContextRecordListModel.moc"
