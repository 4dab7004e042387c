#include "FakeContextsApi.h"
#include "KindListModel.h"
#include "KindTableModel.h"

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

// The kind filter's list as the app has it: following the Kinds tab's table, which fetches.
struct Following
{
    Following() { model.follow(&table); }

    FakeContextsApi api;
    KindTableModel table {&api};
    KindListModel model;
    QAbstractItemModelTester tester {
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
} // namespace

class tst_KindListModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsSortedKindsHidingArchived()
    {
        Following f;
        FakeContextsApi &api = f.api;
        KindTableModel &table = f.table;
        KindListModel &model = f.model;
        QSignalSpy loaded(&model, &KindListModel::loaded);
        table.setProject(QStringLiteral("demo"));
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
        QVERIFY(!model.showArchived());
        QCOMPARE(model.displayName(QStringLiteral("old")), QStringLiteral("Old"));
    }

    void archivedKindsAreHiddenUnlessShown()
    {
        KindListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User")),
            kind(QStringLiteral("old"), QStringLiteral("Old"), true)});
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy shown(&model, &KindListModel::showArchivedChanged);
        QSignalSpy checked(&model, &KindListModel::checkedKeysChanged);
        model.setShowArchived(true);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(checked.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(KindListModel::KeyRole).toString(), QStringLiteral("old"));
        QVERIFY(model.index(0).data(KindListModel::ArchivedRole).toBool());
        QVERIFY(!model.index(1).data(KindListModel::ArchivedRole).toBool());

        // An archived kind can be checked while shown; hiding it unchecks it.
        model.setCheckedKeys({QStringLiteral("old"), QStringLiteral("user")});
        QCOMPARE(checked.count(), 1);
        model.setShowArchived(true);
        QCOMPARE(shown.count(), 1);
        model.setShowArchived(false);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("user")});
        QCOMPARE(checked.count(), 2);
        QCOMPARE(checked.last().at(0).toStringList(), QStringList {QStringLiteral("user")});

        // A hidden archived kind cannot be checked, nor survive a reload checked.
        model.setCheckedKeys({QStringLiteral("old")});
        QVERIFY(model.checkedKeys().isEmpty());
        model.setShowArchived(true);
        model.setCheckedKeys({QStringLiteral("old")});
        model.setKinds({kind(QStringLiteral("old"), QStringLiteral("Old"), true)});
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("old")});
    }

    void checkingKindsReportsTheirKeys()
    {
        KindListModel model;
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
        KindListModel model;
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User"))});
        model.setCheckedKeys({QStringLiteral("user")});
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User")),
            kind(QStringLiteral("device"), QStringLiteral("Device"))});
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("user")});
    }

    void failureIsReportedAndStaleReplyDropped()
    {
        Following f;
        FakeContextsApi &api = f.api;
        KindTableModel &table = f.table;
        KindListModel &model = f.model;
        QSignalSpy failed(&model, &KindListModel::loadFailed);
        table.setProject(QStringLiteral("a"));
        table.setProject(QStringLiteral("b"));
        api.kindCalls[0].done(
            QList<ContextKind> {kind(QStringLiteral("stale"), QStringLiteral("Stale"))});
        QCOMPARE(model.rowCount(), 0);
        api.replyKinds(
            1, ApiError(ApiError::Kind::NotFound, QStringLiteral("Unknown project"), 404));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError()->kind(), ApiError::Kind::NotFound);
    }

    // The app's kind filter follows the Kinds tab's table: one request serves both, a reload
    // after a save reaches the filter and keeps its checks, and a failure reaches it too.
    void followsTheKindsTableWithOneRequest()
    {
        Following f;
        FakeContextsApi &api = f.api;
        KindTableModel &table = f.table;
        KindListModel &model = f.model;
        QSignalSpy loaded(&model, &KindListModel::loaded);
        QSignalSpy failed(&model, &KindListModel::loadFailed);
        table.setProject(QStringLiteral("demo"));
        QCOMPARE(api.kindCalls.size(), 1);
        QVERIFY(model.isLoading());
        api.replyKinds(0,
            QList<ContextKind> {kind(QStringLiteral("user"), QStringLiteral("User")),
                kind(QStringLiteral("device"), QStringLiteral("Device"))});
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Device"));

        model.setCheckedKeys({QStringLiteral("user")});
        table.reload();
        QCOMPARE(api.kindCalls.size(), 2);
        api.replyKinds(1,
            QList<ContextKind> {kind(QStringLiteral("user"), QStringLiteral("User")),
                kind(QStringLiteral("device"), QStringLiteral("Device")),
                kind(QStringLiteral("location"), QStringLiteral("Location"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("user")});

        table.reload();
        api.replyKinds(2, ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500));
        QCOMPARE(failed.count(), 1);
        QVERIFY(model.lastError().has_value());
        QCOMPARE(model.rowCount(), 3); // the kinds it had stay
        QCOMPARE(api.kindCalls.size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_KindListModel)
#include "tst_KindListModel.moc"
