// ContextDetail: each section loads, fails and is replaced on its own.
#include "ContextDetailFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Section = ContextDetail::Section;
using Fixture = ContextDetailFixture;

class tst_ContextDetail : public QObject
{
    Q_OBJECT

private slots:
    void eachSectionLoadsAndFailsOnItsOwn()
    {
        Fixture f;
        QSignalSpy changed(&f.detail, &ContextDetail::sectionChanged);
        const ContextRecord anna = user(QStringLiteral("anna"));
        f.detail.setContext(anna);
        QCOMPARE(f.api.versionCalls.size(), 1);
        QCOMPARE(f.api.instanceCalls.size(), 1);
        QCOMPARE(f.api.flagCalls.size(), 1);
        QCOMPARE(f.api.segmentCalls.size(), 1);
        QCOMPARE(f.api.versionCalls[0].environment, env);
        QCOMPARE(f.api.versionCalls[0].kind, QStringLiteral("user"));
        QCOMPARE(f.api.versionCalls[0].key, QStringLiteral("anna"));
        QCOMPARE(f.api.flagCalls[0].contextJson, evaluationContextJson(anna));
        QCOMPARE(f.api.segmentCalls[0].contextJson, evaluationContextJson(anna));
        for (const Section s :
            {Section::Versions, Section::Instances, Section::Flags, Section::Segments}) {
            QVERIFY(f.detail.state(s).loading);
            QVERIFY(!f.detail.state(s).error);
        }
        QVERIFY(changed.count() >= 4);

        changed.clear();
        FakeContextsApi::reply(f.api.flagCalls, 0,
            Result<QList<FlagEvaluation>>(
                QList<FlagEvaluation> {flag(QStringLiteral("f1"), "true")}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<Section>(), Section::Flags);
        QVERIFY(!f.detail.state(Section::Flags).loading);
        QCOMPARE(f.detail.flags()->rowCount(), 1);
        QVERIFY(f.detail.state(Section::Segments).loading);

        FakeContextsApi::reply(f.api.segmentCalls, 0,
            Result<QList<SegmentMembership>>(error(ApiError::Kind::ServerError, 500)));
        QVERIFY(!f.detail.state(Section::Segments).loading);
        QCOMPARE(f.detail.state(Section::Segments).error->kind(), ApiError::Kind::ServerError);
        QVERIFY(!f.detail.state(Section::Flags).error);
        QVERIFY(f.detail.state(Section::Instances).loading);

        FakeContextsApi::reply(f.api.instanceCalls, 0,
            Result<ContextInstancesPage>(error(ApiError::Kind::Forbidden, 403)));
        QCOMPARE(f.detail.state(Section::Instances).error->kind(), ApiError::Kind::Forbidden);
        QVERIFY(f.detail.state(Section::Versions).loading);
        FakeContextsApi::reply(f.api.versionCalls, 0, Result<ContextsPage>(ContextsPage {}));
        QVERIFY(!f.detail.state(Section::Versions).loading);
        QVERIFY(!f.detail.state(Section::Versions).error);
        QCOMPARE(f.detail.flags()->rowCount(), 1); // untouched by the others' failures

        // Retrying one section re-runs only that one.
        f.detail.reloadSection(Section::Segments);
        QCOMPARE(f.api.segmentCalls.size(), 2);
        QCOMPARE(f.api.flagCalls.size(), 1);
        QVERIFY(f.detail.state(Section::Segments).loading);
        QVERIFY(!f.detail.state(Section::Segments).error);
        FakeContextsApi::reply(f.api.segmentCalls, 1,
            Result<QList<SegmentMembership>>(
                QList<SegmentMembership> {segment(QStringLiteral("s"))}));
        QCOMPARE(f.detail.segments()->rowCount(), 1);
        QVERIFY(!f.detail.state(Section::Segments).error);
    }

    void nothingLoadsWithoutAnEnvironment()
    {
        FakeContextsApi api;
        ContextDetail detail(&api);
        detail.setContext(user(QStringLiteral("anna")));
        QCOMPARE(api.versionCalls.size() + api.instanceCalls.size() + api.flagCalls.size()
                + api.segmentCalls.size(),
            0);
        QVERIFY(!detail.state(Section::Flags).loading);
        QVERIFY(detail.attributes()->rowCount() > 0); // the row's own record still shows
    }

    void versionsPickTheSelectedRowsSource()
    {
        Fixture f;
        QSignalSpy selected(&f.detail, &ContextDetail::sourceSelected);
        f.detail.setContext(user(QStringLiteral("anna"), QStringLiteral("GoSDK/1.2"),
            "{\"key\":\"anna\",\"from\":\"row\"}"));
        // The row's own record shows while the versions load.
        QCOMPARE(f.detail.versions().size(), 1);
        QCOMPARE(f.detail.attributes()->rowCount(), 3);
        ContextsPage page;
        page.items = {user(QStringLiteral("anna"), QStringLiteral("NodeSDK/9"),
                          "{\"key\":\"anna\",\"node\":1,\"x\":2}"),
            user(QStringLiteral("anna"), QStringLiteral("GoSDK/1.2"),
                "{\"key\":\"anna\",\"go\":1}")};
        FakeContextsApi::reply(f.api.versionCalls, 0, Result<ContextsPage>(page));
        QCOMPARE(f.detail.applicationIds(),
            (QStringList {QStringLiteral("NodeSDK/9"), QStringLiteral("GoSDK/1.2")}));
        QCOMPARE(f.detail.currentSource(), 1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(f.detail.attributes()->index(2, 0).data().toString(), QStringLiteral("go"));
        f.detail.selectSource(0);
        QCOMPARE(f.detail.currentSource(), 0);
        QCOMPARE(f.detail.attributes()->rowCount(), 4);
        QCOMPARE(f.detail.attributes()->index(2, 0).data().toString(), QStringLiteral("node"));
        f.detail.selectSource(7); // out of range: ignored
        QCOMPARE(f.detail.currentSource(), 0);
    }

    void versionsFallBackToFirstOrToTheRowsRecord()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna"), QStringLiteral("Unknown/1")));
        ContextsPage page;
        page.items = {user(QStringLiteral("anna"), QStringLiteral("NodeSDK/9")),
            user(QStringLiteral("anna"), QStringLiteral("GoSDK/1.2"))};
        FakeContextsApi::reply(f.api.versionCalls, 0, Result<ContextsPage>(page));
        QCOMPARE(f.detail.currentSource(), 0);
        QVERIFY(f.detail.foundOnServer());

        f.detail.setContext(user(
            QStringLiteral("bob"), QStringLiteral("GoSDK/1.2"), "{\"key\":\"bob\",\"own\":true}"));
        FakeContextsApi::reply(f.api.versionCalls, 1, Result<ContextsPage>(ContextsPage {}));
        QCOMPARE(f.detail.applicationIds(), QStringList {QStringLiteral("GoSDK/1.2")});
        QCOMPARE(f.detail.currentSource(), 0);
        QCOMPARE(f.detail.attributes()->index(2, 0).data().toString(), QStringLiteral("own"));
        QVERIFY(!f.detail.foundOnServer()); // the server has no version: said, not hidden

        f.detail.setContext(user(QStringLiteral("carol"), QStringLiteral("GoSDK/1.2")));
        QVERIFY(f.detail.foundOnServer()); // until the server says otherwise
    }

    void staleRepliesAreDroppedWhenTheContextChanges()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        f.detail.setContext(user(QStringLiteral("bob")));
        QVERIFY(f.api.versionCalls[0].isCancelled());
        QVERIFY(f.api.instanceCalls[0].isCancelled());
        QVERIFY(f.api.flagCalls[0].isCancelled());
        QVERIFY(f.api.segmentCalls[0].isCancelled());
        // Late replies for anna arrive anyway (a server that answers after the cancel).
        f.api.flagCalls[0].done(QList<FlagEvaluation> {flag(QStringLiteral("stale"), "1")});
        f.api.segmentCalls[0].done(QList<SegmentMembership> {segment(QStringLiteral("stale"))});
        f.api.instanceCalls[0].done(instancesPage({instance(QStringLiteral("stale"), {})}));
        ContextsPage stalePage;
        stalePage.items = {user(QStringLiteral("anna"), QStringLiteral("Stale/1"))};
        f.api.versionCalls[0].done(stalePage);
        QCOMPARE(f.detail.flags()->rowCount(), 0);
        QCOMPARE(f.detail.segments()->rowCount(), 0);
        QCOMPARE(f.detail.instances()->rowCount(), 0);
        QCOMPARE(f.detail.applicationIds(), QStringList {QStringLiteral("GoSDK/1.2")});
        for (const Section s :
            {Section::Versions, Section::Instances, Section::Flags, Section::Segments})
            QVERIFY(f.detail.state(s).loading);
        FakeContextsApi::reply(f.api.flagCalls, 1,
            Result<QList<FlagEvaluation>>(
                QList<FlagEvaluation> {flag(QStringLiteral("bob"), "2")}));
        QCOMPARE(f.detail.flags()->index(0, 1).data().toString(), QStringLiteral("bob"));
        QCOMPARE(f.detail.context()->key, QStringLiteral("bob"));
    }

