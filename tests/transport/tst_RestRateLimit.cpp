#include "FakeHttpServer.h"
#include "RequestThrottle.h"
#include "RestContextsApi.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::ContextQuery;
using ctx::EnvironmentRef;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using Kind = ApiError::Kind;

namespace {

const QByteArray OnePage = R"({"totalCount":1,"items":[{"context":{"kind":"user","key":"u-1"},
  "lastSeen":"2024-05-01T10:00:00Z"}]})";
const QByteArray Limited
    = R"({"code":"rate_limited","message":"You have exceeded the API rate limit."})";
const EnvironmentRef Env {QStringLiteral("proj"), QStringLiteral("prod")};

template <typename T> struct Outcome
{
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    std::shared_ptr<std::optional<ctx::Result<T>>> result
        = std::make_shared<std::optional<ctx::Result<T>>>();

    ctx::Callback<T> callback() const
    {
        return [calls = calls, result = result](const ctx::Result<T> &r) {
            ++*calls;
            result->emplace(r);
        };
    }
    bool done() const { return *calls > 0; }
    const ctx::Result<T> &get() const { return **result; }
};

// Short waits so that the tests run fast; the shape of the policy is the real one.
ctx::Connection connectionTo(const QUrl &url)
{
    ctx::Connection connection;
    connection.baseUrl = url;
    connection.token = QStringLiteral("api-test-token");
    connection.retry.baseDelayMs = 50;
    connection.retry.maxDelayMs = 5000;
    return connection;
}

CannedResponse tooManyRequests(const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    CannedResponse response = CannedResponse::json(429, Limited, "Too Many Requests");
    response.headers.append(headers);
    return response;
}

} // namespace

