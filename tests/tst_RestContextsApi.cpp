#include "FakeHttpServer.h"
#include "RestContextsApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

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

const QString Token = QStringLiteral("api-0123456789abcdef-SECRET");

const QByteArray OnePage = R"({"_environmentId":"env-1","totalCount":1,"continuationToken":"next-1",
  "items":[{"context":{"kind":"user","key":"u-1","name":"Ann"},"lastSeen":"2024-05-01T10:00:00Z"}]})";

// Collects the (single) result of a call; counts how often the callback ran.
template <typename T> struct Outcome
{
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    std::shared_ptr<std::optional<ctx::Result<T>>> result
        = std::make_shared<std::optional<ctx::Result<T>>>();

    ctx::Callback<T> callback() const
    {
        return [calls = calls, result = result](ctx::Result<T> r) {
            ++*calls;
            result->emplace(std::move(r));
        };
    }
    bool done() const { return *calls > 0; }
    const ctx::Result<T> &get() const { return **result; }
};

ctx::Connection connectionTo(const QUrl &url, int timeoutMs = 10000)
{
    ctx::Connection connection;
    connection.baseUrl = url;
    connection.token = Token;
    connection.transferTimeoutMs = timeoutMs;
    connection.retry.baseDelayMs = 20; // a 429 is retried (tst_RestRateLimit); keep it short
    return connection;
}

void verifyNoToken(const ApiError &error)
{
    QVERIFY2(!error.detail().contains(Token), qPrintable(error.detail()));
    QVERIFY(!error.code().contains(Token));
    QVERIFY2(!error.userMessage().contains(Token), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(QLatin1String("SECRET")));
}

const EnvironmentRef Env {QStringLiteral("proj"), QStringLiteral("prod")};

} // namespace

class tst_RestContextsApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void checkBaseUrl_data();
    void checkBaseUrl();
    void userAgent();

    void searchSendsHeadersPathAndBody();
    void searchOmitsEmptyFields();
    void contextKindsIsAGet();
    void baseUrlWithPathPrefix();
    void callbackIsAsynchronous();
    void httpErrors_data();
    void httpErrors();
    void invalidBody();
    void closedMidBody();
    void transferTimeout();
    void connectionRefused();
    void cancelNeverCalls();
    void cancelAfterReplyBeforeDelivery();
    void cancelFromInsideCallback();
    void destroyWithRequestsInFlight();
    void destroyFromInsideCallback();
    void insecureUrlWithoutRequest();
    void tokenNeverInErrors();
    void tooLargeByContentLength();
    void tooLargeWhileStreaming();
    void crossOriginRedirectNotFollowed();

    void contextVersionsIsAGet();
    void searchContextInstancesSendsBody();
    void deleteContextInstance_data();
    void deleteContextInstance();
    void deleteContextInstanceNotFound();
    void evaluateFlagsPostsTheContext();
    void evaluateSegmentsPostsTheContext();
    void flagVariationsIsAGet();
    void setFlagSettingPuts();
    void setFlagSettingNullAndConflict();
    void setFlagSettingInvalidValue();
    void detailCallsCancel();

    void attributeNamesIsAGet_data();
    void attributeNamesIsAGet();
    void attributeValuesEncodesThePointer_data();
    void attributeValuesEncodesThePointer();
    void attributeValuesWithoutName();
    void putContextKind_data();
    void putContextKind();
    void contextKindBody();
    void putContextKindRefused();
    void attributeCallErrors_data();
    void attributeCallErrors();
    void attributeCallsCancel();

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void tst_RestContextsApi::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
}

void tst_RestContextsApi::cleanup()
{
    m_server.reset();
}

void tst_RestContextsApi::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind"); // -1: accepted

    QTest::newRow("https") << QStringLiteral("https://app.launchdarkly.com") << -1;
    QTest::newRow("https eu with slash")
        << QStringLiteral("https://app.eu.launchdarkly.com/") << -1;
    QTest::newRow("https custom port") << QStringLiteral("https://ld.internal:8443/prefix") << -1;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << -1;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST") << -1;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234") << -1;
    QTest::newRow("http 127.3.4.5") << QStringLiteral("http://127.3.4.5") << -1;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << -1;
    QTest::newRow("http remote") << QStringLiteral("http://app.launchdarkly.com")
                                 << int(Kind::InsecureUrl);
    QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << int(Kind::InsecureUrl);
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0") << int(Kind::InsecureUrl);
    QTest::newRow("http localhost.evil.com")
        << QStringLiteral("http://localhost.evil.com") << int(Kind::InsecureUrl);
    QTest::newRow("http 127.0.0.1.nip.io")
        << QStringLiteral("http://127.0.0.1.nip.io") << int(Kind::InsecureUrl);
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << int(Kind::InsecureUrl);
    QTest::newRow("empty") << QString() << int(Kind::Network);
    QTest::newRow("relative") << QStringLiteral("app.launchdarkly.com") << int(Kind::Network);
    QTest::newRow("no host") << QStringLiteral("https:///api") << int(Kind::Network);
}

