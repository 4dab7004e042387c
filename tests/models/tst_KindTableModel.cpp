#include "FakeContextsApi.h"
#include "KindTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

namespace {
const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

ContextKind kind(const QString &key, const QString &name, const QString &createdFrom,
    bool archived = false, const QDateTime &lastSeen = {})
{
    ContextKind k;
    k.key = key;
    k.name = name;
    k.description = name + QStringLiteral(" contexts");
    k.version = 3;
    k.createdFrom = createdFrom;
    k.archived = archived;
    k.lastSeen = lastSeen;
    return k;
}

QList<ContextKind> sampleKinds()
{
    return {kind(QStringLiteral("user"), QStringLiteral("User"), QStringLiteral("default"), false,
                kNow.addSecs(-300)),
        kind(QStringLiteral("device"), QStringLiteral("Device"), QStringLiteral("auto-add"), false,
            kNow.addDays(-3)),
        kind(QStringLiteral("old"), QStringLiteral("Old"), QStringLiteral("manual"), true),
        kind(QStringLiteral("organization"), QStringLiteral("Organization"),
            QStringLiteral("manual"))};
}

ApiError error(ApiError::Kind kind, int status, const QString &message)
{
    return ApiError(kind, message, status);
}
} // namespace

class tst_KindTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndTexts()
    {
        FakeContextsApi api;
        KindTableModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return kNow; });
        QSignalSpy loading(&model, &KindTableModel::loadingChanged);
        QSignalSpy loaded(&model, &KindTableModel::loaded);
        model.setProject(QStringLiteral("demo"));
        QVERIFY(model.isLoading());
        QCOMPARE(loading.count(), 1);
        QCOMPARE(api.kindCalls.size(), 1);
        QCOMPARE(api.kindCalls[0].projectKey, QStringLiteral("demo"));
        api.replyKinds(0, sampleKinds());
        QVERIFY(!model.isLoading());
        QVERIFY(model.hasLoaded());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loading.count(), 2);

        QCOMPARE(model.columnCount(), 6);
        const QStringList headers {QStringLiteral("Key"), QStringLiteral("Name"),
            QStringLiteral("Description"), QStringLiteral("Created from"),
            QStringLiteral("Last seen"), QStringLiteral("Archived")};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), headers[c]);

        // Sorted by key; "old" is archived and hidden.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.kinds().size(), 4);
        QCOMPARE(model.archivedCount(), 1);
        auto text = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(text(0, KindTableModel::KeyColumn), QStringLiteral("device"));
        QCOMPARE(text(0, KindTableModel::NameColumn), QStringLiteral("Device"));
        QCOMPARE(text(0, KindTableModel::DescriptionColumn), QStringLiteral("Device contexts"));
        QCOMPARE(text(0, KindTableModel::CreatedFromColumn), QStringLiteral("Automatically added"));
        QCOMPARE(text(0, KindTableModel::LastSeenColumn), QStringLiteral("3 days ago"));
        QVERIFY(text(0, KindTableModel::LastSeenColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("2026-11-18 12:00:00.000 UTC")));
        QCOMPARE(text(1, KindTableModel::KeyColumn), QStringLiteral("organization"));
        QCOMPARE(text(1, KindTableModel::CreatedFromColumn), QStringLiteral("Manually created"));
        QCOMPARE(text(1, KindTableModel::LastSeenColumn), QStringLiteral("never"));
        QCOMPARE(text(1, KindTableModel::LastSeenColumn, Qt::ToolTipRole),
            QStringLiteral("No SDK has sent a context of this kind yet."));
        QCOMPARE(text(2, KindTableModel::CreatedFromColumn), QStringLiteral("Default"));
        QCOMPARE(text(2, KindTableModel::LastSeenColumn), QStringLiteral("5 minutes ago"));
        QCOMPARE(text(2, KindTableModel::ArchivedColumn), QString());
        QCOMPARE(
            text(2, KindTableModel::KeyColumn, KindTableModel::KeyRole), QStringLiteral("user"));
        QCOMPARE(model.index(2, KindTableModel::LastSeenColumn)
                     .data(KindTableModel::SortValueRole)
                     .toDateTime(),
            kNow.addSecs(-300));
        QCOMPARE(KindTableModel::createdFromText(QStringLiteral("other")), QStringLiteral("other"));
        QCOMPARE(model.rowOf(QStringLiteral("user")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("old")), -1);
        QVERIFY(model.kind(QStringLiteral("old")).has_value());
        QVERIFY(!model.kind(QStringLiteral("nope")).has_value());
    }

    void showArchivedRevealsArchivedRows()
    {
        FakeContextsApi api;
        KindTableModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("demo"));
        api.replyKinds(0, sampleKinds());
        QSignalSpy changed(&model, &KindTableModel::showArchivedChanged);
        QVERIFY(!model.showArchived());
        model.setShowArchived(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOf(QStringLiteral("old"));
        QCOMPARE(row, 1);
        QCOMPARE(model.index(row, KindTableModel::ArchivedColumn).data().toString(),
            QStringLiteral("Archived"));
        QVERIFY(model.index(row, 0).data(KindTableModel::ArchivedRole).toBool());
        QVERIFY(!model.index(0, 0).data(KindTableModel::ArchivedRole).toBool());
        model.setShowArchived(true);
        QCOMPARE(changed.count(), 1);
        model.setShowArchived(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.count(), 2);
    }

    void saveSendsTheKindAndReloads()
    {
        FakeContextsApi api;
        KindTableModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("demo"));
        api.replyKinds(0, sampleKinds());
        QSignalSpy started(&model, &KindTableModel::saveStarted);
        QSignalSpy saved(&model, &KindTableModel::saved);
        QSignalSpy failed(&model, &KindTableModel::saveFailed);

        ContextKindUpdate update;
        update.name = QStringLiteral("Organization");
        update.description = QStringLiteral("Companies");
        update.archived = true;
        QVERIFY(model.save(QStringLiteral("organization"), update));
        QCOMPARE(started.count(), 1);
        QVERIFY(model.isSaving(QStringLiteral("organization")));
        QCOMPARE(api.kindUpdateCalls.size(), 1);
        const auto &call = api.kindUpdateCalls[0];
        QCOMPARE(call.projectKey, QStringLiteral("demo"));
        QCOMPARE(call.key, QStringLiteral("organization"));
        QCOMPARE(call.kindUpdate.name, QStringLiteral("Organization"));
        QCOMPARE(call.kindUpdate.description, QStringLiteral("Companies"));
        QCOMPARE(call.kindUpdate.archived, std::optional<bool>(true));
        QVERIFY(!call.kindUpdate.version.has_value());

        // One save in flight per key; another key may go.
        QSignalSpy refused(&model, &KindTableModel::saveRefused);
        QVERIFY(!model.save(QStringLiteral("organization"), update));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(api.kindUpdateCalls.size(), 1);
        QVERIFY(model.save(QStringLiteral("device"), update));
        QCOMPARE(api.kindUpdateCalls.size(), 2);

        QVERIFY(FakeContextsApi::reply(api.kindUpdateCalls, 0, Result<Done>(Done {})));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved[0][0].toString(), QStringLiteral("organization"));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!model.isSaving(QStringLiteral("organization")));
        QVERIFY(model.isSaving(QStringLiteral("device")));
        QCOMPARE(api.kindCalls.size(), 2);
        QVERIFY(model.isLoading());
        QList<ContextKind> after = sampleKinds();
        after[3].archived = true;
        api.replyKinds(1, after);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.archivedCount(), 2);
    }

    void saveFailuresAreReported_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << int(ApiError::Kind::BadRequest)
                             << QStringLiteral("Invalid request body");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                             << QStringLiteral("Forbidden");
        QTest::newRow("409") << 409 << int(ApiError::Kind::Conflict)
                             << QStringLiteral("Optimistic lock error");
    }

    void saveFailuresAreReported()
    {
        QFETCH(int, status);
        QFETCH(int, errorKind);
        QFETCH(QString, message);
        const ApiError apiError = error(ApiError::Kind(errorKind), status, message);
        FakeContextsApi api;
        KindTableModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("demo"));
        api.replyKinds(0, sampleKinds());
        QSignalSpy saved(&model, &KindTableModel::saved);
        QSignalSpy failed(&model, &KindTableModel::saveFailed);
        ContextKindUpdate update;
        update.name = QStringLiteral("Team");
        QVERIFY(model.save(QStringLiteral("team"), update));
        QVERIFY(FakeContextsApi::reply(api.kindUpdateCalls, 0, Result<Done>(apiError)));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("team"));
        QCOMPARE(failed[0][1].value<ApiError>().httpStatus(), status);
        QVERIFY(!model.isSaving(QStringLiteral("team")));
        QCOMPARE(api.kindCalls.size(), 1); // no reload
        // It can be tried again.
        QVERIFY(model.save(QStringLiteral("team"), update));
        QCOMPARE(api.kindUpdateCalls.size(), 2);
    }

    void invalidKeysAreRefusedLocally_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << QString() << QStringLiteral("A kind needs a key.");
        QTest::newRow("space") << QStringLiteral("my kind")
                               << QStringLiteral("The key “my kind” contains “ ”; a kind key can "
                                                 "contain only letters, digits, “.”, “_” and “-”.");
        QTest::newRow("colon") << QStringLiteral("a:b") << QStringLiteral("contains “:”");
        QTest::newRow("umlaut") << QStringLiteral("grüße") << QStringLiteral("contains “ü”");
        QTest::newRow("kind")
            << QStringLiteral("kind")
            << QStringLiteral("“kind” is reserved by LaunchDarkly and cannot be a kind key.");
        QTest::newRow("multi") << QStringLiteral("multi") << QStringLiteral("“multi” is reserved");
    }

    void invalidKeysAreRefusedLocally()
    {
        QFETCH(QString, key);
        QFETCH(QString, sentence);
        FakeContextsApi api;
        KindTableModel model(&api);
        model.setProject(QStringLiteral("demo"));
        QSignalSpy refused(&model, &KindTableModel::saveRefused);
        QSignalSpy started(&model, &KindTableModel::saveStarted);
        ContextKindUpdate update;
        update.name = QStringLiteral("Something");
        QVERIFY(!model.save(key, update));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused[0][1].toString().contains(sentence), qPrintable(refused[0][1].toString()));
        QCOMPARE(started.count(), 0);
        QVERIFY(api.kindUpdateCalls.isEmpty());
        QCOMPARE(KindTableModel::keyProblem(key), refused[0][1].toString());
    }

    void validKeysAndNames()
    {
        QVERIFY(KindTableModel::keyProblem(QStringLiteral("Org.unit_2-b")).isEmpty());
        QVERIFY(KindTableModel::keyProblem(QStringLiteral("kinds")).isEmpty());
        FakeContextsApi api;
        KindTableModel model(&api);
        QSignalSpy refused(&model, &KindTableModel::saveRefused);
        ContextKindUpdate update;
        update.name = QStringLiteral("Team");
        QVERIFY(!model.save(QStringLiteral("team"), update)); // no project
        update.name = QStringLiteral("  ");
        model.setProject(QStringLiteral("demo"));
        QVERIFY(!model.save(QStringLiteral("team"), update));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(refused[1][1].toString(), QStringLiteral("A kind needs a name."));
        QVERIFY(api.kindUpdateCalls.isEmpty());
    }

    void staleReloadRepliesAreDropped()
    {
        FakeContextsApi api;
        KindTableModel model(&api);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &KindTableModel::loadFailed);
        model.setProject(QStringLiteral("a"));
        model.reload();
        QVERIFY(api.kindCalls[0].isCancelled());
        // Even a reply the fake delivers despite the cancel is ignored.
        api.kindCalls[0].done(QList<ContextKind> {
            kind(QStringLiteral("stale"), QStringLiteral("Stale"), QStringLiteral("manual"))});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        api.replyKinds(1, sampleKinds());
        QCOMPARE(model.rowCount(), 3);

        // A reload keeps the rows until its reply; a failure keeps them too.
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        api.replyKinds(2, error(ApiError::Kind::Forbidden, 403, QStringLiteral("Forbidden")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.lastError()->kind(), ApiError::Kind::Forbidden);
        QCOMPARE(model.rowCount(), 3);

        // Another project clears the rows and cancels saves of the old one.
        ContextKindUpdate update;
        update.name = QStringLiteral("Team");
        QVERIFY(model.save(QStringLiteral("team"), update));
        QSignalSpy projectChanged(&model, &KindTableModel::projectChanged);
        model.setProject(QStringLiteral("b"));
        QCOMPARE(projectChanged.count(), 1);
        QVERIFY(api.kindUpdateCalls[0].isCancelled());
        QVERIFY(!model.isSaving(QStringLiteral("team")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError());
        QCOMPARE(api.kindCalls.last().projectKey, QStringLiteral("b"));
    }

    void repliesAfterDestructionRunNothing()
    {
        FakeContextsApi api;
        {
            KindTableModel model(&api);
            model.setProject(QStringLiteral("demo"));
            ContextKindUpdate update;
            update.name = QStringLiteral("Team");
            QVERIFY(model.save(QStringLiteral("team"), update));
        }
        // Tied to the model (replyTo): dropped, and ASan would stop a use of the dead model.
        FakeContextsApi::reply(api.kindCalls, 0, Result(QList<ContextKind>()));
        FakeContextsApi::reply(api.kindUpdateCalls, 0, Result(Done {}));
    }
};

QTEST_GUILESS_MAIN(tst_KindTableModel)
#include "tst_KindTableModel.moc"
