// Conformance with LaunchDarkly's published OpenAPI spec (docs/CONFORMANCE.md): every
// operation contexts-browser uses goes through RestContextsApi -> PrismTap -> Stoplight Prism
// (`prism proxy --errors`, validating requests and responses against the spec) -> the sandbox.
// A violation in either direction fails the test with Prism's description of it, unless the
// one allow-list below (kAllowed, the same as docs/CONFORMANCE.md) names it with its reason.

#include "PrismTap.h"
#include "RestContextsApi.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <optional>

using namespace ctx;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"conformance-token"_s;
const EnvironmentRef kProduction {u"demo"_s, u"production"_s};
const QString kAnna = u"user-key-123abc"_s;
constexpr int kPrismStartMs = 90000;
constexpr int kCallMs = 20000;

// Where the published spec is wrong (or Prism cannot read it), with the reason: the one list
// of exceptions, kept equal to docs/CONFORMANCE.md. Matched on the request (a substring of
// "METHOD /path?query") and on the violation's message. Empty: every operation the app uses
// conforms to the spec as published (ld-openapi.json of 2026-03-25).
struct Allowed
{
    const char *request;
    const char *message;
    const char *reason;
};
const QList<Allowed> kAllowed {};

bool allowed(const QString &request, const QJsonObject &violation)
{
    const QString message = violation.value(u"message").toString();
    for (const Allowed &entry : kAllowed) {
        if (request.contains(QLatin1String(entry.request))
            && message.contains(QLatin1String(entry.message)))
            return true;
    }
    return false;
}

} // namespace

class tst_Conformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void violationsFailTheTest_data();
    void violationsFailTheTest();
    void searchContexts_data();
    void searchContexts();
    void searchContextsContinues();
    void contextKinds();
    void contextVersions();
    void searchContextInstancesAndDelete();
    void deleteUnknownInstanceIs404();
    void evaluateFlagsAndSegments();
    void flagVariationsAndSetting();
    void contextAttributes();
    void putContextKind();
    void projects();
    void callerIdentity();
    void environment();

private:
    // Waits for the callback of one API call; nullopt when none came in time.
    template <typename T, typename Start> std::optional<Result<T>> call(Start start);
    // Prism's verdict on every exchange since the last check: empty when all conformed.
    QString violations(int expectedExchanges = 1);
    template <typename T> QString failure(const std::optional<Result<T>> &result);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<PrismTap> m_tap;
    std::unique_ptr<RestContextsApi> m_api;
};

template <typename T, typename Start> std::optional<Result<T>> tst_Conformance::call(Start start)
{
    std::optional<Result<T>> result;
    const RequestHandle handle = start([&result](Result<T> r) { result = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < kCallMs)
        QTest::qWait(5);
    return result;
}

QString tst_Conformance::violations(int expectedExchanges)
{
    return m_tap->takeViolations(expectedExchanges, allowed);
}

// Why one API call did not conform, or an empty string when it did.
template <typename T> QString tst_Conformance::failure(const std::optional<Result<T>> &result)
{
    if (!result)
        return u"no answer in time"_s;
    const QString seen = violations();
    if (!seen.isEmpty())
        return seen;
    return result->ok() ? QString() : u"the call failed: "_s + result->error().detail();
}

#define CHECK_OK(result)                                                                           \
    do {                                                                                           \
        const QString problem = failure((result));                                                 \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

void tst_Conformance::initTestCase()
{
    // CTX_PRISM in the environment overrides the path CMake compiled in.
    const QString prism = qEnvironmentVariable("CTX_PRISM", QStringLiteral(CTX_PRISM));
    const QString spec = QStringLiteral(CTX_OPENAPI_SPEC);
    if (!QFileInfo(prism).isExecutable())
        QFAIL(qPrintable(u"Stoplight Prism is not installed (%1 is missing): run"
                         " scripts/install-deps, which installs it with npm ci in"
                         " tests/conformance."_s.arg(prism)));
    QVERIFY2(QFileInfo::exists(spec), qPrintable(u"The spec is missing: "_s + spec));

    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.seedContexts = 60;
    // The spec still documents sort: its requests are checked against a server that sorts.
    options.legacySort = true;
    options.token = kToken;
    options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));

    m_tap = std::make_unique<PrismTap>();
    QVERIFY2(
        m_tap->start(prism, spec, m_sandbox->baseUrl(), kPrismStartMs, &error), qPrintable(error));
    qInfo("Prism loaded the spec in %lld ms", static_cast<long long>(m_tap->startupMs()));
    Connection connection;
    connection.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_tap->port()));
    connection.token = kToken;
    m_api = std::make_unique<RestContextsApi>(connection);
}

