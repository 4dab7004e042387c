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

// The context-attribute and context-kind calls of RestContextsApi against a local test
// server: limits, the attribute pointer as one encoded segment, bodies, refusals and cancel.
class tst_RestAttributeCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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

void tst_RestAttributeCalls::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(CannedResponse::json(200, OnePage));
}

void tst_RestAttributeCalls::cleanup()
{
    m_server.reset();
}

namespace {
const QByteArray AttributeNames
    = R"({"items":[{"kind":"user","names":[{"name":"/firstName","weight":2225,"redacted":false}]}]})";
const QByteArray AttributeValues
    = R"({"items":[{"kind":"user","values":[{"name":"Sandy","weight":35}]}]})";
} // namespace

void tst_RestAttributeCalls::attributeNamesIsAGet_data()
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

void tst_RestAttributeCalls::attributeNamesIsAGet()
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

void tst_RestAttributeCalls::attributeValuesEncodesThePointer_data()
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

void tst_RestAttributeCalls::attributeValuesEncodesThePointer()
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

void tst_RestAttributeCalls::attributeValuesWithoutName()
{
    RestContextsApi api(connectionTo(m_server->baseUrl()));
    Outcome<QList<ctx::KindAttributeValues>> outcome;
    api.contextAttributeValues(Env, QString(), QString(), 50, outcome.callback());
    QCOMPARE(*outcome.calls, 0); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 2000);
    QCOMPARE(outcome.get().error().kind(), Kind::BadRequest);
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_RestAttributeCalls::putContextKind_data()
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

void tst_RestAttributeCalls::putContextKind()
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

void tst_RestAttributeCalls::contextKindBody()
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

void tst_RestAttributeCalls::putContextKindRefused()
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

void tst_RestAttributeCalls::attributeCallErrors_data()
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

void tst_RestAttributeCalls::attributeCallErrors()
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

void tst_RestAttributeCalls::attributeCallsCancel()
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

QTEST_GUILESS_MAIN(tst_RestAttributeCalls)
#include "tst_RestAttributeCalls.moc"
