// The sandbox's account routes over real HTTP: GET /api/v2/projects (paging, links, sort,
// search, expand), GET .../projects/{p}/environments/{e} and GET /api/v2/caller-identity,
// with the token, the 404s and the 400s.

#include "SandboxAccount.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = QStringLiteral("account-token");
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

QStringList keys(const QJsonObject &page)
{
    QStringList list;
    for (const auto &item : page.value(u"items").toArray())
        list.append(item.toObject().value(u"key").toString());
    return list;
}

QString link(const QJsonObject &page, const QString &name)
{
    return page.value(u"_links").toObject().value(name).toObject().value(u"href").toString();
}

} // namespace

class tst_SandboxAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRouteNeedsTheToken_data();
    void everyRouteNeedsTheToken();
    void projectsAreSortedByNameWithEveryRequiredField();
    void pagingFollowsTheLinks();
    void sortAndSearch_data();
    void sortAndSearch();
    void badParametersAre400_data();
    void badParametersAre400();
    void expandEnvironmentsListsThem();
    void environmentHasEveryRequiredField();
    void unknownProjectOrEnvironmentIs404_data();
    void unknownProjectOrEnvironmentIs404();
    void callerIdentityNamesTheSandbox();
    void onlyGetIsAllowed();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxAccount::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 20;
    options.token = kToken;
    options.now = kNow;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

void tst_SandboxAccount::everyRouteNeedsTheToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("projects") << QStringLiteral("/api/v2/projects");
    QTest::newRow("environment") << QStringLiteral("/api/v2/projects/demo/environments/production");
    QTest::newRow("caller-identity") << QStringLiteral("/api/v2/caller-identity");
}

void tst_SandboxAccount::everyRouteNeedsTheToken()
{
    QFETCH(QString, path);
    for (const QString &token : {QString(), QStringLiteral("wrong")}) {
        const SandboxHttpResult result = m_client->get(path, token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("unauthorized"));
    }
    QCOMPARE(m_client->get(path).status, 200);
}

void tst_SandboxAccount::projectsAreSortedByNameWithEveryRequiredField()
{
    const SandboxHttpResult result = m_client->get(QStringLiteral("/api/v2/projects"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(keys(result.json),
        QStringList({u"data-platform"_s, u"demo"_s, u"internal-tools"_s, u"mobile-app"_s,
            u"web-storefront"_s}));
    QCOMPARE(result.json.value(u"totalCount").toInt(), 5);
    for (const auto &value : result.json.value(u"items").toArray()) {
        const QJsonObject project = value.toObject();
        for (const char *field : {"_links", "_id", "key", "includeInSnippetByDefault", "name"})
            QVERIFY2(project.contains(QLatin1String(field)), field);
        QVERIFY(project.value(u"tags").isArray());
        QCOMPARE(project.value(u"_id").toString().size(), 24);
        QVERIFY(!project.contains(u"environments")); // not expanded
    }
    QVERIFY(!link(result.json, u"first"_s).isEmpty());
    QVERIFY(!link(result.json, u"last"_s).isEmpty());
    QVERIFY(link(result.json, u"prev"_s).isEmpty());
    QVERIFY(link(result.json, u"next"_s).isEmpty());
}

void tst_SandboxAccount::pagingFollowsTheLinks()
{
    QStringList seen;
    SandboxHttpResult page = m_client->get(QStringLiteral("/api/v2/projects?limit=2"));
    int pages = 0;
    while (true) {
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"totalCount").toInt(), 5);
        QVERIFY(keys(page.json).size() <= 2);
        seen += keys(page.json);
        QCOMPARE(link(page.json, u"prev"_s).isEmpty(), pages == 0);
        QCOMPARE(link(page.json, u"last"_s), QStringLiteral("/api/v2/projects?limit=2&offset=4"));
        ++pages;
        const QString next = link(page.json, u"next"_s);
        if (next.isEmpty())
            break;
        QVERIFY(pages < 10);
        page = m_client->get(next);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 5);
    const SandboxHttpResult beyond = m_client->get(QStringLiteral("/api/v2/projects?offset=50"));
    QCOMPARE(beyond.status, 200);
    QVERIFY(keys(beyond.json).isEmpty());
    QCOMPARE(beyond.json.value(u"totalCount").toInt(), 5);
}

void tst_SandboxAccount::sortAndSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("-name") << u"sort=-name"_s
                           << QStringList({u"web-storefront"_s, u"mobile-app"_s,
                                  u"internal-tools"_s, u"demo"_s, u"data-platform"_s});
    QTest::newRow("createdOn") << u"sort=createdOn"_s
                               << QStringList({u"demo"_s, u"mobile-app"_s, u"web-storefront"_s,
                                      u"internal-tools"_s, u"data-platform"_s});
    QTest::newRow("query in name, any case")
        << u"filter=query:PLATFORM"_s << QStringList({u"data-platform"_s});
    QTest::newRow("query in key") << u"filter=query:web-"_s << QStringList({u"web-storefront"_s});
    QTest::newRow("query with a space")
        << u"filter=query:mobile%20app"_s << QStringList({u"mobile-app"_s});
    QTest::newRow("nothing") << u"filter=query:zzz"_s << QStringList();
    QTest::newRow("tags, all of them")
        << u"filter=tags:internal%2Bdata"_s << QStringList({u"data-platform"_s});
    QTest::newRow("tags") << u"filter=tags:internal"_s
                          << QStringList({u"data-platform"_s, u"internal-tools"_s});
    QTest::newRow("keys") << u"filter=keys:demo%7Cmobile-app%7Cnope"_s
                          << QStringList({u"demo"_s, u"mobile-app"_s});
    QTest::newRow("two clauses") << u"filter=query:a,tags:internal&sort=-name"_s
                                 << QStringList({u"internal-tools"_s, u"data-platform"_s});
}