void tst_Conformance::cleanupTestCase()
{
    m_api.reset();
    m_tap.reset(); // stops Prism
}

// The chain can fail: a request and a response that break the spec are reported.
void tst_Conformance::violationsFailTheTest_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    // Request: limit must be an integer (Prism answers 422 itself).
    QTest::newRow("request") << QByteArray("POST")
                             << u"/api/v2/projects/demo/environments/production/contexts/search"
                                "?limit=ten"_s
                             << u"limit must be integer"_s;
    // Response: getContextAttributeNames documents no 404 (an unknown environment).
    QTest::newRow("response") << QByteArray("GET")
                              << u"/api/v2/projects/demo/environments/nope/context-attributes"_s
                              << u"Unable to match the returned status code"_s;
}

void tst_Conformance::violationsFailTheTest()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tap->port()).arg(path)));
    request.setRawHeader("Authorization", kToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QByteArrayLiteral("{}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kCallMs);
    reply->deleteLater();
    const QString seen = violations();
    QVERIFY2(seen.contains(expected), qPrintable(seen));
}

void tst_Conformance::searchContexts_data()
{
    QTest::addColumn<ContextQuery>("query");
    QTest::newRow("newest first") << ContextQuery {{}, {}, SortOrder::NewestFirst, 5};
    QTest::newRow("oldest first, kinds")
        << ContextQuery {{u"user"_s, u"organization"_s}, {}, SortOrder::OldestFirst, 50};
    QTest::newRow("filter, unsorted")
        << ContextQuery {{u"user"_s}, u"user.jobFunction equals doctor"_s, SortOrder::Unsorted, 20};
    QTest::newRow("attribute search")
        << ContextQuery {{}, u"*.name startsWith A"_s, SortOrder::NewestFirst, 10};
}

void tst_Conformance::searchContexts()
{
    QFETCH(ContextQuery, query);
    const auto result = call<ContextsPage>(
        [&](auto done) { return m_api->searchContexts(kProduction, query, {}, done); });
    CHECK_OK(result);
    QVERIFY(!(*result).value().items.isEmpty());
}

void tst_Conformance::searchContextsContinues()
{
    const ContextQuery query {{}, {}, SortOrder::NewestFirst, 5};
    auto first = call<ContextsPage>(
        [&](auto done) { return m_api->searchContexts(kProduction, query, {}, done); });
    CHECK_OK(first);
    const QString token = first->value().continuationToken;
    QVERIFY(!token.isEmpty());
    const auto second = call<ContextsPage>(
        [&](auto done) { return m_api->searchContexts(kProduction, query, token, done); });
    CHECK_OK(second);
    QCOMPARE(second->value().items.size(), 5);
}

void tst_Conformance::contextKinds()
{
    const auto result
        = call<QList<ContextKind>>([&](auto done) { return m_api->contextKinds(u"demo"_s, done); });
    CHECK_OK(result);
    QVERIFY(result->value().size() >= 4);
}

void tst_Conformance::contextVersions()
{
    const auto result = call<ContextsPage>(
        [&](auto done) { return m_api->contextVersions(kProduction, u"user"_s, kAnna, done); });
    CHECK_OK(result);
    QCOMPARE(result->value().items.size(), 3); // Anna from three applications
}

void tst_Conformance::searchContextInstancesAndDelete()
{
    const QString filter = u"kindKeys contains [\"user:%1\"]"_s.arg(kAnna);
    const auto anna = call<ContextInstancesPage>(
        [&](auto done) { return m_api->searchContextInstances(kProduction, filter, {}, done); });
    CHECK_OK(anna);
    QVERIFY(!anna->value().items.isEmpty());

    // Delete some other instance (Anna stays for the tests after this one).
    const auto device = call<ContextInstancesPage>([&](auto done) {
        return m_api->searchContextInstances(kProduction, u"kinds equals [\"device\"]"_s, {}, done);
    });
    CHECK_OK(device);
    QVERIFY(!device->value().items.isEmpty());
    const QString id = device->value().items.front().id;
    const auto removed = call<Done>(
        [&](auto done) { return m_api->deleteContextInstance(kProduction, id, done); });
    CHECK_OK(removed);
}

void tst_Conformance::deleteUnknownInstanceIs404()
{
    const auto result = call<Done>([&](auto done) {
        return m_api->deleteContextInstance(kProduction, u"bm8tc3VjaC1pbnN0YW5jZQ"_s, done);
    });
    QVERIFY(result);
    const QString seen = violations();
    QVERIFY2(seen.isEmpty(), qPrintable(seen));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ApiError::Kind::NotFound);
}