class tst_RestRateLimit : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
    }
    void cleanup() { m_server.reset(); }

    void retryAfterThenSuccess()
    {
        m_server->enqueue(tooManyRequests({{"Retry-After", "1"}}));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        QSignalSpy waiting(api.throttle(), &ctx::RequestThrottle::waitingChanged);
        Outcome<ctx::ContextsPage> outcome;
        api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        // While it waits, the wait is visible, and roughly as long as the server asked.
        QTRY_VERIFY_WITH_TIMEOUT(api.throttle()->isWaiting(), 10000);
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(api.throttle()->waitingUntil());
        QVERIFY2(left > 500 && left <= 1200, qPrintable(QString::number(left)));
        QCOMPARE(*outcome.calls, 0);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY(outcome.get().ok());
        QCOMPARE(outcome.get().value().items.size(), 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
        QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("api-test-token"));
        QVERIFY(!api.throttle()->isWaiting());
        QCOMPARE(waiting.count(), 2); // started, ended
        QTest::qWait(100);
        QCOMPARE(*outcome.calls, 1);
    }

    void rateLimitResetThenSuccess()
    {
        m_server->setHandler([this](const testsupport::RecordedRequest &) {
            if (m_server->requests().isEmpty()) {
                const qint64 reset = QDateTime::currentMSecsSinceEpoch() + 400;
                return tooManyRequests({{"X-Ratelimit-Reset", QByteArray::number(reset)}});
            }
            return CannedResponse::json(200, OnePage);
        });
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ContextsPage> outcome;
        api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(api.throttle()->isWaiting(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY(outcome.get().ok());
        QCOMPARE(m_server->requests().size(), 2);
    }

    void rateLimitedForeverFailsAfterBoundedTries()
    {
        m_server->setDefaultResponse(tooManyRequests());
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ContextsPage> outcome;
        api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 20000);
        QVERIFY(!outcome.get().ok());
        QCOMPARE(outcome.get().error().kind(), Kind::RateLimited);
        QCOMPARE(outcome.get().error().httpStatus(), 429);
        QVERIFY(outcome.get().error().userMessage().contains(QStringLiteral("(429)")));
        QCOMPARE(m_server->requests().size(), api.connection().retry.maxAttempts);
        QVERIFY(!api.throttle()->isWaiting());
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 4);
    }

    void cancelDuringWait()
    {
        m_server->enqueue(tooManyRequests({{"Retry-After", "1"}}));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ContextsPage> outcome;
        const ctx::RequestHandle handle
            = api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(api.throttle()->isWaiting(), 10000);
        handle->cancel();
        QVERIFY(!api.throttle()->isWaiting());
        QTest::qWait(1800);
        QCOMPARE(*outcome.calls, 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void destroyApiDuringWait()
    {
        m_server->enqueue(tooManyRequests({{"Retry-After", "1"}}));
        auto api = std::make_unique<RestContextsApi>(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ContextsPage> outcome;
        const ctx::RequestHandle handle
            = api->searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(api->throttle()->isWaiting(), 10000);
        api.reset();
        QTest::qWait(1800);
        QCOMPARE(*outcome.calls, 0);
        QCOMPARE(m_server->requests().size(), 1);
        handle->cancel(); // still safe on a handle that outlived its api
    }

    void cancelWaitingFailsNow()
    {
        m_server->enqueue(tooManyRequests({{"Retry-After", "30"}}));
        ctx::Connection connection = connectionTo(m_server->baseUrl());
        connection.retry.maxDelayMs = 60000;
        RestContextsApi api(connection);
        Outcome<ctx::ContextsPage> first;
        Outcome<QList<ctx::ContextKind>> second;
        api.searchContexts(Env, ContextQuery(), QString(), first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(api.throttle()->isWaiting(), 10000);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(api.throttle()->waitingUntil()) >= 25);
        api.throttle()->cancelWaiting();
        QVERIFY(!api.throttle()->isWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(first.done(), 5000);
        QCOMPARE(first.get().error().kind(), Kind::RateLimited);
        QVERIFY2(first.get().error().userMessage().contains(QStringLiteral("cancelled")),
            qPrintable(first.get().error().userMessage()));
        QCOMPARE(m_server->requests().size(), 1);
        // The connection still works afterwards.
        api.contextKinds(QStringLiteral("proj"), second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.done(), 10000);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void atMostFourOnTheWire()
    {
        int outstanding = 0;
        int most = 0;
        m_server->setHandler([&](const testsupport::RecordedRequest &) {
            most = std::max(most, ++outstanding);
            CannedResponse response = CannedResponse::json(200, OnePage);
            response.delayMs = 150;
            // Registered before the server's own timer for the answer.
            QTimer::singleShot(response.delayMs, m_server.get(), [&outstanding] { --outstanding; });
            return response;
        });
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        QCOMPARE(api.throttle()->maxInFlight(), 4);
        QList<Outcome<ctx::ContextsPage>> outcomes(10);
        for (const auto &outcome : outcomes)
            api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o.done(); }),
            30000);
        for (const auto &outcome : std::as_const(outcomes))
            QVERIFY(outcome.get().ok());
        QCOMPARE(m_server->requests().size(), 10);
        QVERIFY2(most <= 4, qPrintable(QString::number(most)));
        QVERIFY2(most >= 2, qPrintable(QString::number(most))); // still in parallel
    }

    void cancelledQueuedRequestIsNeverSent()
    {
        CannedResponse slow = CannedResponse::json(200, OnePage);
        slow.delayMs = 200;
        m_server->setDefaultResponse(slow);
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        QList<Outcome<QList<ctx::ContextKind>>> outcomes(6);
        QList<ctx::RequestHandle> handles;
        for (int i = 0; i < outcomes.size(); ++i)
            handles << api.contextKinds(QStringLiteral("p%1").arg(i), outcomes.at(i).callback());
        handles.last()->cancel(); // queued behind the first four
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.at(4).done(), 20000);
        QTest::qWait(400);
        QCOMPARE(m_server->requests().size(), 5);
        for (const auto &request : m_server->requests())
            QVERIFY(!request.target.contains("/p5/"));
        QCOMPARE(*outcomes.last().calls, 0);
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(tst_RestRateLimit)
#include "tst_RestRateLimit.moc"
