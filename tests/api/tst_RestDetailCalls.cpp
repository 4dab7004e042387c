#include "FakeHttpServer.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using Kind = ApiError::Kind;

using namespace testsupport;

// The detail, flag, attribute and kind calls of RestContextsApi against a local test server:
// paths (every segment percent-encoded), bodies, statuses and cancel.
class tst_RestDetailCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void tst_RestDetailCalls::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
}

void tst_RestDetailCalls::cleanup()
{
    m_server.reset();
}

void tst_RestDetailCalls::contextVersionsIsAGet()
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

void tst_RestDetailCalls::searchContextInstancesSendsBody()
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

void tst_RestDetailCalls::deleteContextInstance_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("204") << 204 << QByteArray();
    QTest::newRow("200 with a body") << 200 << QByteArray(R"({"anything":true})");
    QTest::newRow("202 with text") << 202 << QByteArray("accepted");
}

void tst_RestDetailCalls::deleteContextInstance()
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

void tst_RestDetailCalls::deleteContextInstanceNotFound()
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

void tst_RestDetailCalls::evaluateFlagsPostsTheContext()
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

void tst_RestDetailCalls::evaluateSegmentsPostsTheContext()
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

void tst_RestDetailCalls::flagVariationsIsAGet()
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

void tst_RestDetailCalls::setFlagSettingPuts()
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

void tst_RestDetailCalls::setFlagSettingNullAndConflict()
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

void tst_RestDetailCalls::setFlagSettingInvalidValue()
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

void tst_RestDetailCalls::detailCallsCancel()
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

QTEST_GUILESS_MAIN(tst_RestDetailCalls)
#include "tst_RestDetailCalls.moc"
