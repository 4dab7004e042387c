#include "ConnectionTester.h"
#include "FakeAccountApi.h"
#include "FakeHttpServer.h"
#include "RestContextsApi.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctx;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using Kind = ApiError::Kind;

namespace {

const EnvironmentRef DemoProduction {QStringLiteral("demo"), QStringLiteral("production")};

CallerIdentity ciReader()
{
    CallerIdentity identity;
    identity.accountId = QStringLiteral("5f1a2b3c");
    identity.tokenName = QStringLiteral("CI reader");
    identity.tokenKind = QStringLiteral("service");
    identity.serviceToken = true;
    identity.scopes = {QStringLiteral("reader")};
    return identity;
}

Connection connectionTo(const QUrl &url, const QString &token)
{
    Connection connection;
    connection.baseUrl = url;
    connection.token = token;
    connection.transferTimeoutMs = 10000;
    return connection;
}

} // namespace

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void successNamesTokenAccountScopesAndEnvironment()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, DemoProduction);
        QVERIFY(tester.isRunning());
        QCOMPARE(api->identityCalls.size(), 1);
        QCOMPARE(api->environmentCalls.size(), 0); // identity first
        QVERIFY(api->replyIdentity(0, ciReader()));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(api->environmentCalls.size(), 1);
        QCOMPARE(api->environmentCalls[0].environment, DemoProduction);
        QVERIFY(api->replyEnvironment(0,
            EnvironmentSummary {
                QStringLiteral("production"), QStringLiteral("Production"), {}, true}));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished[0][0].toBool());
        QCOMPARE(finished[0][1].toString(),
            QStringLiteral("Connected as token “CI reader” (service token) in account 5f1a2b3c; "
                           "scopes: reader. Project “demo”, environment “production” found."));
        QVERIFY(!tester.isRunning());
    }

    void successWithoutKeysSkipsTheEnvironment()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, {QStringLiteral("demo"), QString()});
        CallerIdentity identity;
        identity.tokenKind = QStringLiteral("personal");
        identity.scopes = {QStringLiteral("reader"), QStringLiteral("writer")};
        QVERIFY(api->replyIdentity(0, identity));
        QCOMPARE(api->environmentCalls.size(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished[0][0].toBool());
        QCOMPARE(finished[0][1].toString(),
            QStringLiteral(
                "Connected as an access token (personal token); scopes: reader, writer."));
    }

    void failures_data()
    {
        QTest::addColumn<bool>("atEnvironment");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("sentence");

        QTest::newRow("unreachable host")
            << false << int(Kind::Network) << 0
            << QStringLiteral("Host app.launchdarkly.invalid not found")
            << QStringLiteral("Could not reach the server (Host app.launchdarkly.invalid not "
                              "found); check the address and the network connection.");
        QTest::newRow("tls") << false << int(Kind::Tls) << 0
                             << QStringLiteral("The certificate has expired")
                             << QStringLiteral("The secure connection to the server failed (The "
                                               "certificate has expired); check the address and "
                                               "the computer's date and certificates.");
        QTest::newRow("timeout") << false << int(Kind::Timeout) << 0 << QString()
                                 << QStringLiteral("The server did not answer in time; check the "
                                                   "address and the network connection.");
        QTest::newRow("401") << false << int(Kind::Unauthorized) << 401
                             << QStringLiteral("Invalid access token")
                             << QStringLiteral("The server rejected the token (401): the access "
                                               "token is wrong or was revoked.");
        QTest::newRow("403 at environment")
            << true << int(Kind::Forbidden) << 403
            << QStringLiteral("Access to the requested "
                              "resource was denied")
            << QStringLiteral("Access denied (403): the token has no role that can read contexts.");
        QTest::newRow("404 at environment")
            << true << int(Kind::NotFound) << 404 << QStringLiteral("Unknown environment")
            << QStringLiteral("The token works, but the project or environment key was not "
                              "found: demo/production.");
        QTest::newRow("404 at caller identity")
            << false << int(Kind::NotFound) << 404 << QString()
            << QStringLiteral("The server has no LaunchDarkly API at this address (404); check "
                              "the server address.");
        QTest::newRow("503")
            << false << int(Kind::ServerError) << 503 << QStringLiteral("down")
            << ApiError(Kind::ServerError, QStringLiteral("down"), 503).userMessage();
        QTest::newRow("429 at environment")
            << true << int(Kind::RateLimited) << 429 << QString()
            << ApiError(Kind::RateLimited, QString(), 429).userMessage();
    }

    void failures()
    {
        QFETCH(bool, atEnvironment);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, detail);
        QFETCH(QString, sentence);
        auto api = std::make_shared<FakeAccountApi>();
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, DemoProduction);
        const ApiError error(static_cast<Kind>(kind), detail, status);
        if (atEnvironment) {
            QVERIFY(api->replyIdentity(0, ciReader()));
            QVERIFY(api->replyEnvironment(0, error));
        } else {
            QVERIFY(api->replyIdentity(0, error));
            QCOMPARE(api->environmentCalls.size(), 0);
        }
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished[0][0].toBool());
        QCOMPARE(finished[0][1].toString(), sentence);
        QVERIFY(!tester.isRunning());
    }

    void cancelDropsTheResult()
    {
        auto api = std::make_shared<FakeAccountApi>();
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, DemoProduction);
        QVERIFY(api->replyIdentity(0, ciReader()));
        tester.cancel();
        QVERIFY(!tester.isRunning());
        QVERIFY(api->environmentCalls[0].isCancelled());
        QVERIFY(!api->replyEnvironment(0, EnvironmentSummary {}));
        QCOMPARE(finished.count(), 0);
    }

    void newTestCancelsThePrevious()
    {
        auto first = std::make_shared<FakeAccountApi>();
        auto second = std::make_shared<FakeAccountApi>();
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(first, DemoProduction);
        tester.test(second, {});
        QVERIFY(first->identityCalls[0].isCancelled());
        // Even a reply that arrives anyway is dropped.
        first->identityCalls[0].done(ApiError(Kind::Unauthorized, {}, 401));
        QCOMPARE(finished.count(), 0);
        QVERIFY(second->replyIdentity(0, ciReader()));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished[0][0].toBool());
    }

    void noConnection()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(nullptr, DemoProduction);
        QCOMPARE(finished.count(), 0); // later, like any other outcome
        QVERIFY(finished.wait(2000));
        QVERIFY(!finished[0][0].toBool());
        QCOMPARE(finished[0][1].toString(), QStringLiteral("There is no connection to test."));
    }

    void overHttpTheTokenNeverShows()
    {
        const QString token = QStringLiteral("api-0123456789abcdef-SECRET");
        FakeHttpServer server;
        QVERIFY(server.listen());
        // A server that echoes the token back in its error message.
        server.setDefaultResponse(CannedResponse::json(401,
            QByteArrayLiteral(R"({"code":"unauthorized","message":"Invalid token )")
                + token.toUtf8() + QByteArrayLiteral(R"("})")));
        auto api = std::make_shared<RestContextsApi>(connectionTo(server.baseUrl(), token));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, DemoProduction);
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests()[0].path(), QByteArray("/api/v2/caller-identity"));
        QVERIFY(!finished[0][0].toBool());
        const QString sentence = finished[0][1].toString();
        QVERIFY2(!sentence.contains(token) && !sentence.contains(QLatin1String("SECRET")),
            qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("wrong or was revoked")));
    }

    void overHttpSuccess()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const testsupport::RecordedRequest &request) {
            if (request.path() == "/api/v2/caller-identity")
                return CannedResponse::json(200,
                    R"({"accountId":"acc1","tokenName":"Ops","serviceToken":false,
                        "tokenKind":"personal","scopes":["reader"]})");
            return CannedResponse::json(200,
                R"({"key":"production","name":"Production","apiKey":"sdk-123","critical":true})");
        });
        auto api = std::make_shared<RestContextsApi>(
            connectionTo(server.baseUrl(), QStringLiteral("api-token")));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(api, DemoProduction);
        QVERIFY(finished.wait(5000));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].path(),
            QByteArray("/api/v2/projects/demo/environments/production"));
        QVERIFY(finished[0][0].toBool());
        QCOMPARE(finished[0][1].toString(),
            QStringLiteral("Connected as token “Ops” (personal token) in account acc1; scopes: "
                           "reader. Project “demo”, environment “production” found."));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_ConnectionTester.moc"
