// Every call the app makes, against every error status the spec lists for them and against
// bodies no decoder can read: each ends in one clear sentence, and a call whose body is not
// read (delete, PUT) is never taken for done when a web page answers.

#include "FaultServer.h"
#include "FaultServerChecks.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::ContextQuery;
using ctx::RestContextsApi;
using Kind = ApiError::Kind;

using namespace testsupport;

namespace {

// The error of one call (nullopt: it succeeded).
using Call = std::function<std::optional<ApiError>(RestContextsApi &)>;

// Starts a call with a callback and waits, in short steps, for its result.
template <typename T, typename Start> std::optional<ApiError> outcomeOf(Start start)
{
    Outcome<T> outcome;
    start(outcome.callback());
    for (int waited = 0; !outcome.done() && waited < 30000; waited += 20)
        QTest::qWait(20);
    if (!outcome.done())
        return ApiError(Kind::Cancelled, QStringLiteral("no result within 30 seconds"));
    return outcome.get().ok() ? std::nullopt : std::optional<ApiError>(outcome.get().error());
}

struct Operation
{
    const char *name;
    QByteArray method;
    QByteArray pathEnd; // how the request's path ends
    bool readsBody; // false: any 2xx is success (delete, PUT)
    Call call;
};

const QString UserKind = QStringLiteral("user");
const QString Key = QStringLiteral("u-1");

QList<Operation> operations()
{
    using namespace ctx;
    const QString p = QStringLiteral("proj");
    const QByteArray context = R"({"kind":"user","key":"u-1"})";
    return {
        {"search contexts", "POST", "/contexts/search", true,
            [](RestContextsApi &api) {
                return outcomeOf<ContextsPage>([&api](auto done) {
                    return api.searchContexts(Env, ContextQuery(), QString(), done);
                });
            }},
        {"context kinds", "GET", "/projects/proj/context-kinds", true,
            [p](RestContextsApi &api) {
                return outcomeOf<QList<ContextKind>>(
                    [&](auto done) { return api.contextKinds(p, done); });
            }},
        {"context versions", "GET", "/contexts/user/u-1", true,
            [](RestContextsApi &api) {
                return outcomeOf<ContextsPage>(
                    [&](auto done) { return api.contextVersions(Env, UserKind, Key, done); });
            }},
        {"search instances", "POST", "/context-instances/search", true,
            [](RestContextsApi &api) {
                return outcomeOf<ContextInstancesPage>([&](auto done) {
                    return api.searchContextInstances(Env, QString(), QString(), done);
                });
            }},
        {"delete instance", "DELETE", "/context-instances/inst-1", false,
            [](RestContextsApi &api) {
                return outcomeOf<Done>([&](auto done) {
                    return api.deleteContextInstance(Env, QStringLiteral("inst-1"), done);
                });
            }},
        {"evaluate flags", "POST", "/flags/evaluate", true,
            [context](RestContextsApi &api) {
                return outcomeOf<QList<FlagEvaluation>>(
                    [&](auto done) { return api.evaluateFlags(Env, context, done); });
            }},
        {"evaluate segments", "POST", "/segments/evaluate", true,
            [context](RestContextsApi &api) {
                return outcomeOf<QList<SegmentMembership>>(
                    [&](auto done) { return api.evaluateSegments(Env, context, done); });
            }},
        {"flag variations", "GET", "/flags/proj/f1", true,
            [p](RestContextsApi &api) {
                return outcomeOf<QList<FlagVariation>>(
                    [&](auto done) { return api.flagVariations(p, QStringLiteral("f1"), done); });
            }},
        {"set flag setting", "PUT", "/contexts/user/u-1/flags/f1", false,
            [](RestContextsApi &api) {
                return outcomeOf<Done>([&](auto done) {
                    return api.setFlagSetting(Env, UserKind, Key, QStringLiteral("f1"),
                        QByteArray("true"), QString(), done);
                });
            }},
        {"attribute names", "GET", "/context-attributes", true,
            [](RestContextsApi &api) {
                return outcomeOf<QList<KindAttributeNames>>(
                    [&](auto done) { return api.contextAttributeNames(Env, QString(), 20, done); });
            }},
        {"attribute values", "GET", "/context-attributes/%2Fcity", true,
            [](RestContextsApi &api) {
                return outcomeOf<QList<KindAttributeValues>>([&](auto done) {
                    return api.contextAttributeValues(
                        Env, QStringLiteral("/city"), QString(), 20, done);
                });
            }},
        {"put context kind", "PUT", "/context-kinds/device", false,
            [p](RestContextsApi &api) {
                return outcomeOf<Done>([&](auto done) {
                    return api.putContextKind(p, QStringLiteral("device"),
                        ContextKindUpdate {QStringLiteral("Device"), {}, {}, {}}, done);
                });
            }},
        {"projects", "GET", "/api/v2/projects", true,
            [](RestContextsApi &api) {
                return outcomeOf<ProjectsPage>(
                    [&](auto done) { return api.projects(QString(), 0, 50, done); });
            }},
        {"caller identity", "GET", "/caller-identity", true,
            [](RestContextsApi &api) {
                return outcomeOf<CallerIdentity>(
                    [&](auto done) { return api.callerIdentity(done); });
            }},
        {"environment", "GET", "/projects/proj/environments/prod", true,
            [](RestContextsApi &api) {
                return outcomeOf<EnvironmentSummary>(
                    [&](auto done) { return api.environment(Env, done); });
            }},
    };
}

// Bodies on 200 that no decoder can read; `forAll`: also wrong for the calls that do not
// read the body.
struct BodyCase
{
    const char *name;
    FaultResponse response;
    QString mentions;
    bool forAll;
};

QList<BodyCase> bodyCases()
{
    const auto ok = [](const QByteArray &body) { return FaultResponse::json(200, body); };
    return {
        {"malformed JSON", ok(R"({"items":[{]})"), QStringLiteral("not valid JSON"), false},
        {"root an array", ok("[1,2]"), QStringLiteral("not a JSON object"), false},
        {"empty body", ok({}), QStringLiteral("the response is empty"), false},
        {"nesting 100,000 deep", ok(QByteArray(100000, '[') + QByteArray(100000, ']')),
            QStringLiteral("nested deeper than 512 levels"), false},
        {"invalid UTF-8", ok("{\"items\":[\"\xc3\x28\"]}"), QStringLiteral("UTF-8"), false},
        {"HTML sign-in page",
            FaultResponse::html(200, "<html><body><form>Sign in</form></body></html>"),
            QStringLiteral("web page instead of JSON"), true},
    };
}

} // namespace

