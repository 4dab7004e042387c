// contexts-sandbox answers like the live service since `sort` was deprecated on
// contexts/search: a search that carries sort is a 400, one without it pages by kind, then key,
// then applicationId, and its links carry no sort. With `legacySort` (--legacy-sort) sort works
// and the list is newest first, as before. Also `latencyMs` (--latency-ms).

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"sort-modes-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

std::unique_ptr<SandboxServer> startServer(bool legacySort, int latencyMs = 0)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 30;
    options.token = kToken;
    options.now = kNow;
    options.legacySort = legacySort;
    options.latencyMs = latencyMs;
    QString error;
    if (!server->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

} // namespace

class tst_SandboxSortModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortIsRefused_data();
    void sortIsRefused();
    void withoutSortTheListPagesByKindAndKey();
    void aTokenOfOneOrderIsRefusedByTheOther();
    void otherListsStillSort();
    void legacySortSortsByLastSeen();
    void latencyDelaysWithoutBlocking();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxSortModes::initTestCase()
{
    m_server = startServer(false);
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

void tst_SandboxSortModes::sortIsRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("query -ts") << u"?sort=-ts"_s << QByteArrayLiteral("{}");
    QTest::newRow("query ts") << u"?sort=ts&limit=5"_s << QByteArrayLiteral("{}");
    QTest::newRow("query, other value") << u"?sort=name"_s << QByteArrayLiteral("{}");
    QTest::newRow("body") << QString() << QByteArrayLiteral(R"({"sort": "-ts", "limit": 5})");
    QTest::newRow("body, empty") << QString() << QByteArrayLiteral(R"({"sort": ""})");
}

void tst_SandboxSortModes::sortIsRefused()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    const SandboxHttpResult result = m_client->post(
        u"/api/v2/projects/demo/environments/production/contexts/search"_s + query, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"code").toString(), u"invalid_request"_s);
    QCOMPARE(result.json.value(u"message").toString(), u"sort is not supported"_s);
}

void tst_SandboxSortModes::withoutSortTheListPagesByKindAndKey()
{
    const SandboxListing listing = m_client->listAll(u"production"_s, {}, {}, 7, true);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.items.size(), 30);
    QVERIFY(listing.pages > 1);
    // Every record once, by kind, then key, then applicationId (bytes of UTF-8, as SQLite and
    // LaunchDarkly compare them), across the page boundaries.
    QSet<QByteArray> seen;
    QList<QByteArray> order;
    for (const QJsonObject &record : listing.items) {
        const QJsonObject context = record.value(u"context").toObject();
        const QByteArray sortKey = context.value(u"kind").toString().toUtf8() + '\0'
            + context.value(u"key").toString().toUtf8() + '\0'
            + record.value(u"applicationId").toString().toUtf8();
        QVERIFY2(!seen.contains(sortKey), sortKey.constData());
        seen.insert(sortKey);
        order.append(sortKey);
    }
    QList<QByteArray> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(order, sorted);
    // The kinds come one after the other, not mixed by time.
    QVERIFY(order.first().startsWith("device"));
    QVERIFY(order.last().startsWith("user"));

    const SandboxHttpResult first = m_client->search(u"production"_s, {{u"limit"_s, u"7"_s}});
    QCOMPARE(first.status, 200);
    const QString next = first.json.value(u"_links")
                             .toObject()
                             .value(u"next")
                             .toObject()
                             .value(u"href")
                             .toString();
    QVERIFY(!next.isEmpty());
    QVERIFY2(!next.contains(u"sort="), qPrintable(next));
}

void tst_SandboxSortModes::aTokenOfOneOrderIsRefusedByTheOther()
{
    // Two servers over one database file share the cursor secret: only the order tells their
    // tokens apart.
    const QString file = QDir(m_dir.path()).filePath(u"shared.db"_s);
    auto open = [&file](bool legacySort) {
        auto server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.databasePath = file;
        options.seedContexts = 30;
        options.token = kToken;
        options.now = kNow;
        options.legacySort = legacySort;
        QString error;
        return server->start(options, &error) ? std::move(server) : nullptr;
    };
    const std::unique_ptr<SandboxServer> byKey = open(false);
    const std::unique_ptr<SandboxServer> byTime = open(true);
    QVERIFY(byKey && byTime);
    SandboxTestClient keyClient(byKey->baseUrl(), kToken);
    SandboxTestClient timeClient(byTime->baseUrl(), kToken);
    const QString token = keyClient.search(u"production"_s, {{u"limit"_s, u"5"_s}})
                              .json.value(u"continuationToken")
                              .toString();
    QVERIFY(!token.isEmpty());
    const SandboxHttpResult crossed = timeClient.search(
        u"production"_s, {{u"limit"_s, u"5"_s}, {u"continuationToken"_s, token}});
    QCOMPARE(crossed.status, 400);
    QCOMPARE(crossed.json.value(u"message").toString(), u"invalid continuationToken"_s);
}

void tst_SandboxSortModes::otherListsStillSort()
{
    const SandboxHttpResult result = m_client->post(
        u"/api/v2/projects/demo/environments/production/context-instances/search?sort=ts"_s);
    QCOMPARE(result.status, 200);
}

void tst_SandboxSortModes::legacySortSortsByLastSeen()
{
    const std::unique_ptr<SandboxServer> server = startServer(true);
    QVERIFY(server);
    SandboxTestClient client(server->baseUrl(), kToken);
    const SandboxHttpResult result = client.search(u"production"_s, {{u"sort"_s, u"ts"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"totalCount").toInt(), 30);
    // Without sort: newest first, every page, and the links name the sort.
    const SandboxListing listing = client.listAll(u"production"_s, {}, {}, 7, true);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.items.size(), 30);
    for (qsizetype i = 1; i < listing.items.size(); ++i)
        QVERIFY(sandboxtest::lastSeenMs(listing.items.at(i - 1))
            >= sandboxtest::lastSeenMs(listing.items.at(i)));
}

void tst_SandboxSortModes::latencyDelaysWithoutBlocking()
{
    const std::unique_ptr<SandboxServer> server = startServer(false, 300);
    QVERIFY(server);
    SandboxTestClient client(server->baseUrl(), kToken);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.get(u"/api/v2/caller-identity"_s).status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    // The event loop kept running meanwhile: a timer due before the response fired.
    bool fired = false;
    QTimer::singleShot(50, [&fired] { fired = true; });
    timer.restart();
    QCOMPARE(client.get(u"/api/v2/projects"_s).status, 200);
    QVERIFY(fired);
    QVERIFY(timer.elapsed() >= 290);
}

QTEST_GUILESS_MAIN(tst_SandboxSortModes)
#include "tst_SandboxSortModes.moc"
