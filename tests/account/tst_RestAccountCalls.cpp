#include "FakeHttpServer.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using testsupport::Outcome;
using testsupport::Token;
using Kind = ApiError::Kind;

namespace {

ctx::Connection connectionTo(const QUrl &url)
{
    ctx::Connection connection = testsupport::connectionTo(url);
    connection.retry.maxAttempts = 1; // a 429 is delivered, not retried
    return connection;
}

QByteArray specExample(const char *name)
{
    QFile file(qEnvironmentVariable("CTX_TEST_DATA") + QStringLiteral("/spec-examples/")
        + QString::fromLatin1(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << file.fileName() << "(is CTX_TEST_DATA set?)";
    return file.readAll();
}

// Starts call `which` (0 projects, 1 caller identity, 2 environment) and waits for its
// error, or nullopt when it succeeded.
std::optional<ApiError> errorOf(RestContextsApi &api, int which)
{
    std::optional<ApiError> error;
    bool done = false;
    const auto keep = [&](const auto &result) {
        done = true;
        if (!result.ok())
            error = result.error();
    };
    if (which == 0)
        api.projects({}, 0, 20, keep);
    else if (which == 1)
        api.callerIdentity(keep);
    else
        api.environment({QStringLiteral("demo"), QStringLiteral("production")}, keep);
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("no answer");
    return error;
}

} // namespace

class tst_RestAccountCalls : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void projectsSendsQueryAndHeaders()
    {
        m_server->setDefaultResponse(CannedResponse::json(200, specExample("Projects")));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ProjectsPage> outcome;
        api.projects(QStringLiteral(" pay,ments+eu "), 50, 500, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QVERIFY(outcome.get().ok());
        QCOMPARE(outcome.get().value().items.at(0).key, QStringLiteral("project-key-123abc"));

        QCOMPARE(m_server->requests().size(), 1);
        const auto &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        // The comma would start another filter of the projects grammar: it becomes a space.
        // "+" (tags' "all of") and ":" are percent-encoded, never sent raw.
        QCOMPARE(request.target,
            QByteArray("/api/v2/projects?expand=environments&limit=100&offset=50&sort=name"
                       "&filter=query%3Apay%20ments%2Beu"));
        const QUrlQuery query(QString::fromLatin1(request.target.split('?').value(1)));
        QCOMPARE(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
            QStringLiteral("query:pay ments+eu"));
        QCOMPARE(request.header("Authorization"), Token.toUtf8());
        QCOMPARE(request.header("LD-API-Version"), QByteArray("20240415"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("User-Agent"), ctx::userAgent().toUtf8());
        QVERIFY(!request.hasHeader("Content-Type"));
        QVERIFY(request.body.isEmpty());
    }

    void projectsWithoutSearch_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("all") << QString() << 0 << 20
                             << QByteArray("/api/v2/projects?expand=environments&limit=20"
                                           "&offset=0&sort=name");
        QTest::newRow("blank search, bad numbers")
            << QStringLiteral("  ,  ") << -5 << 0
            << QByteArray("/api/v2/projects?expand=environments&limit=1&offset=0&sort=name");
    }

    void projectsWithoutSearch()
    {
        QFETCH(QString, search);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(QByteArray, target);
        m_server->setDefaultResponse(CannedResponse::json(200, R"({"items":[]})"));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ProjectsPage> outcome;
        api.projects(search, offset, limit, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QVERIFY(outcome.get().ok());
        QCOMPARE(m_server->requests().first().target, target);
    }

    void callerIdentityIsAGet()
    {
        m_server->setDefaultResponse(CannedResponse::json(
            200, R"({"accountId":"5f1","tokenName":"CI reader","serviceToken":true})"));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::CallerIdentity> outcome;
        api.callerIdentity(outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QCOMPARE(outcome.get().value().tokenName, QStringLiteral("CI reader"));
        const auto &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/api/v2/caller-identity"));
        QCOMPARE(request.header("Authorization"), Token.toUtf8());
    }

    void environmentEncodesKeys()
    {
        m_server->setDefaultResponse(CannedResponse::json(200, specExample("Environment")));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::EnvironmentSummary> outcome;
        api.environment({QStringLiteral("my proj"), QStringLiteral("prod/eu")}, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QCOMPARE(outcome.get().value().name, QStringLiteral("My Environment"));
        QVERIFY(outcome.get().value().critical);
        QCOMPARE(m_server->requests().first().target,
            QByteArray("/api/v2/projects/my%20proj/environments/prod%2Feu"));
    }

    void environmentWithoutKeysSendsNothing()
    {
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::EnvironmentSummary> outcome;
        api.environment({QStringLiteral("demo"), QString()}, outcome.callback());
        QVERIFY(!outcome.done()); // later, from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QCOMPARE(outcome.get().error().kind(), Kind::BadRequest);
        QVERIFY(m_server->requests().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        const char *names[] = {"projects", "identity", "environment"};
        for (int which = 0; which < 3; ++which) {
            const auto row = [&](int status, Kind kind) {
                QTest::addRow("%s %d", names[which], status) << which << status << int(kind);
            };
            row(400, Kind::BadRequest);
            row(401, Kind::Unauthorized);
            row(403, Kind::Forbidden);
            row(404, Kind::NotFound);
            row(429, Kind::RateLimited);
            row(500, Kind::ServerError);
            row(418, Kind::UnexpectedStatus);
        }
    }

    void errors()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(int, kind);
        // A server that echoes the token back: it never reaches the person.
        m_server->setDefaultResponse(CannedResponse::json(
            status, R"({"code":"some_code","message":"bad token )" + Token.toUtf8() + R"("})"));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        const std::optional<ApiError> error = errorOf(api, which);
        QVERIFY(error);
        QCOMPARE(int(error->kind()), kind);
        QCOMPARE(error->httpStatus(), status);
        QVERIFY2(error->detail().contains(QLatin1String("bad token")), qPrintable(error->detail()));
        QVERIFY(!error->detail().contains(Token));
        QVERIFY(!error->userMessage().contains(QLatin1String("SECRET")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void invalidBodies_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("projects") << 0 << QByteArray(R"({"items":[{"key":1}]})")
                                  << QStringLiteral("items[0].key is not a string (found number)");
        QTest::newRow("identity") << 1 << QByteArray("<html>") << QStringLiteral("not valid JSON");
        QTest::newRow("environment")
            << 2 << QByteArray(R"({"name":"x"})") << QStringLiteral("key is missing");
    }

    void invalidBodies()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        m_server->setDefaultResponse(CannedResponse::json(200, body));
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        const std::optional<ApiError> error = errorOf(api, which);
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::InvalidResponse);
        QVERIFY2(error->detail().contains(detail), qPrintable(error->detail()));
    }

    void cancelNeverCalls()
    {
        CannedResponse slow = CannedResponse::json(200, R"({"items":[]})");
        slow.delayMs = 200;
        m_server->setDefaultResponse(slow);
        RestContextsApi api(connectionTo(m_server->baseUrl()));
        Outcome<ctx::ProjectsPage> projects;
        Outcome<ctx::CallerIdentity> identity;
        api.projects({}, 0, 20, projects.callback())->cancel();
        api.callerIdentity(identity.callback())->cancel();
        QTest::qWait(500);
        QVERIFY(!projects.done());
        QVERIFY(!identity.done());
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

QTEST_GUILESS_MAIN(tst_RestAccountCalls)
#include "tst_RestAccountCalls.moc"
