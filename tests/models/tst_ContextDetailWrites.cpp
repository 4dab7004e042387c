// ContextDetail's writes: deleting an instance and changing a variation.
#include "ContextDetailFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Section = ContextDetail::Section;
using Fixture = ContextDetailFixture;

class tst_ContextDetailWrites : public QObject
{
    Q_OBJECT

private slots:
    void deleteIsOfferedOnlyForExactlyOneInstance()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        QCOMPARE(f.detail.deleteAvailability().allowed, false);
        QCOMPARE(f.detail.deleteAvailability().reason, QStringLiteral("Loading instances…"));
        QVERIFY(!f.detail.deleteInstance());
        FakeContextsApi::reply(f.api.instanceCalls, 0,
            Result<ContextInstancesPage>(
                instancesPage({instance(QStringLiteral("i1"), QStringLiteral("GoSDK/1.2")),
                    instance(QStringLiteral("i2"), QStringLiteral("GoSDK/1.2")),
                    instance(QStringLiteral("i3"), QStringLiteral("GoSDK/1.2"))})));
        QCOMPARE(f.detail.deleteAvailability().allowed, false);
        QCOMPARE(f.detail.deleteAvailability().reason,
            QStringLiteral("This context is part of 3 instances; delete is offered only when "
                           "there is exactly one, to avoid mass deletes."));
        QVERIFY(!f.detail.deleteInstance());
        QVERIFY(f.detail.instanceToDelete().id.isEmpty());

        f.loadWithInstances({instance(QStringLiteral("i1"), QStringLiteral("GoSDK/1.2")),
            instance(QStringLiteral("i2"), QStringLiteral("GoSDK/1.2"))});
        QVERIFY(!f.detail.deleteAvailability().allowed);
        QVERIFY(f.detail.deleteAvailability().reason.contains(QStringLiteral("2 instances")));

        // One instance id seen from two sources: one instance, delete allowed.
        f.loadWithInstances({instance(QStringLiteral("only"), QStringLiteral("GoSDK/1.2")),
            instance(QStringLiteral("only"), QStringLiteral("NodeSDK/9"))});
        QVERIFY(f.detail.deleteAvailability().allowed);
        QCOMPARE(f.detail.instanceToDelete().id, QStringLiteral("only"));
        QCOMPARE(f.detail.instanceToDelete().kindKeys(),
            (QStringList {QStringLiteral("user:anna"), QStringLiteral("device:d1")}));

