#include "FakeHttpServer.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using ctx::ApiError;
using ctx::ContextQuery;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using Kind = ApiError::Kind;

using namespace testsupport;

class tst_RestContextsApi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

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
    void insecureUrlWithoutRequest();
    void tokenNeverInErrors();
    void tooLargeByContentLength();
    void tooLargeWhileStreaming();
    void crossOriginRedirectNotFollowed();

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
    // The page is read; its one record is left out and named.
    QVERIFY(outcome.get().ok());
    QVERIFY(outcome.get().value().items.isEmpty());
    QCOMPARE(outcome.get().value().unreadable,
        QStringList {QStringLiteral("items[0].context.key is missing")});
    // A body that is not a page at all is an error.
    m_server->setDefaultResponse(CannedResponse::json(200, R"({"items":{}})"));
    Outcome<ctx::ContextsPage> whole;
    api.searchContexts(Env, ContextQuery(), QString(), whole.callback());
    QTRY_VERIFY_WITH_TIMEOUT(whole.done(), 10000);
    QCOMPARE(whole.get().error().kind(), Kind::InvalidResponse);
    QVERIFY(whole.get().error().detail().startsWith(u"items is not an array"));
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

QTEST_GUILESS_MAIN(tst_RestContextsApi)
#include "tst_RestContextsApi.moc"
