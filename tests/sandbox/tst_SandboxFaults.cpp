// The sandbox's fault switch (SandboxFaults, `--fault`), against a real in-process server:
// each action does what a test author relies on, rules are chosen by method and path glob,
// p= and times= limit when a rule fires, and the rule text is parsed or refused.

#include "SandboxFaults.h"
#include "SandboxFetch.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandbox;
using Method = QHttpServerRequest::Method;

namespace {

const QString kToken = u"fault-token"_s;
const QString kEnv = u"/api/v2/projects/demo/environments/production"_s;
const QString kSearch = kEnv + u"/contexts/search"_s;

} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.faults().clear(); }

    void statusAnswersWithAnErrorBodyAndDeletesNothing();
    void statusCodesCarryTheSpecsErrorCode_data();
    void statusCodesCarryTheSpecsErrorCode();
    void malformedBodyIsNotJson();
    void malformedKeepsTheRoutesStatus();
    void malformedRunsTheRoute();
    void truncatedBodyIsShorterThanAnnounced();
    void dropClosesTheConnection();
    void dropAfterLatencyClosesTheConnection();
    void latencyDelaysAtLeastTheGivenTime();
    void probabilityZeroNeverFiresAndOneAlwaysDoes();
    void probabilityFollowsTheSeed();
    void timesOneFiresOnceThenTheRouteWorks();
    void methodFiltersTheRule();
    void firstMatchingRuleThatFiresWins();
    void globMatching_data();
    void globMatching();
    void parseGoodRules_data();
    void parseGoodRules();
    void parseBadRules_data();
    void parseBadRules();

private:
    SandboxFetched fetch(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return sandboxFetch(m_server.baseUrl(), kToken, method, path, body);
    }
    void addRule(const QString &text)
    {
        QString error;
        QVERIFY2(m_server.faults().add(text, &error), qPrintable(error));
    }

    SandboxServer m_server;
};

void tst_SandboxFaults::initTestCase()
{
    SandboxOptions options;
    options.seedContexts = 100;
    options.token = kToken;
    options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
}

void tst_SandboxFaults::statusAnswersWithAnErrorBodyAndDeletesNothing()
{
    const SandboxFetched search
        = fetch("POST", kEnv + u"/context-instances/search?limit=1"_s, "{}");
    QCOMPARE(search.status, 200);
    const QString id
        = search.json().value(u"items").toArray().at(0).toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());

    addRule(u"DELETE /api/v2/projects/*/environments/*/context-instances/*:status=500"_s);
    const SandboxFetched deleted = fetch("DELETE", kEnv + u"/context-instances/"_s + id);
    QCOMPARE(deleted.status, 500);
    QCOMPARE(deleted.json().value(u"code").toString(), u"internal_error"_s);
    QVERIFY2(deleted.json().value(u"message").toString().contains(u"500"), deleted.body.data());
    QCOMPARE(deleted.json().size(), 2); // {code, message}, the spec's error shape

    // The route did not run: the instance is still there.
    const SandboxFetched after = fetch("GET", kEnv + u"/context-instances/"_s + id);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"items").toArray().size(), 1);
}

void tst_SandboxFaults::statusCodesCarryTheSpecsErrorCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("404") << 404 << u"not_found"_s;
    QTest::newRow("429") << 429 << u"rate_limited"_s;
    QTest::newRow("503") << 503 << u"service_unavailable"_s;
}

void tst_SandboxFaults::statusCodesCarryTheSpecsErrorCode()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    addRule(u"GET /api/v2/projects:status=%1"_s.arg(status));
    const SandboxFetched fetched = fetch("GET", u"/api/v2/projects"_s);
    QCOMPARE(fetched.status, status);
    QCOMPARE(fetched.json().value(u"code").toString(), code);
}

void tst_SandboxFaults::malformedBodyIsNotJson()
{
    QVERIFY(fetch("GET", u"/api/v2/projects"_s).isJson());
    addRule(u"GET /api/v2/projects:malformed"_s);
    const SandboxFetched fetched = fetch("GET", u"/api/v2/projects"_s);
    QCOMPARE(fetched.error, QNetworkReply::NoError);
    QCOMPARE(fetched.status, 200);
    QVERIFY(!fetched.body.isEmpty());
    QVERIFY2(!fetched.isJson(), fetched.body.data());
    QCOMPARE(fetched.contentLength, fetched.body.size()); // the framing is right
}

void tst_SandboxFaults::malformedKeepsTheRoutesStatus()
{
    addRule(u"**:malformed"_s);
    const SandboxFetched fetched = fetch("GET", u"/api/v2/no-such-route"_s);
    QCOMPARE(fetched.status, 404);
    QVERIFY2(!fetched.isJson(), fetched.body.data());
}

