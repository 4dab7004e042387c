#include "InstanceListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ctx;

namespace {

const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

ContextRecord context(const QString &kind, const QString &key)
{
    ContextRecord r;
    r.kind = kind;
    r.key = key;
    r.attributesJson = QByteArrayLiteral("{}");
    return r;
}

ContextInstance instance(const QString &id, const QString &applicationId, int minutesAgo)
{
    ContextInstance i;
    i.id = id;
    i.applicationId = applicationId;
    i.lastSeen = now.addSecs(-60LL * minutesAgo);
    i.contexts = {context(QStringLiteral("user"), QStringLiteral("anna")),
        context(QStringLiteral("device"), QStringLiteral("d1"))};
    return i;
}

} // namespace

class tst_InstanceListModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsShowIdContextsLastSeenSourceAnonymousKinds()
    {
        InstanceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return now; });
        ContextInstance first = instance(QStringLiteral("inst-1"), QStringLiteral("GoSDK/1.2"), 5);
        first.anonymousKinds = {QStringLiteral("session"), QStringLiteral("privateKind")};
        model.setInstances({first, instance(QStringLiteral("inst-2"), QString(), 180)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        const QStringList headers {QStringLiteral("Instance"), QStringLiteral("Contexts"),
            QStringLiteral("Last seen"), QStringLiteral("Source"),
            QStringLiteral("Anonymous kinds")};
        for (int column = 0; column < 5; ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                headers.at(column));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("inst-1"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("user:anna, device:d1"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("5 minutes ago"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("3 hours ago"));
        QVERIFY(model.index(0, 2)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026-11-21 11:55:00.000 UTC")));
        QCOMPARE(model.index(0, 2).data(InstanceListModel::SortValueRole).toDateTime(),
            now.addSecs(-300));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("GoSDK/1.2"));
        QVERIFY(!model.index(1, 3).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("session, privateKind"));
        QCOMPARE(model.index(1, 4).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(InstanceListModel::InstanceIdRole).toString(),
            QStringLiteral("inst-2"));
        QCOMPARE(model.instance(1).id, QStringLiteral("inst-2"));
    }

    void distinctIdsCountSourceVersionsOnce()
    {
        InstanceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.distinctInstanceIds().isEmpty());
        model.setInstances({instance(QStringLiteral("a"), QStringLiteral("GoSDK/1.2"), 1),
            instance(QStringLiteral("a"), QStringLiteral("NodeSDK/9"), 2),
            instance(QStringLiteral("b"), QStringLiteral("GoSDK/1.2"), 3)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.distinctInstanceIds(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        model.setInstances({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_InstanceListModel)
#include "tst_InstanceListModel.moc"