void tst_Conformance::evaluateFlagsAndSegments()
{
    const QByteArray context = QJsonDocument(
        QJsonObject {{u"kind"_s, u"user"_s}, {u"key"_s, kAnna}, {u"name"_s, u"Anna"_s},
            {u"jobFunction"_s,
                u"doctor"_s}}).toJson(QJsonDocument::Compact);
    const auto flags = call<QList<FlagEvaluation>>(
        [&](auto done) { return m_api->evaluateFlags(kProduction, context, done); });
    CHECK_OK(flags);
    QVERIFY(!flags->value().isEmpty());
    const auto segments = call<QList<SegmentMembership>>(
        [&](auto done) { return m_api->evaluateSegments(kProduction, context, done); });
    CHECK_OK(segments);
    QVERIFY(!segments->value().isEmpty());
}

void tst_Conformance::flagVariationsAndSetting()
{
    const auto variations = call<QList<FlagVariation>>(
        [&](auto done) { return m_api->flagVariations(u"demo"_s, u"patient-records"_s, done); });
    CHECK_OK(variations);
    QCOMPARE(variations->value().size(), 2);
    const auto set = call<Done>([&](auto done) {
        return m_api->setFlagSetting(kProduction, u"user"_s, kAnna, u"patient-records"_s,
            QByteArray("false"), u"conformance test"_s, done);
    });
    CHECK_OK(set);
    const auto cleared = call<Done>([&](auto done) {
        return m_api->setFlagSetting(
            kProduction, u"user"_s, kAnna, u"patient-records"_s, std::nullopt, {}, done);
    });
    CHECK_OK(cleared);
}

void tst_Conformance::contextAttributes()
{
    const auto names = call<QList<KindAttributeNames>>([&](auto done) {
        return m_api->contextAttributeNames(
            kProduction, u"kind equals user,name startsWith j"_s, 100, done);
    });
    CHECK_OK(names);
    QVERIFY(!names->value().isEmpty());
    const auto values = call<QList<KindAttributeValues>>([&](auto done) {
        return m_api->contextAttributeValues(
            kProduction, u"/address/city"_s, u"kind equals organization"_s, 20, done);
    });
    CHECK_OK(values);
    QVERIFY(!values->value().isEmpty());
}

void tst_Conformance::putContextKind()
{
    const ContextKindUpdate update {u"Conformance"_s, u"Made by tst_Conformance"_s, false, 1};
    const auto result = call<Done>([&](auto done) {
        return m_api->putContextKind(u"demo"_s, u"conformance"_s, update, done);
    });
    CHECK_OK(result);
}

void tst_Conformance::projects()
{
    const auto first
        = call<ProjectsPage>([&](auto done) { return m_api->projects({}, 0, 2, done); });
    CHECK_OK(first);
    QCOMPARE(first->value().items.size(), 2);
    QVERIFY(first->value().hasNext);
    const auto search
        = call<ProjectsPage>([&](auto done) { return m_api->projects(u"demo"_s, 0, 20, done); });
    CHECK_OK(search);
    QCOMPARE(search->value().items.size(), 1);
}

void tst_Conformance::callerIdentity()
{
    const auto result
        = call<CallerIdentity>([&](auto done) { return m_api->callerIdentity(done); });
    CHECK_OK(result);
    QCOMPARE(result->value().tokenName, u"contexts-sandbox"_s);
}

void tst_Conformance::environment()
{
    const auto found = call<EnvironmentSummary>(
        [&](auto done) { return m_api->environment(kProduction, done); });
    CHECK_OK(found);
    QVERIFY(found->value().critical);
    const auto missing = call<EnvironmentSummary>([&](auto done) {
        return m_api->environment({u"demo"_s, u"nope"_s}, done);
    });
    QVERIFY(missing);
    const QString seen = violations();
    QVERIFY2(seen.isEmpty(), qPrintable(seen));
    QCOMPARE(missing->error().kind(), ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(tst_Conformance)
#include "tst_Conformance.moc"
