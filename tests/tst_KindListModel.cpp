#include "FakeContextsApi.h"
#include "KindListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

namespace {
ContextKind kind(const QString &key, const QString &name, bool archived = false)
{
    ContextKind k;
    k.key = key;
    k.name = name;
    k.description = name + QStringLiteral(" contexts");
    k.archived = archived;
    return k;
}
} // namespace

class tst_KindListModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsSortedKindsWithoutArchived()
    {
        FakeContextsApi api;
        KindListModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &KindListModel::loaded);
        model.load(QStringLiteral("demo"));
        QVERIFY(model.isLoading());
        QCOMPARE(api.kindCalls[0].projectKey, QStringLiteral("demo"));
        api.replyKinds(0,
            QList<ContextKind> {kind(QStringLiteral("user"), QStringLiteral("User")),
                kind(QStringLiteral("device"), QStringLiteral("Device")),
                kind(QStringLiteral("old"), QStringLiteral("Old"), true)});
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Device"));
        QCOMPARE(model.index(1).data(KindListModel::KeyRole).toString(), QStringLiteral("user"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("User contexts"));
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void checkingKindsReportsTheirKeys()
    {
        FakeContextsApi api;
        KindListModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User")),
            kind(QStringLiteral("device"), QStringLiteral("Device"))});
        QSignalSpy changed(&model, &KindListModel::checkedKeysChanged);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toStringList(), QStringList {QStringLiteral("user")});
        model.setCheckedKeys({QStringLiteral("device"), QStringLiteral("user")});
        QCOMPARE(
            model.checkedKeys(), (QStringList {QStringLiteral("device"), QStringLiteral("user")}));
        model.setCheckedKeys({});
        QVERIFY(model.checkedKeys().isEmpty());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.displayName(QStringLiteral("device")), QStringLiteral("Device"));
        QCOMPARE(model.displayName(QStringLiteral("unknown")), QStringLiteral("unknown"));
    }

    void reloadKeepsCheckedKinds()
    {
        FakeContextsApi api;
        KindListModel model(&api);
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User"))});
        model.setCheckedKeys({QStringLiteral("user")});
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User")),
            kind(QStringLiteral("device"), QStringLiteral("Device"))});
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("user")});
    }

    void failureIsReportedAndStaleReplyDropped()
    {
        FakeContextsApi api;
        KindListModel model(&api);
        QSignalSpy failed(&model, &KindListModel::loadFailed);
        model.load(QStringLiteral("a"));
        model.load(QStringLiteral("b"));
        api.kindCalls[0].done(
            QList<ContextKind> {kind(QStringLiteral("stale"), QStringLiteral("Stale"))});
        QCOMPARE(model.rowCount(), 0);
        api.replyKinds(
            1, ApiError(ApiError::Kind::NotFound, QStringLiteral("Unknown project"), 404));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError()->kind(), ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_KindListModel)
#include "tst_KindListModel.moc"