void tst_RestContextsApi::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    const auto error = ctx::checkBaseUrl(QUrl(url));
    QCOMPARE(error.has_value(), kind >= 0);
    if (error) {
        QCOMPARE(int(error->kind()), kind);
        QVERIFY(!error->userMessage().isEmpty());
        QVERIFY(!error->detail().isEmpty());
    }
}

void tst_RestContextsApi::userAgent()
{
    QCOMPARE(ctx::userAgent(),
        QStringLiteral("contexts-browser/%1 Qt/%2")
            .arg(QStringLiteral(CTX_VERSION), QString::fromLatin1(qVersion())));
}

void tst_RestContextsApi::searchSendsHeadersPathAndBody()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    ContextQuery query;
    query.kinds = {QStringLiteral("user"), QStringLiteral("device")};
    query.filter = QStringLiteral("key startsWith a");
    query.sort = ctx::SortOrder::OldestFirst;
    query.pageSize = 7;
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts({QStringLiteral("my proj"), QStringLiteral("prod/eu")}, query,
        QStringLiteral("tok+/= 1"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(),
        qPrintable(outcome.get().ok() ? QString() : outcome.get().error().userMessage()));
    QCOMPARE(outcome.get().value().items.size(), 1);
    QCOMPARE(outcome.get().value().items.first().key, QStringLiteral("u-1"));
    QCOMPARE(outcome.get().value().continuationToken, QStringLiteral("next-1"));

    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target,
        QByteArray("/api/v2/projects/my%20proj/environments/prod%2Feu/contexts/search"));
    QCOMPARE(request.header("Authorization"), Token.toUtf8());
    QVERIFY(!request.header("Authorization").startsWith("Bearer"));
    QCOMPARE(request.header("LD-API-Version"), QByteArray("20240415"));
    QVERIFY(request.header("User-Agent").startsWith("contexts-browser/"));
    QCOMPARE(request.header("User-Agent"), ctx::userAgent().toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!request.hasHeader("Cookie"));

    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.size(), 4);
    QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 7);
    QCOMPARE(body.value(QStringLiteral("filter")).toString(),
        QStringLiteral("kind anyOf [\"user\",\"device\"],(key startsWith a)"));
    QCOMPARE(body.value(QStringLiteral("sort")).toString(), QStringLiteral("ts"));
    QCOMPARE(
        body.value(QStringLiteral("continuationToken")).toString(), QStringLiteral("tok+/= 1"));
}

void tst_RestContextsApi::searchOmitsEmptyFields()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    ContextQuery query;
    query.sort = ctx::SortOrder::Unsorted;
    query.pageSize = 50;
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, query, QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, QByteArray(R"({"limit":50})"));
    QCOMPARE(m_server->requests().first().target,
        QByteArray("/api/v2/projects/proj/environments/prod/contexts/search"));

    ContextQuery newest;
    newest.pageSize = 20;
    QCOMPARE(
        RestContextsApi::searchBody(newest, QString()), QByteArray(R"({"limit":20,"sort":"-ts"})"));
}