        f.detail.setContext(user(QStringLiteral("anna")));
        FakeContextsApi::reply(f.api.instanceCalls,
            static_cast<int>(f.api.instanceCalls.size()) - 1,
            Result<ContextInstancesPage>(error(ApiError::Kind::ServerError, 500)));
        QVERIFY(!f.detail.deleteAvailability().allowed);
        QCOMPARE(f.detail.deleteAvailability().reason,
            QStringLiteral("The instances could not be loaded."));
        QVERIFY(!f.detail.deleteInstance());
        QCOMPARE(f.api.deleteCalls.size(), 0);
    }

    void deleteSucceedsOnceAndIgnoresASecondClick()
    {
        Fixture f;
        f.loadWithInstances({instance(QStringLiteral("only"), QStringLiteral("GoSDK/1.2"))});
        QSignalSpy deleted(&f.detail, &ContextDetail::instanceDeleted);
        QSignalSpy deleting(&f.detail, &ContextDetail::deletingChanged);
        QVERIFY(f.detail.deleteInstance());
        QVERIFY(f.detail.isDeleting());
        QCOMPARE(f.api.deleteCalls.size(), 1);
        QCOMPARE(f.api.deleteCalls[0].id, QStringLiteral("only"));
        QCOMPARE(f.api.deleteCalls[0].environment, env);
        QVERIFY(!f.detail.deleteInstance()); // in flight: nothing sent
        QCOMPARE(f.api.deleteCalls.size(), 1);
        FakeContextsApi::reply(f.api.deleteCalls, 0, Result<Done>(Done {}));
        QVERIFY(!f.detail.isDeleting());
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted[0][0].value<ContextRecord>().kindKey(), QStringLiteral("user:anna"));
        QCOMPARE(deleting.count(), 2);
    }

    void deleteOf404SaysAlreadyGone()
    {
        Fixture f;
        f.loadWithInstances({instance(QStringLiteral("only"), {})});
        QSignalSpy gone(&f.detail, &ContextDetail::instanceAlreadyGone);
        QSignalSpy deleted(&f.detail, &ContextDetail::instanceDeleted);
        QSignalSpy failed(&f.detail, &ContextDetail::deleteFailed);
        QVERIFY(f.detail.deleteInstance());
        FakeContextsApi::reply(
            f.api.deleteCalls, 0, Result<Done>(error(ApiError::Kind::NotFound, 404)));
        QCOMPARE(gone.count(), 1);
        QCOMPARE(gone[0][0].value<ContextRecord>().key, QStringLiteral("anna"));
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void deleteFailureChangesNothing()
    {
        Fixture f;
        f.loadWithInstances({instance(QStringLiteral("only"), {})});
        QSignalSpy gone(&f.detail, &ContextDetail::instanceAlreadyGone);
        QSignalSpy deleted(&f.detail, &ContextDetail::instanceDeleted);
        QSignalSpy failed(&f.detail, &ContextDetail::deleteFailed);
        QSignalSpy changed(&f.detail, &ContextDetail::sectionChanged);
        QVERIFY(f.detail.deleteInstance());
        FakeContextsApi::reply(
            f.api.deleteCalls, 0, Result<Done>(error(ApiError::Kind::ServerError, 500)));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].value<ApiError>().httpStatus(), 500);
        QCOMPARE(gone.count(), 0);
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.detail.instances()->rowCount(), 1);
        QVERIFY(f.detail.deleteAvailability().allowed); // may be tried again
        QVERIFY(!f.detail.isDeleting());
        QCOMPARE(f.api.instanceCalls.size(), 1);
    }

    void setVariationSendsTheValueOrNullAndReevaluates()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        QVERIFY(f.detail.canSetVariation());
        FakeContextsApi::reply(f.api.flagCalls, 0,
            Result<QList<FlagEvaluation>>(
                QList<FlagEvaluation> {flag(QStringLiteral("f"), "false")}));
        QSignalSpy set(&f.detail, &ContextDetail::variationSet);
        QVERIFY(
            f.detail.setVariation(QStringLiteral("f"), QByteArray("true"), QStringLiteral("why")));
        QCOMPARE(f.api.settingCalls.size(), 1);
        QCOMPARE(f.api.settingCalls[0].environment, env);
        QCOMPARE(f.api.settingCalls[0].kind, QStringLiteral("user"));
        QCOMPARE(f.api.settingCalls[0].key, QStringLiteral("anna"));
        QCOMPARE(f.api.settingCalls[0].flagKey, QStringLiteral("f"));
        QCOMPARE(f.api.settingCalls[0].valueJson, std::optional<QByteArray>("true"));
        QCOMPARE(f.api.settingCalls[0].comment, QStringLiteral("why"));
        QVERIFY(f.detail.isSettingVariation(QStringLiteral("f")));
        // One in flight per flag; another flag may go meanwhile.
        QVERIFY(!f.detail.setVariation(QStringLiteral("f"), QByteArray("false"), {}));
        QCOMPARE(f.api.settingCalls.size(), 1);
        QVERIFY(f.detail.setVariation(QStringLiteral("g"), std::nullopt, {}));
        QCOMPARE(f.api.settingCalls.size(), 2);
        QCOMPARE(f.api.settingCalls[1].valueJson, std::nullopt); // clears the targeting

        FakeContextsApi::reply(f.api.settingCalls, 0, Result<Done>(Done {}));
        QCOMPARE(set.count(), 1);
        QCOMPARE(set[0][0].toString(), QStringLiteral("f"));
        QCOMPARE(f.api.flagCalls.size(), 2); // re-evaluated
        QVERIFY(f.detail.state(Section::Flags).loading);
        QCOMPARE(f.detail.flags()->rowCount(), 1); // the old values show until the new arrive
        QCOMPARE(f.api.segmentCalls.size(), 1);
        FakeContextsApi::reply(f.api.flagCalls, 1,
            Result<QList<FlagEvaluation>>(
                QList<FlagEvaluation> {flag(QStringLiteral("f"), "true")}));
        QCOMPARE(f.detail.flags()->index(0, 2).data().toString(), QStringLiteral("true"));
    }

    void setVariationConflictFails()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        QSignalSpy set(&f.detail, &ContextDetail::variationSet);
        QSignalSpy failed(&f.detail, &ContextDetail::variationFailed);
        QVERIFY(f.detail.setVariation(QStringLiteral("f"), QByteArray("1"), {}));
        FakeContextsApi::reply(
            f.api.settingCalls, 0, Result<Done>(error(ApiError::Kind::Conflict, 409)));
        QCOMPARE(set.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("f"));
        QCOMPARE(failed[0][1].value<ApiError>().kind(), ApiError::Kind::Conflict);
        QCOMPARE(f.api.flagCalls.size(), 1); // nothing re-evaluated
        QVERIFY(!f.detail.isSettingVariation(QStringLiteral("f")));
        QVERIFY(f.detail.setVariation(QStringLiteral("f"), QByteArray("1"), {})); // may retry
    }
};

QTEST_GUILESS_MAIN(tst_ContextDetailWrites)
#include "tst_ContextDetailWrites.moc"