void tst_SandboxFaults::malformedRunsTheRoute()
{
    const SandboxFetched search
        = fetch("POST", kEnv + u"/context-instances/search?limit=1"_s, "{}");
    const QString id
        = search.json().value(u"items").toArray().at(0).toObject().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    addRule(u"DELETE **:malformed"_s);
    // The route's 204 has no body to spoil: the answer is a 200 with one that is not JSON.
    const SandboxFetched deleted = fetch("DELETE", kEnv + u"/context-instances/"_s + id);
    QCOMPARE(deleted.status, 200);
    QVERIFY2(!deleted.isJson(), deleted.body.data());
    const SandboxFetched after = fetch("GET", kEnv + u"/context-instances/"_s + id);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"items").toArray().size(), 0); // deleted all the same
}

void tst_SandboxFaults::truncatedBodyIsShorterThanAnnounced()
{
    addRule(u"GET /api/v2/caller-identity:truncated"_s);
    const SandboxFetched fetched = fetch("GET", u"/api/v2/caller-identity"_s);
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.error != QNetworkReply::NoError);
    QVERIFY2(fetched.contentLength > 0 && fetched.body.size() < fetched.contentLength,
        qPrintable(u"%1 of %2 bytes"_s.arg(fetched.body.size()).arg(fetched.contentLength)));
}

void tst_SandboxFaults::dropClosesTheConnection()
{
    // The responder is destroyed without a word written after its socket was aborted: Qt 6.4
    // neither crashes nor asserts (this is a Debug build), and the server keeps serving.
    addRule(u"GET /api/v2/projects:drop"_s);
    const SandboxFetched fetched = fetch("GET", u"/api/v2/projects"_s);
    QVERIFY(fetched.finished);
    QCOMPARE(fetched.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(fetched.status, 0);
    QVERIFY(fetched.body.isEmpty());
    QCOMPARE(fetch("GET", u"/api/v2/caller-identity"_s).status, 200);
}

void tst_SandboxFaults::dropAfterLatencyClosesTheConnection()
{
    // The delayed path: a moved responder, kept by the timer, released unused.
    addRule(u"GET /api/v2/projects:drop,latency=50"_s);
    const SandboxFetched fetched = fetch("GET", u"/api/v2/projects"_s);
    QCOMPARE(fetched.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(fetched.status, 0);
    QCOMPARE(fetch("GET", u"/api/v2/caller-identity"_s).status, 200);
}

void tst_SandboxFaults::latencyDelaysAtLeastTheGivenTime()
{
    addRule(u"POST */contexts/search:latency=400"_s);
    const SandboxFetched fetched = fetch("POST", kSearch, "{}");
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.isJson());
    QVERIFY2(fetched.elapsedMs >= 400, qPrintable(QString::number(fetched.elapsedMs)));
}

void tst_SandboxFaults::probabilityZeroNeverFiresAndOneAlwaysDoes()
{
    addRule(u"GET /api/v2/projects:status=503,p=0"_s);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 200);
    m_server.faults().clear();
    addRule(u"GET /api/v2/projects:status=503,p=1"_s);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 503);
}

void tst_SandboxFaults::probabilityFollowsTheSeed()
{
    const auto pattern = [](quint64 seed) {
        SandboxFaults faults(seed);
        faults.add(*SandboxFaultRule::parse(u"GET /a:status=500,p=0.5"_s, nullptr));
        QString fired;
        for (int i = 0; i < 64; ++i)
            fired += faults.decide(Method::Get, u"/a"_s).kind == FaultKind::Status ? u'x' : u'.';
        return fired;
    };
    const QString first = pattern(SandboxFaults::defaultSeed);
    QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
    QCOMPARE(pattern(SandboxFaults::defaultSeed), first); // the same run again
    QVERIFY(pattern(12345) != first); // another seed, another run
}

void tst_SandboxFaults::timesOneFiresOnceThenTheRouteWorks()
{
    addRule(u"GET /api/v2/projects:status=503,times=1"_s);
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 503);
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 200);
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 200);
}

void tst_SandboxFaults::methodFiltersTheRule()
{
    addRule(u"DELETE /api/v2/projects/*/environments/*/context-instances/*:status=500"_s);
    const QString path = kEnv + u"/context-instances/unknown-id"_s;
    QCOMPARE(fetch("GET", path).status, 200); // another method: the route answers
    QCOMPARE(fetch("DELETE", path).status, 500);
    m_server.faults().clear();
    addRule(u"/api/v2/projects:status=503"_s); // no method: every method
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 503);
    QCOMPARE(fetch("POST", u"/api/v2/projects"_s, "{}").status, 503);
}

void tst_SandboxFaults::firstMatchingRuleThatFiresWins()
{
    addRule(u"GET /api/v2/projects:status=500,p=0"_s); // matches, never fires
    addRule(u"GET /api/v2/projects:status=404,times=1"_s);
    addRule(u"GET /api/v2/**:status=503"_s);
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 404);
    QCOMPARE(fetch("GET", u"/api/v2/projects"_s).status, 503);
    QCOMPARE(fetch("GET", u"/api/v2/caller-identity"_s).status, 503);
}

