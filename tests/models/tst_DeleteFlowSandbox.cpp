#include "ContextDetail.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctx;

using testsupport::connectionWith;
using Section = ContextDetail::Section;

// Deleting a context instance end to end: ContextDetail over the REST client over HTTP to
// a seeded contexts-sandbox. Cancelling, and a DELETE the server refuses with a 500 (the
// sandbox's fault switch), are in tst_DeleteFlowFaults.
class tst_DeleteFlowSandbox : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxServer m_server;
    std::unique_ptr<RestContextsApi> m_api;
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    ContextsPage search(const QString &filter)
    {
        ContextQuery query;
        query.filter = filter;
        std::optional<Result<ContextsPage>> result;
        m_api->searchContexts(env, query, {}, [&](const Result<ContextsPage> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !result->ok())
            return {};
        return result->value();
    }

    // Loads a context's sections and waits until its instances are known.
    static bool loadInstances(ContextDetail &detail, const ContextRecord &record)
    {
        detail.setContext(record);
        return QTest::qWaitFor([&] { return !detail.state(Section::Instances).loading; }, 10000);
    }

    // The first listed context that is part of exactly one instance.
    std::optional<ContextRecord> contextWithOneInstance(ContextDetail &detail)
    {
        for (const ContextRecord &record : search({}).items) {
            if (!loadInstances(detail, record))
                return std::nullopt;
            if (detail.deleteAvailability().allowed)
                return record;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedContexts = 300;
        options.legacySort = true; // the list sorted by the server, as the demo's
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            connectionWith(m_server.baseUrl(), m_server.token()));
    }

    void annaIsInSeveralInstancesSoDeleteIsNotOffered()
    {
        ContextDetail detail(m_api.get());
        detail.setEnvironment(env);
        ContextRecord anna;
        anna.kind = QStringLiteral("user");
        anna.key = QStringLiteral("user-key-123abc");
        QVERIFY(loadInstances(detail, anna));
        QVERIFY(!detail.state(Section::Instances).error);
        QVERIFY(detail.instances()->distinctInstanceIds().size() > 1);
        QVERIFY(!detail.deleteAvailability().allowed);
        QVERIFY(!detail.deleteInstance());
    }

    void confirmedDeleteRemovesTheInstanceAndASecondIsNotFound()
    {
        ContextDetail detail(m_api.get());
        detail.setEnvironment(env);
        const auto record = contextWithOneInstance(detail);
        QVERIFY2(record, "the seed has a context with exactly one instance");
        const QString id = detail.instanceToDelete().id;
        QVERIFY(!id.isEmpty());
        const QString kindKeyFilter
            = QStringLiteral("kindKey equals \"%1\"").arg(record->kindKey());
        QVERIFY(!search(kindKeyFilter).items.isEmpty());

        QSignalSpy deleted(&detail, &ContextDetail::instanceDeleted);
        QSignalSpy failed(&detail, &ContextDetail::deleteFailed);
        QVERIFY(detail.deleteInstance());
        QVERIFY(!detail.deleteInstance()); // a second click while in flight sends nothing
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(deleted.first().first().value<ContextRecord>().key, record->key);
        QVERIFY(search(kindKeyFilter).items.isEmpty()); // gone from the list

        std::optional<Result<Done>> again;
        m_api->deleteContextInstance(env, id, [&](const Result<Done> &r) { again = r; });
        QVERIFY(QTest::qWaitFor([&] { return again.has_value(); }, 10000));
        QVERIFY(!again->ok());
        QCOMPARE(again->error().kind(), ApiError::Kind::NotFound);

        // Selected again (an outdated row): nothing left to delete.
        QVERIFY(loadInstances(detail, *record));
        QVERIFY(!detail.deleteAvailability().allowed);
    }

    void alreadyGoneIsReportedAsSuch()
    {
        ContextDetail detail(m_api.get());
        detail.setEnvironment(env);
        const auto record = contextWithOneInstance(detail);
        QVERIFY(record);
        // Someone else deletes it first.
        std::optional<Result<Done>> first;
        m_api->deleteContextInstance(
            env, detail.instanceToDelete().id, [&](const Result<Done> &r) { first = r; });
        QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 10000));
        QVERIFY(first->ok());
        QSignalSpy gone(&detail, &ContextDetail::instanceAlreadyGone);
        QVERIFY(detail.deleteInstance());
        QVERIFY(gone.wait(10000));
    }

    void wrongTokenDeletesNothing()
    {
        ContextDetail good(m_api.get());
        good.setEnvironment(env);
        const auto record = contextWithOneInstance(good);
        QVERIFY(record);
        RestContextsApi wrong(connectionWith(m_server.baseUrl(), QStringLiteral("not-the-token")));
        std::optional<Result<Done>> result;
        wrong.deleteContextInstance(
            env, good.instanceToDelete().id, [&](const Result<Done> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->error().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!search(QStringLiteral("kindKey equals \"%1\"").arg(record->kindKey()))
                     .items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeleteFlowSandbox)
#include "tst_DeleteFlowSandbox.moc"