    void clearingEmptiesEverything()
    {
        Fixture f;
        f.loadWithInstances({instance(QStringLiteral("i1"), {})});
        FakeContextsApi::reply(f.api.flagCalls, 0,
            Result<QList<FlagEvaluation>>(QList<FlagEvaluation> {flag(QStringLiteral("f"), "1")}));
        f.detail.setContext(std::nullopt);
        QVERIFY(!f.detail.context());
        QVERIFY(f.api.segmentCalls[0].isCancelled());
        QCOMPARE(f.detail.attributes()->rowCount(), 0);
        QCOMPARE(f.detail.instances()->rowCount(), 0);
        QCOMPARE(f.detail.flags()->rowCount(), 0);
        QVERIFY(f.detail.versions().isEmpty());
        QVERIFY(!f.detail.state(Section::Segments).loading);
        QVERIFY(!f.detail.deleteAvailability().allowed);
        QVERIFY(!f.detail.canSetVariation());
    }

    void instancesFilterIsExactAndEscaped()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        QCOMPARE(
            f.api.instanceCalls[0].filter, QStringLiteral("kindKeys contains [\"user:anna\"]"));
        QCOMPARE(f.api.instanceCalls[0].environment, env);
        f.detail.setContext(user(QStringLiteral("an\"na\\x")));
        QCOMPARE(f.api.instanceCalls[1].filter,
            QStringLiteral("kindKeys contains [\"user:an\\\"na\\\\x\"]"));
    }

    void instancesFollowTheCursorAndSelectingOneListsItsContexts()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        FakeContextsApi::reply(f.api.instanceCalls, 0,
            Result<ContextInstancesPage>(
                instancesPage({instance(QStringLiteral("i1"), {})}, QStringLiteral("next"))));
        QVERIFY(f.detail.state(Section::Instances).loading);
        QCOMPARE(f.api.instanceCalls.size(), 2);
        QCOMPARE(f.api.instanceCalls[1].continuationToken, QStringLiteral("next"));
        FakeContextsApi::reply(f.api.instanceCalls, 1,
            Result<ContextInstancesPage>(instancesPage({instance(QStringLiteral("i2"), {})})));
        QVERIFY(!f.detail.state(Section::Instances).loading);
        QCOMPARE(f.detail.instances()->rowCount(), 2);
        QCOMPARE(f.detail.instanceContexts()->rowCount(), 0);
        f.detail.selectInstance(1);
        QCOMPARE(f.detail.selectedInstance(), 1);
        QCOMPARE(f.detail.instanceContexts()->rowCount(), 2);
        QCOMPARE(f.detail.instanceContexts()->record(1).kindKey(), QStringLiteral("device:d1"));
        f.detail.selectInstance(-1);
        QCOMPARE(f.detail.instanceContexts()->rowCount(), 0);
    }

    void variationsLoadOrFail()
    {
        Fixture f;
        f.detail.setContext(user(QStringLiteral("anna")));
        QSignalSpy loaded(&f.detail, &ContextDetail::variationsLoaded);
        QSignalSpy failed(&f.detail, &ContextDetail::variationsFailed);
        QVERIFY(f.detail.loadVariations(QStringLiteral("f")));
        QVERIFY(!f.detail.loadVariations(QStringLiteral("f"))); // already in flight
        QCOMPARE(f.api.variationCalls.size(), 1);
        QCOMPARE(f.api.variationCalls[0].projectKey, QStringLiteral("demo"));
        QCOMPARE(f.api.variationCalls[0].flagKey, QStringLiteral("f"));
        FlagVariation on;
        on.valueJson = "true";
        on.name = QStringLiteral("On");
        FakeContextsApi::reply(
            f.api.variationCalls, 0, Result<QList<FlagVariation>>(QList<FlagVariation> {on}));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded[0][0].toString(), QStringLiteral("f"));
        QCOMPARE(loaded[0][1].value<QList<FlagVariation>>().first().name, QStringLiteral("On"));
        QVERIFY(f.detail.loadVariations(QStringLiteral("f")));
        FakeContextsApi::reply(f.api.variationCalls, 1,
            Result<QList<FlagVariation>>(error(ApiError::Kind::Forbidden, 403)));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][1].value<ApiError>().kind(), ApiError::Kind::Forbidden);
    }

    void repliesAfterDestructionRunNothing()
    {
        FakeContextsApi api;
        {
            ContextDetail detail(&api);
            detail.setEnvironment(env);
            detail.setContext(user(QStringLiteral("anna")));
            FakeContextsApi::reply(api.instanceCalls, 0,
                Result<ContextInstancesPage>(instancesPage({instance(QStringLiteral("i"), {})})));
            QVERIFY(detail.deleteInstance());
            QVERIFY(detail.setVariation(QStringLiteral("f"), std::nullopt, {}));
            QVERIFY(detail.loadVariations(QStringLiteral("f")));
        }
        // Every reply is tied to the object that asked (replyTo): delivered now, each is
        // dropped; under ASan a use of the destroyed detail would stop the test here.
        FakeContextsApi::reply(api.versionCalls, 0, Result(makePage(0, 1, QString())));
        FakeContextsApi::reply(api.flagCalls, 0, Result(QList<FlagEvaluation>()));
        FakeContextsApi::reply(api.segmentCalls, 0, Result(QList<SegmentMembership>()));
        FakeContextsApi::reply(api.deleteCalls, 0, Result(Done {}));
        FakeContextsApi::reply(api.settingCalls, 0, Result(Done {}));
        FakeContextsApi::reply(api.variationCalls, 0, Result(QList<FlagVariation>()));
    }
};

QTEST_GUILESS_MAIN(tst_ContextDetail)
#include "tst_ContextDetail.moc"