class tst_BadServerStatus : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void errorStatuses_data();
    void errorStatuses();
    void unreadableBodies_data();
    void unreadableBodies();

private:
    void runOperation(const QString &name, const FaultResponse &response);

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<RestContextsApi> m_api;
    std::optional<ApiError> m_error;
};

void tst_BadServerStatus::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_api = std::make_unique<RestContextsApi>(connectionTo(m_server->baseUrl()));
}

void tst_BadServerStatus::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void tst_BadServerStatus::runOperation(const QString &name, const FaultResponse &response)
{
    m_server->setDefault(response); // whatever the call asks for
    const QList<Operation> all = operations();
    const auto operation = std::find_if(all.cbegin(), all.cend(),
        [&name](const Operation &o) { return name == QLatin1String(o.name); });
    QVERIFY(operation != all.cend());
    m_error = operation->call(*m_api);
    QVERIFY(!m_server->requests().isEmpty());
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.method, operation->method);
    QVERIFY2(request.path().endsWith(operation->pathEnd), request.path().constData());
}

void tst_BadServerStatus::errorStatuses_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    for (const Operation &operation : operations()) {
        for (const FaultCase &c : statusCases()) {
            QTest::addRow("%s, %s", operation.name, c.name)
                << QString::fromLatin1(operation.name) << c.response << int(c.kind) << c.mentions;
        }
    }
}

void tst_BadServerStatus::errorStatuses()
{
    QFETCH(QString, operation);
    QFETCH(FaultResponse, response);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    runOperation(operation, response);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_error);
    QCOMPARE(int(m_error->kind()), kind);
    verifyClearSentence(*m_error, mentions);
    if (kind == int(Kind::RateLimited)) // sent again at once, a bounded number of times
        QCOMPARE(m_server->requests().size(), m_api->connection().retry.maxAttempts);
    else
        QCOMPARE(m_server->requests().size(), 1);
}

void tst_BadServerStatus::unreadableBodies_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<QString>("mentions"); // empty: the call succeeds
    for (const Operation &operation : operations()) {
        for (const BodyCase &c : bodyCases()) {
            QTest::addRow("%s, %s", operation.name, c.name)
                << QString::fromLatin1(operation.name) << c.response
                << (operation.readsBody || c.forAll ? c.mentions : QString());
        }
    }
}

void tst_BadServerStatus::unreadableBodies()
{
    QFETCH(QString, operation);
    QFETCH(FaultResponse, response);
    QFETCH(QString, mentions);
    runOperation(operation, response);
    if (QTest::currentTestFailed())
        return;
    if (mentions.isEmpty()) {
        // The body of a delete or PUT is not read: a 200 is done, whatever it holds.
        QVERIFY2(!m_error, qPrintable(m_error ? m_error->detail() : QString()));
        return;
    }
    QVERIFY(m_error);
    QCOMPARE(m_error->kind(), Kind::InvalidResponse);
    verifyClearSentence(*m_error, mentions);
}

QTEST_GUILESS_MAIN(tst_BadServerStatus)
#include "tst_BadServerStatus.moc"