void tst_RestContextsApi::contextKindsIsAGet()
{
    m_server->setDefaultResponse(CannedResponse::json(200,
        R"({"items":[{"key":"user","name":"User"},{"key":"device","name":"Device"}],"_links":{}})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::ContextKind>> outcome;
    api.contextKinds(QStringLiteral("my proj/x"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(outcome.get().ok());
    QCOMPARE(outcome.get().value().size(), 2);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api/v2/projects/my%20proj%2Fx/context-kinds"));
    QCOMPARE(request.header("Authorization"), Token.toUtf8());
    QCOMPARE(request.header("LD-API-Version"), QByteArray("20240415"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.hasHeader("Content-Type"));
}

void tst_RestContextsApi::baseUrlWithPathPrefix()
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/ld/"));
    url.setQuery(QStringLiteral("ignored=1"));
    RestContextsApi api(connectionTo(url));
    Outcome<QList<ctx::ContextKind>> outcome;
    api.contextKinds(QStringLiteral("p"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(
        m_server->requests().first().target, QByteArray("/ld/api/v2/projects/p/context-kinds"));
}

void tst_RestContextsApi::callbackIsAsynchronous()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QCOMPARE(*outcome.calls, 0);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QTest::qWait(100);
    QCOMPARE(*outcome.calls, 1); // exactly once
}

void tst_RestContextsApi::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("400") << 400 << int(Kind::BadRequest);
    QTest::newRow("401") << 401 << int(Kind::Unauthorized);
    QTest::newRow("403") << 403 << int(Kind::Forbidden);
    QTest::newRow("404") << 404 << int(Kind::NotFound);
    QTest::newRow("409") << 409 << int(Kind::Conflict);
    QTest::newRow("429") << 429 << int(Kind::RateLimited);
    QTest::newRow("500") << 500 << int(Kind::ServerError);
    QTest::newRow("503") << 503 << int(Kind::ServerError);
    QTest::newRow("418") << 418 << int(Kind::UnexpectedStatus);
}

void tst_RestContextsApi::httpErrors()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    const QByteArray message = "server says " + QByteArray::number(status);
    m_server->setDefaultResponse(CannedResponse::json(
        status, R"({"code":"some_code","message":")" + message + R"("})", "Some Reason"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(!outcome.get().ok());
    const ApiError &error = outcome.get().error();
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.detail(), QString::fromUtf8(message));
    QCOMPARE(error.code(), QStringLiteral("some_code"));
    verifyNoToken(error);

    // Without a JSON body, the reason phrase is the detail.
    CannedResponse bare;
    bare.status = status;
    bare.reason = "Plain Reason";
    m_server->setDefaultResponse(bare);
    Outcome<QList<ctx::ContextKind>> second;
    api.contextKinds(QStringLiteral("p"), second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.done(), 10000);
    QCOMPARE(int(second.get().error().kind()), kind);
    QCOMPARE(second.get().error().detail(), QStringLiteral("Plain Reason"));
}

void tst_RestContextsApi::invalidBody()
{
    m_server->setDefaultResponse(
        CannedResponse::json(200, R"({"items":[{"context":{"kind":"user"}}]})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(outcome.get().error().kind(), Kind::InvalidResponse);
    QCOMPARE(outcome.get().error().detail(), QStringLiteral("items[0].context.key is missing"));
}

void tst_RestContextsApi::closedMidBody()
{
    CannedResponse response = CannedResponse::json(200, OnePage);
    response.closeAfterBodyBytes = 20;
    m_server->setDefaultResponse(response);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(!outcome.get().ok());
    QCOMPARE(outcome.get().error().kind(), Kind::Network);
    QVERIFY2(outcome.get().error().detail().contains(QLatin1String("closed")),
        qPrintable(outcome.get().error().detail()));
    verifyNoToken(outcome.get().error());
}

void tst_RestContextsApi::transferTimeout()
{
    CannedResponse silent;
    silent.neverAnswer = true;
    m_server->setDefaultResponse(silent);
    RestContextsApi api(connectionTo(m_server->baseUrl(), 300));
    Outcome<ctx::ContextsPage> outcome;
    QElapsedTimer timer;
    timer.start();
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(outcome.get().error().kind(), Kind::Timeout);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(m_server->requests().size(), 1);
    verifyNoToken(outcome.get().error());
}

void tst_RestContextsApi::connectionRefused()
{
    const QUrl url = m_server->baseUrl();
    m_server.reset(); // nothing listens on that port any more
    RestContextsApi api(connectionTo(url));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(outcome.get().error().kind(), Kind::Network);
    QVERIFY2(outcome.get().error().detail().contains(QLatin1String("refused")),
        qPrintable(outcome.get().error().detail()));
    QVERIFY(outcome.get().error().userMessage().startsWith(
        QLatin1String("Could not reach the server")));
}

void tst_RestContextsApi::cancelNeverCalls()
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

void tst_RestContextsApi::cancelAfterReplyBeforeDelivery()
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

void tst_RestContextsApi::cancelFromInsideCallback()
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

void tst_RestContextsApi::destroyWithRequestsInFlight()
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

void tst_RestContextsApi::destroyFromInsideCallback()
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

void tst_RestContextsApi::insecureUrlWithoutRequest()
{
    RestContextsApi api(connectionTo(QUrl(QStringLiteral("http://example.invalid"))));
    Outcome<ctx::ContextsPage> outcome;
    Outcome<QList<ctx::ContextKind>> kinds;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    api.contextKinds(QStringLiteral("p"), kinds.callback());
    QCOMPARE(*outcome.calls, 0); // asynchronous even when nothing is sent
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done() && kinds.done(), 2000);
    QCOMPARE(outcome.get().error().kind(), Kind::InsecureUrl);
    QCOMPARE(kinds.get().error().kind(), Kind::InsecureUrl);
    QVERIFY(outcome.get().error().detail().contains(QLatin1String("example.invalid")));
    verifyNoToken(outcome.get().error());

    // The same with a fake server's port on a name that is not loopback: nothing arrives.
    QUrl remote = m_server->baseUrl();
    remote.setHost(QStringLiteral("example.invalid"));
    RestContextsApi other(connectionTo(remote));
    Outcome<ctx::ContextsPage> second;
    other.searchContexts(Env, ContextQuery(), QString(), second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.done(), 2000);
    QCOMPARE(second.get().error().kind(), Kind::InsecureUrl);
    QCOMPARE(m_server->requests().size(), 0);

    RestContextsApi relative(connectionTo(QUrl(QStringLiteral("app.launchdarkly.com"))));
    Outcome<ctx::ContextsPage> third;
    relative.searchContexts(Env, ContextQuery(), QString(), third.callback());
    QTRY_VERIFY_WITH_TIMEOUT(third.done(), 2000);
    QCOMPARE(third.get().error().kind(), Kind::Network);
}

void tst_RestContextsApi::tokenNeverInErrors()
{
    // A server that echoes the token back in its message and code.
    m_server->setDefaultResponse(CannedResponse::json(401,
        R"({"code":"bad )" + Token.toUtf8() + R"(","message":"Invalid access token )"
            + Token.toUtf8() + R"("})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(outcome.get().error().kind(), Kind::Unauthorized);
    verifyNoToken(outcome.get().error());
    QVERIFY(outcome.get().error().detail().startsWith(QLatin1String("Invalid access token")));

    // Every kind's sentence, with the token passed nowhere but the connection.
    for (int k = int(Kind::Network); k <= int(Kind::InsecureUrl); ++k)
        verifyNoToken(ApiError(static_cast<Kind>(k), QStringLiteral("detail"), 500));
}

void tst_RestContextsApi::tooLargeByContentLength()
{
    CannedResponse huge = CannedResponse::json(200, "{");
    huge.headers.append(
        {"Content-Length", QByteArray::number(RestContextsApi::MaxResponseBytes + 1)});
    huge.keepOpen = true;
    m_server->setDefaultResponse(huge);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QCOMPARE(outcome.get().error().kind(), Kind::InvalidResponse);
    QCOMPARE(outcome.get().error().detail(), QStringLiteral("the response is larger than 64 MiB"));
}

void tst_RestContextsApi::tooLargeWhileStreaming()
{
    CannedResponse huge = CannedResponse::json(
        200, QByteArray(RestContextsApi::MaxResponseBytes + qint64(1024) * 1024, ' '));
    huge.noContentLength = true;
    m_server->setDefaultResponse(huge);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 60000);
    QCOMPARE(outcome.get().error().kind(), Kind::InvalidResponse);
    QCOMPARE(outcome.get().error().detail(), QStringLiteral("the response is larger than 64 MiB"));
}

void tst_RestContextsApi::crossOriginRedirectNotFollowed()
{
    FakeHttpServer other;
    QVERIFY(other.listen());
    QUrl target = other.baseUrl();
    target.setPath(QStringLiteral("/steal"));
    CannedResponse redirect;
    redirect.status = 307;
    redirect.reason = "Temporary Redirect";
    redirect.headers = {{"Location", target.toEncoded()}};
    m_server->setDefaultResponse(redirect);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(!outcome.get().ok());
    QCOMPARE(outcome.get().error().kind(), Kind::Network);
    QVERIFY(outcome.get().error().detail().contains(QLatin1String("redirected")));
    QCOMPARE(other.requests().size(), 0);
    verifyNoToken(outcome.get().error());
}

template <typename T> QString errorText(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().detail();
}

// The common headers of every request; `hasBody` says whether it carries a JSON body.
void verifyHeaders(const testsupport::RecordedRequest &request, bool hasBody)
{
    QCOMPARE(request.header("Authorization"), Token.toUtf8());
    QCOMPARE(request.header("LD-API-Version"), QByteArray("20240415"));
    QCOMPARE(request.header("User-Agent"), ctx::userAgent().toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.hasHeader("Content-Type"), hasBody);
    if (hasBody)
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    else
        QVERIFY(request.body.isEmpty());
    QVERIFY(!request.hasHeader("Cookie"));
}

CannedResponse noContent()
{
    CannedResponse response;
    response.status = 204;
    response.reason = "No Content";
    return response;
}

const EnvironmentRef OddEnv {QStringLiteral("my proj"), QStringLiteral("prod/eu")};
const QByteArray OddEnvPath = "/api/v2/projects/my%20proj/environments/prod%2Feu";
// A context key with every awkward character: ':' '/' space, non-ASCII, '?', '#', '%'.
const QString OddKey = QStringLiteral("org:acme/ü ß?#%");
const QByteArray OddKeyEncoded = "org%3Aacme%2F%C3%BC%20%C3%9F%3F%23%25";

void tst_RestContextsApi::contextVersionsIsAGet()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextsPage> outcome;
    api.contextVersions(OddEnv, QStringLiteral("user"), OddKey, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(outcome.get().value().items.first().key, QStringLiteral("u-1"));
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, OddEnvPath + "/contexts/user/" + OddKeyEncoded + "?limit=50");
    verifyHeaders(request, false);
}

void tst_RestContextsApi::searchContextInstancesSendsBody()
{
    m_server->setDefaultResponse(CannedResponse::json(200,
        R"({"_environmentId":"e","continuationToken":"c2","items":[{"id":"aW5zdA==",)"
        R"("context":{"kind":"multi","user":{"key":"anna"},"org":{"key":"acme"}}}]})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::ContextInstancesPage> outcome;
    const QString filter = QStringLiteral(R"(kindKeys contains ["user:anna"])");
    api.searchContextInstances(OddEnv, filter, QStringLiteral("tok+/= 1"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    const auto &page = outcome.get().value();
    QCOMPARE(page.continuationToken, QStringLiteral("c2"));
    QCOMPARE(page.items.first().kindKeys(),
        QStringList({QStringLiteral("user:anna"), QStringLiteral("org:acme")}));

    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, OddEnvPath + "/context-instances/search");
    verifyHeaders(request, true);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.size(), 4);
    QCOMPARE(body.value(QStringLiteral("filter")).toString(), filter);
    QCOMPARE(body.value(QStringLiteral("sort")).toString(), QStringLiteral("-ts"));
    QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 50);
    QCOMPARE(
        body.value(QStringLiteral("continuationToken")).toString(), QStringLiteral("tok+/= 1"));

    QCOMPARE(RestContextsApi::instanceSearchBody(QString(), QString()),
        QByteArray(R"({"limit":50,"sort":"-ts"})"));
}

void tst_RestContextsApi::deleteContextInstance_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("204") << 204 << QByteArray();
    QTest::newRow("200 with a body") << 200 << QByteArray(R"({"anything":true})");
    QTest::newRow("202 with text") << 202 << QByteArray("accepted");
}

void tst_RestContextsApi::deleteContextInstance()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    CannedResponse response = status == 204 ? noContent() : CannedResponse::json(status, body);
    m_server->setDefaultResponse(response);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> outcome;
    api.deleteContextInstance(OddEnv, QStringLiteral("b3Jn+Om/xhd=="), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.target, OddEnvPath + "/context-instances/b3Jn%2BOm%2Fxhd%3D%3D");
    verifyHeaders(request, false);
    QTest::qWait(50);
    QCOMPARE(*outcome.calls, 1);
}

void tst_RestContextsApi::deleteContextInstanceNotFound()
{
    m_server->setDefaultResponse(CannedResponse::json(
        404, R"({"code":"not_found","message":"Invalid resource identifier"})", "Not Found"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> outcome;
    api.deleteContextInstance(Env, QStringLiteral("gone"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(!outcome.get().ok());
    QCOMPARE(outcome.get().error().kind(), Kind::NotFound);
    QCOMPARE(outcome.get().error().httpStatus(), 404);
    QCOMPARE(outcome.get().error().code(), QStringLiteral("not_found"));
    QCOMPARE(m_server->requests().first().target,
        QByteArray("/api/v2/projects/proj/environments/prod/context-instances/gone"));
}

void tst_RestContextsApi::evaluateFlagsPostsTheContext()
{
    m_server->setDefaultResponse(CannedResponse::json(200,
        R"({"items":[{"key":"f","name":"F","_value":"blue","reason":{"kind":"RULE_MATCH",)"
        R"("ruleIndex":2,"ruleID":"r"}}],"totalCount":1,"_links":{}})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::FlagEvaluation>> outcome;
    const QByteArray context = R"({"kind":"multi","user":{"key":"a:b/c"},"org":{"key":"ü"}})";
    api.evaluateFlags(OddEnv, context, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(outcome.get().value().first().valueJson, QByteArray(R"("blue")"));
    QCOMPARE(outcome.get().value().first().reason.ruleIndex, 2);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, OddEnvPath + "/flags/evaluate");
    QCOMPARE(request.body, context); // exactly as given
    verifyHeaders(request, true);
}

void tst_RestContextsApi::evaluateSegmentsPostsTheContext()
{
    m_server->setDefaultResponse(CannedResponse::json(200,
        R"({"items":[{"key":"beta","name":"Beta","description":"","unbounded":false,)"
        R"("external":"","isMember":true,"isIndividuallyTargeted":false,"isRuleTargeted":true,)"
        R"("_links":{}}],"_links":{}})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::SegmentMembership>> outcome;
    const QByteArray context = R"({"kind":"user","key":"k","name":"Sandy"})";
    api.evaluateSegments(Env, context, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QVERIFY(outcome.get().value().first().isRuleTargeted);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(
        request.target, QByteArray("/api/v2/projects/proj/environments/prod/segments/evaluate"));
    QCOMPARE(request.body, context);
    verifyHeaders(request, true);
}

void tst_RestContextsApi::flagVariationsIsAGet()
{
    m_server->setDefaultResponse(CannedResponse::json(200,
        R"({"key":"f","kind":"multivariate","variations":[{"_id":"1","value":"red","name":"Red"},)"
        R"({"_id":"2","value":"blue"}]})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::FlagVariation>> outcome;
    api.flagVariations(QStringLiteral("my proj"), QStringLiteral("flag/ä b"), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(outcome.get().value().size(), 2);
    QCOMPARE(outcome.get().value().first().name, QStringLiteral("Red"));
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api/v2/flags/my%20proj/flag%2F%C3%A4%20b?summary=true"));
    verifyHeaders(request, false);
}

void tst_RestContextsApi::setFlagSettingPuts()
{
    m_server->setDefaultResponse(noContent());
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> outcome;
    api.setFlagSetting(OddEnv, QStringLiteral("user"), OddKey, QStringLiteral("my.flag/x"),
        QByteArray(R"("blue")"), QStringLiteral("for the demo \"ü\""), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.target, OddEnvPath + "/contexts/user/" + OddKeyEncoded + "/flags/my.flag%2Fx");
    verifyHeaders(request, true);
    QCOMPARE(request.body, QByteArray(R"({"setting":"blue","comment":"for the demo \"ü\""})"));

    // A JSON value keeps its type and member order.
    QCOMPARE(RestContextsApi::flagSettingBody(QByteArray(R"({"z":1,"a":[true]})"), QString()),
        std::optional<QByteArray>(R"({"setting":{"z":1,"a":[true]}})"));
    QCOMPARE(RestContextsApi::flagSettingBody(QByteArray("false"), QString()),
        std::optional<QByteArray>(R"({"setting":false})"));
}

void tst_RestContextsApi::setFlagSettingNullAndConflict()
{
    m_server->setDefaultResponse(CannedResponse::json(409,
        R"({"code":"optimistic_locking_error","message":"Conflict. Optimistic lock error."})",
        "Conflict"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> outcome;
    api.setFlagSetting(Env, QStringLiteral("user"), QStringLiteral("k"), QStringLiteral("f"),
        std::nullopt, QString(), outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY(!outcome.get().ok());
    QCOMPARE(outcome.get().error().kind(), Kind::Conflict);
    QCOMPARE(outcome.get().error().code(), QStringLiteral("optimistic_locking_error"));
    verifyNoToken(outcome.get().error());
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.target,
        QByteArray("/api/v2/projects/proj/environments/prod/contexts/user/k/flags/f"));
    QCOMPARE(request.body, QByteArray(R"({"setting":null})")); // clears; no empty comment
}

void tst_RestContextsApi::setFlagSettingInvalidValue()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> outcome;
    api.setFlagSetting(Env, QStringLiteral("user"), QStringLiteral("k"), QStringLiteral("f"),
        QByteArray(R"("unterminated)"), QString(), outcome.callback());
    QCOMPARE(*outcome.calls, 0); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 2000);
    QCOMPARE(outcome.get().error().kind(), Kind::BadRequest);
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(!RestContextsApi::flagSettingBody(QByteArray("1 2"), QString()).has_value());
    QVERIFY(!RestContextsApi::flagSettingBody(QByteArray(), QString()).has_value());
}

void tst_RestContextsApi::detailCallsCancel()
{
    CannedResponse slow = noContent();
    slow.delayMs = 100;
    m_server->setDefaultResponse(slow);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<ctx::Done> deleted;
    Outcome<ctx::Done> set;
    Outcome<QList<ctx::FlagEvaluation>> evaluated;
    Outcome<ctx::Done> kept;
    const QList<ctx::RequestHandle> handles {
        api.deleteContextInstance(Env, QStringLiteral("i"), deleted.callback()),
        api.setFlagSetting(Env, QStringLiteral("user"), QStringLiteral("k"), QStringLiteral("f"),
            QByteArray("true"), QString(), set.callback()),
        api.evaluateFlags(Env, R"({"kind":"user","key":"k"})", evaluated.callback())};
    api.deleteContextInstance(Env, QStringLiteral("j"), kept.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 4, 10000);
    for (const auto &handle : handles)
        handle->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(kept.done(), 10000);
    QTest::qWait(300);
    QCOMPARE(*deleted.calls, 0);
    QCOMPARE(*set.calls, 0);
    QCOMPARE(*evaluated.calls, 0);
    QVERIFY(kept.get().ok());

    // Cancelled before a refused request's queued error.
    Outcome<ctx::Done> refused;
    api.setFlagSetting(Env, QStringLiteral("user"), QStringLiteral("k"), QStringLiteral("f"),
           QByteArray("{"), QString(), refused.callback())
        ->cancel();
    QTest::qWait(50);
    QCOMPARE(*refused.calls, 0);
}

const QByteArray AttributeNames
    = R"({"items":[{"kind":"user","names":[{"name":"/firstName","weight":2225,"redacted":false}]}]})";
const QByteArray AttributeValues
    = R"({"items":[{"kind":"user","values":[{"name":"Sandy","weight":35}]}]})";

void tst_RestContextsApi::attributeNamesIsAGet_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("filter and limit")
        << QStringLiteral(R"(kind equals "user",name startsWith "ad")") << 100
        << QByteArray("filter=kind%20equals%20%22user%22%2Cname%20startsWith%20%22ad%22&limit=100");
    QTest::newRow("no filter") << QString() << 20 << QByteArray("limit=20");
    QTest::newRow("limit 1") << QString() << 1 << QByteArray("limit=1");
    QTest::newRow("limit 0 -> 1") << QString() << 0 << QByteArray("limit=1");
    QTest::newRow("negative limit -> 1") << QString() << -5 << QByteArray("limit=1");
    QTest::newRow("limit 101 -> 100") << QString() << 101 << QByteArray("limit=100");
    QTest::newRow("huge limit -> 100") << QStringLiteral("kind equals org") << 1000000
                                       << QByteArray("filter=kind%20equals%20org&limit=100");
}

void tst_RestContextsApi::attributeNamesIsAGet()
{
    QFETCH(QString, filter);
    QFETCH(int, limit);
    QFETCH(QByteArray, query);
    m_server->setDefaultResponse(CannedResponse::json(200, AttributeNames));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::KindAttributeNames>> outcome;
    api.contextAttributeNames(OddEnv, filter, limit, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(outcome.get().value().first().kind, QStringLiteral("user"));
    QCOMPARE(outcome.get().value().first().names.first().pointer, QStringLiteral("/firstName"));
    QCOMPARE(outcome.get().value().first().names.first().weight, 2225);
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, OddEnvPath + "/context-attributes?" + query);
    verifyHeaders(request, false);
}

void tst_RestContextsApi::attributeValuesEncodesThePointer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("segment");
    QTest::newRow("top level") << QStringLiteral("/firstName") << QByteArray("%2FfirstName");
    QTest::newRow("nested") << QStringLiteral("/address/city") << QByteArray("%2Faddress%2Fcity");
    QTest::newRow("plain name") << QStringLiteral("firstName") << QByteArray("%2FfirstName");
    QTest::newRow("plain name with slash") << QStringLiteral("a/b") << QByteArray("%2Fa~1b");
    QTest::newRow("escaped, odd characters")
        << QStringLiteral("/a~1b c/ü?#%") << QByteArray("%2Fa~1b%20c%2F%C3%BC%3F%23%25");
}

void tst_RestContextsApi::attributeValuesEncodesThePointer()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, segment);
    m_server->setDefaultResponse(CannedResponse::json(200, AttributeValues));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::KindAttributeValues>> outcome;
    api.contextAttributeValues(
        OddEnv, name, QStringLiteral(R"(value startsWith "Sa")"), 150, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(outcome.get().value().first().values.first().valueJson, QByteArray(R"("Sandy")"));
    QCOMPARE(outcome.get().value().first().values.first().weight, 35);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    // One segment after context-attributes: every "/" of the pointer is %2F.
    QCOMPARE(request.path(), OddEnvPath + "/context-attributes/" + segment);
    QCOMPARE(request.target.mid(request.path().size()),
        QByteArray("?filter=value%20startsWith%20%22Sa%22&limit=100"));
    verifyHeaders(request, false);

    // Without a filter, only the (clamped) limit.
    Outcome<QList<ctx::KindAttributeValues>> second;
    api.contextAttributeValues(Env, name, QString(), 0, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.done(), 10000);
    QCOMPARE(m_server->requests().last().target,
        "/api/v2/projects/proj/environments/prod/context-attributes/" + segment + "?limit=1");
}

void tst_RestContextsApi::attributeValuesWithoutName()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::KindAttributeValues>> outcome;
    api.contextAttributeValues(Env, QString(), QString(), 50, outcome.callback());
    QCOMPARE(*outcome.calls, 0); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 2000);
    QCOMPARE(outcome.get().error().kind(), Kind::BadRequest);
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_RestContextsApi::putContextKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("archived"); // sets archived (to true) and version
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("200 UpsertResponseRep, all fields")
        << 200 << true
        << QByteArray(
               R"({"name":"Organization","description":"Companies \"ü\"","archived":true,"version":3})");
    QTest::newRow("204, name and description only")
        << 204 << false << QByteArray(R"({"name":"Organization","description":"Companies \"ü\""})");
}

void tst_RestContextsApi::putContextKind()
{
    QFETCH(int, status);
    QFETCH(bool, archived);
    QFETCH(QByteArray, expectedBody);
    m_server->setDefaultResponse(status == 204
            ? noContent()
            : CannedResponse::json(status,
                R"({"status":"success","_links":{"self":{"href":"/api/v2/projects/p/context-kinds/org"}}})"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    ctx::ContextKindUpdate update;
    update.name = QStringLiteral("Organization");
    update.description = QStringLiteral("Companies \"ü\"");
    if (archived) {
        update.archived = true;
        update.version = 3;
    }
    Outcome<ctx::Done> outcome;
    api.putContextKind(
        QStringLiteral("my proj"), QStringLiteral("org/x ü"), update, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
    QVERIFY2(outcome.get().ok(), qPrintable(errorText(outcome.get())));
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(
        request.target, QByteArray("/api/v2/projects/my%20proj/context-kinds/org%2Fx%20%C3%BC"));
    verifyHeaders(request, true);
    QCOMPARE(request.body, expectedBody);
    QTest::qWait(50);
    QCOMPARE(*outcome.calls, 1);
}

void tst_RestContextsApi::contextKindBody()
{
    ctx::ContextKindUpdate update;
    update.name = QStringLiteral("device");
    // The description is always sent, even empty; absent optionals are omitted.
    QCOMPARE(RestContextsApi::contextKindBody(update),
        QByteArray(R"({"name":"device","description":""})"));
    update.archived = false; // set to false: sent (it un-archives)
    QCOMPARE(RestContextsApi::contextKindBody(update),
        QByteArray(R"({"name":"device","description":"","archived":false})"));
    update.archived.reset();
    update.version = 1;
    QCOMPARE(RestContextsApi::contextKindBody(update),
        QByteArray(R"({"name":"device","description":"","version":1})"));
    update.description = QStringLiteral("Phones\nand tablets");
    update.archived = true;
    QCOMPARE(RestContextsApi::contextKindBody(update),
        QByteArray(
            R"({"name":"device","description":"Phones\nand tablets","archived":true,"version":1})"));
}

void tst_RestContextsApi::putContextKindRefused()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    ctx::ContextKindUpdate unnamed;
    Outcome<ctx::Done> noName;
    api.putContextKind(QStringLiteral("p"), QStringLiteral("org"), unnamed, noName.callback());
    ctx::ContextKindUpdate named;
    named.name = QStringLiteral("Org");
    Outcome<ctx::Done> noKey;
    api.putContextKind(QStringLiteral("p"), QString(), named, noKey.callback());
    QCOMPARE(*noName.calls + *noKey.calls, 0); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(noName.done() && noKey.done(), 2000);
    QCOMPARE(noName.get().error().kind(), Kind::BadRequest);
    QCOMPARE(noKey.get().error().kind(), Kind::BadRequest);
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_RestContextsApi::attributeCallErrors_data()
{
    QTest::addColumn<int>("call"); // 0: names, 1: values, 2: putContextKind
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    const char *names[] = {"names", "values", "putContextKind"};
    for (int call = 0; call < 3; ++call) {
        QTest::addRow("%s 400", names[call]) << call << 400 << int(Kind::BadRequest);
        QTest::addRow("%s 404", names[call]) << call << 404 << int(Kind::NotFound);
    }
}

void tst_RestContextsApi::attributeCallErrors()
{
    QFETCH(int, call);
    QFETCH(int, status);
    QFETCH(int, kind);
    const QByteArray code = status == 400 ? "invalid_request" : "not_found";
    m_server->setDefaultResponse(CannedResponse::json(
        status, R"({"code":")" + code + R"(","message":"server says no"})", "Nope"));
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    std::optional<ApiError> error;
    const auto keep = [&error](const auto &result) {
        QVERIFY(!result.ok());
        error = result.error();
    };
    if (call == 0)
        api.contextAttributeNames(Env, QStringLiteral("kind equals user"), 100,
            [&keep](const ctx::Result<QList<ctx::KindAttributeNames>> &r) { keep(r); });
    else if (call == 1)
        api.contextAttributeValues(Env, QStringLiteral("/email"), QString(), 50,
            [&keep](const ctx::Result<QList<ctx::KindAttributeValues>> &r) { keep(r); });
    else {
        ctx::ContextKindUpdate update;
        update.name = QStringLiteral("Org");
        api.putContextKind(QStringLiteral("p"), QStringLiteral("org"), update,
            [&keep](const ctx::Result<ctx::Done> &r) { keep(r); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(int(error->kind()), kind);
    QCOMPARE(error->httpStatus(), status);
    QCOMPARE(error->code(), QString::fromLatin1(code));
    QCOMPARE(error->detail(), QStringLiteral("server says no"));
    verifyNoToken(*error);
}

void tst_RestContextsApi::attributeCallsCancel()
{
    CannedResponse slow = CannedResponse::json(200, AttributeNames);
    slow.delayMs = 100;
    m_server->setDefaultResponse(slow);
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::KindAttributeNames>> names;
    Outcome<QList<ctx::KindAttributeValues>> values;
    Outcome<ctx::Done> put;
    Outcome<QList<ctx::KindAttributeNames>> kept;
    ctx::ContextKindUpdate update;
    update.name = QStringLiteral("Org");
    const QList<ctx::RequestHandle> handles {
        api.contextAttributeNames(Env, QString(), 100, names.callback()),
        api.contextAttributeValues(Env, QStringLiteral("/a/b"), QString(), 50, values.callback()),
        api.putContextKind(QStringLiteral("p"), QStringLiteral("org"), update, put.callback())};
    api.contextAttributeNames(Env, QString(), 100, kept.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 4, 10000);
    for (const auto &handle : handles)
        handle->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(kept.done(), 10000);
    QTest::qWait(300);
    QCOMPARE(*names.calls, 0);
    QCOMPARE(*values.calls, 0);
    QCOMPARE(*put.calls, 0);
    QVERIFY2(kept.get().ok(), qPrintable(errorText(kept.get())));

    // Cancelled before a refused request's queued error.
    Outcome<ctx::Done> refused;
    api.putContextKind(QStringLiteral("p"), QString(), update, refused.callback())->cancel();
    Outcome<QList<ctx::KindAttributeValues>> refusedValues;
    api.contextAttributeValues(Env, QString(), QString(), 50, refusedValues.callback())->cancel();
    QTest::qWait(50);
    QCOMPARE(*refused.calls, 0);
    QCOMPARE(*refusedValues.calls, 0);
}

QTEST_GUILESS_MAIN(tst_RestContextsApi)
#include "tst_RestContextsApi.moc"
