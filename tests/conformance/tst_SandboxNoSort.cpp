// contexts-sandbox with `noSort` (--no-sort) answers like the live service since `sort` was
// deprecated on contexts/search: a search that carries sort is a 400, one without it works
// and its links carry no sort. Without noSort, sort works. Also `latencyMs` (--latency-ms).

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"no-sort-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

std::unique_ptr<SandboxServer> startServer(bool noSort, int latencyMs = 0)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 30;
    options.token = kToken;
    options.now = kNow;
    options.noSort = noSort;
    options.latencyMs = latencyMs;
    QString error;
    if (!server->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

} // namespace

class tst_SandboxNoSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortIsRefused_data();
    void sortIsRefused();
    void withoutSortTheListPages();
    void otherListsStillSort();
    void sortWorksByDefault();
    void latencyDelaysWithoutBlocking();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxNoSort::initTestCase()
{
    m_server = startServer(true);
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

void tst_SandboxNoSort::sortIsRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("query -ts") << u"?sort=-ts"_s << QByteArrayLiteral("{}");
    QTest::newRow("query ts") << u"?sort=ts&limit=5"_s << QByteArrayLiteral("{}");
    QTest::newRow("query, other value") << u"?sort=name"_s << QByteArrayLiteral("{}");
    QTest::newRow("body") << QString() << QByteArrayLiteral(R"({"sort": "-ts", "limit": 5})");
    QTest::newRow("body, empty") << QString() << QByteArrayLiteral(R"({"sort": ""})");
}

void tst_SandboxNoSort::sortIsRefused()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    const SandboxHttpResult result = m_client->post(
        u"/api/v2/projects/demo/environments/production/contexts/search"_s + query, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"code").toString(), u"invalid_request"_s);
    QCOMPARE(result.json.value(u"message").toString(), u"sort is not supported"_s);
}

void tst_SandboxNoSort::withoutSortTheListPages()
{
    const SandboxListing listing = m_client->listAll(u"production"_s, {}, {}, 7, true);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.items.size(), 30);
    QVERIFY(listing.pages > 1);
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
    // Still newest first.
    const QJsonArray items = first.json.value(u"items").toArray();
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(sandboxtest::lastSeenMs(items.at(i - 1).toObject())
            >= sandboxtest::lastSeenMs(items.at(i).toObject()));
}

void tst_SandboxNoSort::otherListsStillSort()
{
    const SandboxHttpResult result = m_client->post(
        u"/api/v2/projects/demo/environments/production/context-instances/search?sort=ts"_s);
    QCOMPARE(result.status, 200);
}

void tst_SandboxNoSort::sortWorksByDefault()
{
    const std::unique_ptr<SandboxServer> server = startServer(false);
    QVERIFY(server);
    SandboxTestClient client(server->baseUrl(), kToken);
    const SandboxHttpResult result = client.search(u"production"_s, {{u"sort"_s, u"ts"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"totalCount").toInt(), 30);
}

void tst_SandboxNoSort::latencyDelaysWithoutBlocking()
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

QTEST_GUILESS_MAIN(tst_SandboxNoSort)
#include "tst_SandboxNoSort.moc"
