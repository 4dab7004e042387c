// Integration: the REST client over real HTTP against contexts-sandbox.
#include "RestContextsApi.h"
#include "SandboxServer.h"

#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::ContextQuery;
using ctx::ContextRecord;
using ctx::EnvironmentRef;
using ctx::RestContextsApi;
using Kind = ApiError::Kind;

namespace {

const EnvironmentRef Production {QStringLiteral("demo"), QStringLiteral("production")};

// Runs one call to completion in the event loop.
template <typename T, typename Start>
std::optional<ctx::Result<T>> wait(Start start, int timeoutMs = 20000)
{
    auto result = std::make_shared<std::optional<ctx::Result<T>>>();
    start([result](ctx::Result<T> r) { result->emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result->has_value() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return *result;
}

QString describe(const ApiError &error)
{
    return error.userMessage() + QStringLiteral(" [") + error.detail() + QLatin1Char(']');
}

struct Listing
{
    QList<ContextRecord> records;
    std::optional<qint64> totalCount;
    int pages = 0;
    QString error;
};

} // namespace

class tst_RestContextsApiSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagingYieldsEveryContextOnce_data();
    void pagingYieldsEveryContextOnce();
    void kindFilter();
    void wrongToken();
    void badFilter();
    void unknownEnvironment();
    void contextKinds();

private:
    Listing listAll(const ContextQuery &query);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<RestContextsApi> m_api;
};

void tst_RestContextsApiSandbox::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.seedContexts = 300;
    // The client's sort (ts / -ts) against a server that still sorts; the sort fallback
    // against today's LaunchDarkly is tst_SortFallbackSandbox.
    options.legacySort = true;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    QVERIFY(!m_sandbox->token().isEmpty());
    ctx::Connection connection;
    connection.baseUrl = m_sandbox->baseUrl();
    connection.token = m_sandbox->token();
    m_api = std::make_unique<RestContextsApi>(connection);
}

void tst_RestContextsApiSandbox::cleanupTestCase()
{
    m_api.reset();
    m_sandbox.reset();
}

Listing tst_RestContextsApiSandbox::listAll(const ContextQuery &query)
{
    Listing listing;
    QString token;
    do {
        const auto result = wait<ctx::ContextsPage>([&](ctx::Callback<ctx::ContextsPage> done) {
            m_api->searchContexts(Production, query, token, std::move(done));
        });
        if (!result) {
            listing.error = QStringLiteral("no answer");
            return listing;
        }
        if (!result->ok()) {
            listing.error = describe(result->error());
            return listing;
        }
        const ctx::ContextsPage &page = result->value();
        if (listing.pages == 0)
            listing.totalCount = page.totalCount;
        ++listing.pages;
        if (page.items.size() > query.pageSize) {
            listing.error = QStringLiteral("page larger than the limit");
            return listing;
        }
        listing.records += page.items;
        token = page.continuationToken;
        if (listing.pages > 1000) {
            listing.error = QStringLiteral("paging does not end");
            return listing;
        }
    } while (!token.isEmpty());
    return listing;
}

void tst_RestContextsApiSandbox::pagingYieldsEveryContextOnce_data()
{
    QTest::addColumn<int>("sort");
    QTest::newRow("newest first") << int(ctx::SortOrder::NewestFirst);
    QTest::newRow("oldest first") << int(ctx::SortOrder::OldestFirst);
}

