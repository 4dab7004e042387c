// `--rate-limit N`: N requests per route in a 10-second window, headers on every reply, and a
// 429 with the spec's RateLimitedErrorRep past the limit.

#include "SandboxFetch.h"
#include "SandboxRateLimit.h"
#include "SandboxServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandbox;
using Method = QHttpServerRequest::Method;

namespace {

const QString kToken = u"rate-token"_s;
const QString kSearch = u"/api/v2/projects/demo/environments/production/contexts/search"_s;

QByteArray headerOf(const SandboxReply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class tst_SandboxRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void aRouteIsItsShapeNotItsKeys()
    {
        QCOMPARE(SandboxRateLimit::route(Method::Post, kSearch),
            u"POST /api/v2/projects/*/environments/*/contexts/search"_s);
        QCOMPARE(SandboxRateLimit::route(
                     Method::Get, u"/api/v2/projects/p/environments/e/contexts/user/anna"_s),
            u"GET /api/v2/projects/*/environments/*/contexts/*/*"_s);
        QVERIFY(SandboxRateLimit::route(Method::Delete, u"/api/v2/x"_s)
            != SandboxRateLimit::route(Method::Get, u"/api/v2/x"_s));
    }

    void aWindowAdmitsNThenRefusesUntilItResets()
    {
        qint64 now = 1'000'000;
        SandboxRateLimit limit(3, [&now] { return now; });
        const QString staging = u"/api/v2/projects/demo/environments/staging/contexts/search"_s;
        QList<QByteArray> remaining;
        for (const QString &path : {kSearch, staging, kSearch}) {
            QVERIFY(!limit.admit(Method::Post, path));
            SandboxReply reply;
            limit.decorate(Method::Post, path, reply);
            remaining.append(headerOf(reply, "X-Ratelimit-Route-Remaining"));
            QCOMPARE(headerOf(reply, "X-Ratelimit-Reset"), QByteArray("1010000"));
        }
        // Two environments, one route: they share the window.
        QCOMPARE(remaining, QList<QByteArray>({"2", "1", "0"}));
        // Another route has its own.
        QVERIFY(!limit.admit(Method::Get, u"/api/v2/projects"_s));

        now += 9'999;
        const std::optional<SandboxReply> refused = limit.admit(Method::Post, kSearch);
        QVERIFY(refused);
        QCOMPARE(refused->status, QHttpServerResponder::StatusCode::TooManyRequests);
        const QJsonObject body = QJsonDocument::fromJson(refused->body).object();
        QCOMPARE(body.value(u"code").toString(), u"rate_limited"_s);
        QVERIFY(!body.value(u"message").toString().isEmpty());
        QCOMPARE(headerOf(*refused, "X-Ratelimit-Route-Remaining"), QByteArray("0"));
        QCOMPARE(headerOf(*refused, "X-Ratelimit-Reset"), QByteArray("1010000"));

        now += 1; // the reset time: a new window
        QVERIFY(!limit.admit(Method::Post, kSearch));
        SandboxReply reply;
        limit.decorate(Method::Post, kSearch, reply);
        QCOMPARE(headerOf(reply, "X-Ratelimit-Route-Remaining"), QByteArray("2"));
        QCOMPARE(headerOf(reply, "X-Ratelimit-Reset"), QByteArray("1020000"));
    }

    void withoutALimitNothingIsCountedOrSaid()
    {
        SandboxRateLimit limit;
        for (int i = 0; i < 100; ++i)
            QVERIFY(!limit.admit(Method::Post, kSearch));
        SandboxReply reply;
        limit.decorate(Method::Post, kSearch, reply);
        QVERIFY(reply.headers.isEmpty());
    }

    void theServerLimitsEveryToken()
    {
        SandboxServer server;
        SandboxOptions options;
        options.seedContexts = 5;
        options.token = kToken;
        options.rateLimit = 2;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const QByteArray body = R"({"limit":1})";
        const SandboxFetched first = sandboxFetch(server.baseUrl(), kToken, "POST", kSearch, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("X-Ratelimit-Route-Remaining"), QByteArray("1"));
        const qint64 reset = first.header("X-Ratelimit-Reset").toLongLong();
        QVERIFY(reset > QDateTime::currentMSecsSinceEpoch());
        // A wrong token counts too (the limit is the route's, not the caller's).
        const SandboxFetched wrong = sandboxFetch(server.baseUrl(), u"x"_s, "POST", kSearch, body);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.header("X-Ratelimit-Route-Remaining"), QByteArray("0"));
        const SandboxFetched third = sandboxFetch(server.baseUrl(), kToken, "POST", kSearch, body);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.json().value(u"code").toString(), u"rate_limited"_s);
        QCOMPARE(third.header("X-Ratelimit-Reset").toLongLong(), reset);
        // Another route still answers.
        const SandboxFetched projects
            = sandboxFetch(server.baseUrl(), kToken, "GET", u"/api/v2/projects"_s);
        QCOMPARE(projects.status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRateLimit)
#include "tst_SandboxRateLimit.moc"
