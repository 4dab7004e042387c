// The lifetime of a REST call: a cancelled request never calls back, whether the reply is on
// the wire, already read or being delivered; a client destroyed with requests in flight (or
// from inside a callback) calls none of them. (tst_RestContextsApi: what a call sends and how
// its replies and errors are read.)
#include "FakeHttpServer.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using ctx::ContextQuery;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;

using namespace testsupport;

class tst_RestCallLifetime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cancelNeverCalls();
    void cancelAfterReplyBeforeDelivery();
    void cancelFromInsideCallback();
    void destroyWithRequestsInFlight();
    void destroyFromInsideCallback();

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void tst_RestCallLifetime::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
}

void tst_RestCallLifetime::cleanup()
{
    m_server.reset();
}

void tst_RestCallLifetime::cancelNeverCalls()
{
    CannedResponse slow = CannedResponse::json(200, OnePage);
    slow.delayMs = 100;
    m_server->setDefaultResponse(slow);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> cancelled;
    Outcome<ctx::ContextsPage> kept;
    auto handle = api.searchContexts(Env, ContextQuery(), QString(), cancelled.callback());
    api.searchContexts(
        Env, ContextQuery(), QString(), kept.callback()); // handle dropped: still runs
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);
    handle->cancel();
    handle->cancel(); // twice is harmless
    QTRY_VERIFY_WITH_TIMEOUT(kept.done(), 10000);
    QTest::qWait(300);
    QCOMPARE(*cancelled.calls, 0);
    QCOMPARE(*kept.calls, 1);
    QVERIFY(kept.get().ok());

    // Cancelled before the base URL check's queued error.
    RestContextsApi insecure(connectionTo(QUrl(QStringLiteral("http://example.invalid"))));
    Outcome<ctx::ContextsPage> early;
    insecure.searchContexts(Env, ContextQuery(), QString(), early.callback())->cancel();
    QTest::qWait(50);
    QCOMPARE(*early.calls, 0);
}

void tst_RestCallLifetime::cancelAfterReplyBeforeDelivery()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> first;
    Outcome<ctx::ContextsPage> second;
    ctx::RequestHandle secondHandle;
    // Both replies arrive; the first callback cancels the second. Whether the second was
    // already decoded or not, its callback must not run.
    secondHandle = api.searchContexts(Env, ContextQuery(), QString(), second.callback());
    api.searchContexts(Env, ContextQuery(), QString(),
        [&, cb = first.callback()](ctx::Result<ctx::ContextsPage> r) {
            secondHandle->cancel();
            cb(std::move(r));
        });
    QTRY_VERIFY_WITH_TIMEOUT(first.done() || second.done(), 10000);
    QTest::qWait(200);
    QVERIFY(*first.calls + *second.calls >= 1);
    QVERIFY(*first.calls <= 1 && *second.calls <= 1);
}

void tst_RestCallLifetime::cancelFromInsideCallback()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    int calls = 0;
    ctx::RequestHandle handle;
    handle = api.searchContexts(
        Env, ContextQuery(), QString(), [&](const ctx::Result<ctx::ContextsPage> &) {
            ++calls;
            handle->cancel(); // must not destroy the running callback
        });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void tst_RestCallLifetime::destroyWithRequestsInFlight()
{
    CannedResponse slow = CannedResponse::json(200, OnePage);
    slow.delayMs = 100;
    m_server->setDefaultResponse(slow);
    auto api = std::make_unique<RestContextsApi>(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> a;
    Outcome<QList<ctx::ContextKind>> b;
    Outcome<ctx::ContextsPage> c;
    auto handleA = api->searchContexts(Env, ContextQuery(), QString(), a.callback());
    api->contextKinds(QStringLiteral("p"), b.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);
    // c's reply has arrived and its delivery may be queued when the api goes away.
    m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
    api->searchContexts(Env, ContextQuery(), QString(), c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, 10000);
    api.reset();
    handleA->cancel(); // after the api is gone: harmless
    QTest::qWait(300);
    QCOMPARE(*a.calls, 0);
    QCOMPARE(*b.calls, 0);
    QVERIFY(*c.calls <= 1);
}

void tst_RestCallLifetime::destroyFromInsideCallback()
{
    auto *api = new RestContextsApi(connectionTo(m_server->baseUrl()));
    QPointer<RestContextsApi> guard(api);
    Outcome<ctx::ContextsPage> other;
    int calls = 0;
    api->searchContexts(
        Env, ContextQuery(), QString(), [&](const ctx::Result<ctx::ContextsPage> &) {
            ++calls;
            delete api;
        });
    CannedResponse slow = CannedResponse::json(200, OnePage);
    slow.delayMs = 300;
    m_server->setHandler([n = 0, slow](const testsupport::RecordedRequest &) mutable {
        return ++n == 1 ? CannedResponse::json(200, OnePage) : slow;
    });
    api->searchContexts(Env, ContextQuery(), QString(), other.callback());
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QVERIFY(guard.isNull());
    QTest::qWait(500);
    QCOMPARE(*other.calls, 0);
}

QTEST_GUILESS_MAIN(tst_RestCallLifetime)
#include "tst_RestCallLifetime.moc"