void tst_SandboxFaults::globMatching_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    const QString search = u"/api/v2/projects/demo/environments/production/contexts/search"_s;
    const QString full = u"/api/v2/projects/*/environments/*/contexts/search"_s;
    QTest::newRow("whole path") << full << search << true;
    QTest::newRow("longer path") << full << search + u"/more"_s << false;
    QTest::newRow("* stays in a segment")
        << u"/api/v2/projects/*/contexts/search"_s << search << false;
    QTest::newRow("* within a segment")
        << u"/api/v2/projects/de*"_s << u"/api/v2/projects/demo"_s << true;
    QTest::newRow("** crosses segments") << u"/api/**/search"_s << search << true;
    QTest::newRow("suffix") << u"*/contexts/search"_s << search << true;
    QTest::newRow("suffix at a segment boundary")
        << u"contexts/search"_s << u"/api/v2/xcontexts/search"_s << false;
    QTest::newRow("suffix without star") << u"contexts/search"_s << search << true;
    QTest::newRow("literal dot") << u"/a.b"_s << u"/axb"_s << false;
}

void tst_SandboxFaults::globMatching()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    SandboxFaults faults;
    QString error;
    QVERIFY2(faults.add(glob + u":drop"_s, &error), qPrintable(error));
    QCOMPARE(faults.decide(Method::Post, path).kind == FaultKind::Drop, matches);
    // Through the server too, when the path is a real route.
    if (path == u"/api/v2/projects/demo/environments/production/contexts/search") {
        addRule(glob + u":status=503"_s);
        QCOMPARE(fetch("POST", path, "{}").status, matches ? 503 : 200);
    }
}

void tst_SandboxFaults::parseGoodRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("glob");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("latency");
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("times");
    QTest::newRow("status") << u"DELETE /api/v2/projects/*/environments/*/context-instances/*"
                               ":status=500"_s
                            << u"DELETE"_s
                            << u"/api/v2/projects/*/environments/*/context-instances/*"_s
                            << int(FaultKind::Status) << 500 << 0 << 1.0 << -1;
    QTest::newRow("latency, p") << u"POST */contexts/search:latency=2000,p=0.25"_s << u"POST"_s
                                << u"*/contexts/search"_s << int(FaultKind::None) << 0 << 2000
                                << 0.25 << -1;
    QTest::newRow("no method, spaces")
        << u"  /a/** : truncated , times=3 "_s << QString() << u"/a/**"_s
        << int(FaultKind::Truncated) << 0 << 0 << 1.0 << 3;
    QTest::newRow("lower-case method") << u"get /x:malformed"_s << u"GET"_s << u"/x"_s
                                       << int(FaultKind::Malformed) << 0 << 0 << 1.0 << -1;
    QTest::newRow("drop") << u"PUT /x:drop,latency=10"_s << u"PUT"_s << u"/x"_s
                          << int(FaultKind::Drop) << 0 << 10 << 1.0 << -1;
}

void tst_SandboxFaults::parseGoodRules()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<SandboxFaultRule> rule = SandboxFaultRule::parse(text, &error);
    QVERIFY2(rule, qPrintable(error));
    QTEST(rule->method, "method");
    QTEST(rule->glob, "glob");
    QTEST(int(rule->kind), "kind");
    QTEST(rule->status, "status");
    QTEST(rule->latencyMs, "latency");
    QTEST(rule->probability, "p");
    QTEST(rule->times, "times");
}

void tst_SandboxFaults::parseBadRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no colon") << u"/api/v2/projects"_s << u"expected [METHOD ]GLOB:ACTION"_s;
    QTest::newRow("no glob") << u":drop"_s << u"one path glob"_s;
    QTest::newRow("unknown method") << u"FETCH /x:drop"_s << u"unknown method \"FETCH\""_s;
    QTest::newRow("unknown action") << u"/x:explode"_s << u"unknown action \"explode\""_s;
    QTest::newRow("empty action") << u"/x:drop,"_s << u"an action is empty"_s;
    QTest::newRow("status 200") << u"/x:status=200"_s << u"HTTP error status"_s;
    QTest::newRow("status 600") << u"/x:status=600"_s << u"HTTP error status"_s;
    QTest::newRow("status text") << u"/x:status=bad"_s << u"HTTP error status"_s;
    QTest::newRow("p over 1") << u"/x:drop,p=1.5"_s << u"p needs a probability"_s;
    QTest::newRow("p not a number") << u"/x:drop,p=often"_s << u"p needs a probability"_s;
    QTest::newRow("times 0") << u"/x:drop,times=0"_s << u"times needs a number"_s;
    QTest::newRow("negative latency") << u"/x:latency=-5"_s << u"latency needs"_s;
    QTest::newRow("two kinds") << u"/x:drop,status=500"_s << u"only one of"_s;
    QTest::newRow("twice") << u"/x:latency=5,latency=6"_s << u"given twice"_s;
    QTest::newRow("flag with value") << u"/x:drop=1"_s << u"takes no value"_s;
    QTest::newRow("does nothing") << u"/x:p=0.5"_s << u"does nothing"_s;
}

void tst_SandboxFaults::parseBadRules()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SandboxFaultRule::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    SandboxFaults faults;
    QVERIFY(!faults.add(text, &error));
    QVERIFY(faults.rules().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_SandboxFaults.moc"