void tst_SandboxAccount::sortAndSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const SandboxHttpResult result = m_client->get(u"/api/v2/projects?"_s + query);
    QCOMPARE(result.status, 200);
    QCOMPARE(keys(result.json), expected);
    QCOMPARE(result.json.value(u"totalCount").toInt(), expected.size());
}

void tst_SandboxAccount::badParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << u"limit=0"_s;
    QTest::newRow("limit text") << u"limit=ten"_s;
    QTest::newRow("negative offset") << u"offset=-1"_s;
    QTest::newRow("unknown sort") << u"sort=color"_s;
    QTest::newRow("unknown filter field") << u"filter=color:red"_s;
    QTest::newRow("filter without a colon") << u"filter=demo"_s;
    QTest::newRow("empty value") << u"filter=query:"_s;
    QTest::newRow("repeated parameter") << u"limit=1&limit=2"_s;
}

void tst_SandboxAccount::badParametersAre400()
{
    QFETCH(QString, query);
    const SandboxHttpResult result = m_client->get(u"/api/v2/projects?"_s + query);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("invalid_request"));
    QVERIFY(!result.json.value(u"message").toString().isEmpty());
}

void tst_SandboxAccount::expandEnvironmentsListsThem()
{
    const SandboxHttpResult result
        = m_client->get(QStringLiteral("/api/v2/projects?filter=keys:demo&expand=environments"));
    QCOMPARE(result.status, 200);
    const QJsonObject demo = result.json.value(u"items").toArray().at(0).toObject();
    const QJsonObject environments = demo.value(u"environments").toObject();
    QCOMPARE(environments.value(u"totalCount").toInt(), 2);
    const QJsonArray items = environments.value(u"items").toArray();
    QCOMPARE(items.at(0).toObject().value(u"key").toString(), QStringLiteral("production"));
    QCOMPARE(items.at(0).toObject().value(u"critical").toBool(), true);
    QCOMPARE(items.at(1).toObject().value(u"key").toString(), QStringLiteral("staging"));
    QCOMPARE(items.at(1).toObject().value(u"critical").toBool(), false);
}

void tst_SandboxAccount::environmentHasEveryRequiredField()
{
    const SandboxHttpResult result
        = m_client->get(QStringLiteral("/api/v2/projects/demo/environments/production"));
    QCOMPARE(result.status, 200);
    const QJsonObject &env = result.json;
    for (const char *field :
        {"_links", "_id", "key", "name", "apiKey", "mobileKey", "color", "defaultTtl", "secureMode",
            "defaultTrackEvents", "requireComments", "confirmChanges", "tags", "critical"})
        QVERIFY2(env.contains(QLatin1String(field)), field);
    QCOMPARE(env.value(u"key").toString(), QStringLiteral("production"));
    QCOMPARE(env.value(u"name").toString(), QStringLiteral("Production"));
    QCOMPARE(env.value(u"critical").toBool(), true);
    QCOMPARE(env.value(u"color").toString(), QStringLiteral("417505"));
    QCOMPARE(env.value(u"apiKey").toString(), QLatin1String(SandboxAccount::FakeSdkKey));
    QCOMPARE(env.value(u"mobileKey").toString(), QLatin1String(SandboxAccount::FakeMobileKey));
    // The same _environmentId the contexts list answers with.
    const SandboxHttpResult contexts = m_client->search(QStringLiteral("production"), {});
    QCOMPARE(env.value(u"_id"), contexts.json.value(u"_environmentId"));
}

void tst_SandboxAccount::unknownProjectOrEnvironmentIs404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("project") << QStringLiteral("/api/v2/projects/nope/environments/production");
    QTest::newRow("environment") << QStringLiteral("/api/v2/projects/demo/environments/nope");
    QTest::newRow("other project's environment")
        << QStringLiteral("/api/v2/projects/internal-tools/environments/production");
}

void tst_SandboxAccount::unknownProjectOrEnvironmentIs404()
{
    QFETCH(QString, path);
    const SandboxHttpResult result = m_client->get(path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("not_found"));
    QVERIFY(result.json.value(u"message").toString().startsWith(u"Unknown "));
}

void tst_SandboxAccount::callerIdentityNamesTheSandbox()
{
    const SandboxHttpResult result = m_client->get(QStringLiteral("/api/v2/caller-identity"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"tokenName").toString(), QStringLiteral("contexts-sandbox"));
    QVERIFY(result.json.value(u"serviceToken").isBool());
    QVERIFY(!result.json.value(u"accountId").toString().isEmpty());
    QVERIFY(!result.json.value(u"scopes").toArray().isEmpty());
}

void tst_SandboxAccount::onlyGetIsAllowed()
{
    for (const QString &path : {u"/api/v2/projects"_s, u"/api/v2/caller-identity"_s,
             u"/api/v2/projects/demo/environments/test"_s}) {
        const SandboxHttpResult result = m_client->post(path);
        QCOMPARE(result.status, 405);
        QCOMPARE(result.allow, QByteArrayLiteral("GET"));
    }
}

QTEST_GUILESS_MAIN(tst_SandboxAccount)
#include "tst_SandboxAccount.moc"