void tst_RestContextsApiSandbox::pagingYieldsEveryContextOnce()
{
    QFETCH(int, sort);
    ContextQuery query;
    query.pageSize = 7;
    query.sort = static_cast<ctx::SortOrder>(sort);
    const Listing listing = listAll(query);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(listing.totalCount.has_value());
    QCOMPARE(qint64(listing.records.size()), *listing.totalCount);
    QVERIFY(listing.records.size() >= 300);
    QVERIFY(listing.pages >= listing.records.size() / 7);

    QSet<QString> seen;
    for (const ContextRecord &r : listing.records) {
        const QString id = r.kind + QLatin1Char('\n') + r.key + QLatin1Char('\n') + r.applicationId;
        QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("twice: ") + id));
        seen.insert(id);
    }

    // The order holds across page boundaries.
    for (qsizetype i = 1; i < listing.records.size(); ++i) {
        const QDateTime before = listing.records.at(i - 1).lastSeen;
        const QDateTime after = listing.records.at(i).lastSeen;
        QVERIFY(before.isValid() && after.isValid());
        if (query.sort == ctx::SortOrder::NewestFirst)
            QVERIFY2(before >= after, qPrintable(QStringLiteral("at %1").arg(i)));
        else
            QVERIFY2(before <= after, qPrintable(QStringLiteral("at %1").arg(i)));
    }
}

void tst_RestContextsApiSandbox::kindFilter()
{
    ContextQuery query;
    query.pageSize = 50;
    query.kinds = {QStringLiteral("device")};
    const Listing devices = listAll(query);
    QVERIFY2(devices.error.isEmpty(), qPrintable(devices.error));
    QVERIFY(!devices.records.isEmpty());
    for (const ContextRecord &r : devices.records)
        QCOMPARE(r.kind, QStringLiteral("device"));
    if (devices.totalCount)
        QCOMPARE(qint64(devices.records.size()), *devices.totalCount);

    query.kinds = {QStringLiteral("user"), QStringLiteral("organization")};
    const Listing two = listAll(query);
    QVERIFY2(two.error.isEmpty(), qPrintable(two.error));
    QVERIFY(!two.records.isEmpty());
    for (const ContextRecord &r : two.records)
        QVERIFY(r.kind == QLatin1String("user") || r.kind == QLatin1String("organization"));
}

void tst_RestContextsApiSandbox::wrongToken()
{
    ctx::Connection connection;
    connection.baseUrl = m_sandbox->baseUrl();
    connection.token = QStringLiteral("api-wrong-token-000");
    RestContextsApi api(connection);
    const auto result = wait<ctx::ContextsPage>([&](ctx::Callback<ctx::ContextsPage> done) {
        api.searchContexts(Production, ContextQuery(), QString(), std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Unauthorized);
    QVERIFY(!result->error().userMessage().contains(QLatin1String("api-wrong-token-000")));
    QVERIFY(!result->error().detail().contains(m_sandbox->token()));
}

void tst_RestContextsApiSandbox::badFilter()
{
    ContextQuery query;
    query.filter = QStringLiteral("kind lte \"x\"");
    const auto result = wait<ctx::ContextsPage>([&](ctx::Callback<ctx::ContextsPage> done) {
        m_api->searchContexts(Production, query, QString(), std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::BadRequest);
    QCOMPARE(result->error().httpStatus(), 400);
    QVERIFY(!result->error().detail().isEmpty());
    QVERIFY2(result->error().detail() != QLatin1String("Bad Request"),
        qPrintable(describe(result->error()))); // the server's own message
    QVERIFY(result->error().userMessage().contains(result->error().detail()));
}

void tst_RestContextsApiSandbox::unknownEnvironment()
{
    const auto result = wait<ctx::ContextsPage>([&](ctx::Callback<ctx::ContextsPage> done) {
        m_api->searchContexts({QStringLiteral("demo"), QStringLiteral("no-such-env")},
            ContextQuery(), QString(), std::move(done));
    });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::NotFound);
}

void tst_RestContextsApiSandbox::contextKinds()
{
    const auto result
        = wait<QList<ctx::ContextKind>>([&](ctx::Callback<QList<ctx::ContextKind>> done) {
              m_api->contextKinds(QStringLiteral("demo"), std::move(done));
          });
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    QStringList keys;
    for (const ctx::ContextKind &kind : result->value())
        keys << kind.key;
    for (const char *expected : {"user", "organization", "device"})
        QVERIFY2(keys.contains(QLatin1String(expected)), qPrintable(keys.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(tst_RestContextsApiSandbox)
#include "tst_RestContextsApiSandbox.moc"
