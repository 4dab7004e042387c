// SandboxServer over real HTTP: auth, errors, the Contexts shape, keyset paging, sorting,
// the query and body forms, determinism, environments and context kinds. Filters and the
// seeded data are tst_SandboxSearch's.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <tuple>

using namespace sandbox;
using namespace sandboxtest;
using Query = QList<QPair<QString, QString>>;

namespace {

const QString kToken = QStringLiteral("test-token-1");
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
constexpr int kSeed = 300;

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingOrWrongTokenIs401_data();
    void missingOrWrongTokenIs401();
    void unknownProjectOrEnvironmentIs404_data();
    void unknownProjectOrEnvironmentIs404();
    void wrongMethodIs405();
    void badRequestsAre400_data();
    void badRequestsAre400();
    void tamperedOrTruncatedCursorIs400();
    void cursorIsBoundToFilterSortAndEnvironment();
    void responseMatchesContextsSchema();
    void pagingVisitsEveryRowOnce_data();
    void pagingVisitsEveryRowOnce();
    void ascendingIsTheReverseOfDescending();
    void queryAndBodyFormsAgree();
    void includeTotalCountFalseOmitsTotal();
    void sameSeedGivesSameFirstPage();
    void stagingIsAboutATenth();
    void contextKindsMatchSpec();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxServer::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = kSeed;
    options.token = kToken;
    options.now = kNow;
    // sort ts / -ts and its checks, as servers that still sort have them (tst_SandboxSortModes:
    // the default, which refuses sort).
    options.legacySort = true;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    QCOMPARE(m_server->token(), kToken);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->baseUrl().port() > 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

void tst_SandboxServer::missingOrWrongTokenIs401_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("missing") << QString();
    QTest::newRow("wrong") << QStringLiteral("test-token-2");
    QTest::newRow("prefix") << QStringLiteral("test-token-");
    QTest::newRow("bearer") << QStringLiteral("Bearer ") + kToken;
}

void tst_SandboxServer::missingOrWrongTokenIs401()
{
    QFETCH(QString, token);
    for (const auto &[method, path] :
        {std::pair {QByteArray("POST"),
             QStringLiteral("/api/v2/projects/demo/environments/production/contexts/search")},
            std::pair {QByteArray("GET"), QStringLiteral("/api/v2/projects/demo/context-kinds")},
            std::pair {QByteArray("GET"), QStringLiteral("/api/v2/unknown")}}) {
        const SandboxHttpResult result = m_client->send(method, path, "{}", token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.contentType, QByteArray("application/json"));
        QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("unauthorized"));
        QCOMPARE(result.json.value(u"message").toString(), QStringLiteral("Invalid access token"));
        QVERIFY(!result.body.contains(kToken.toUtf8()));
    }
}

void tst_SandboxServer::unknownProjectOrEnvironmentIs404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("project") << QByteArray(
        "POST") << QStringLiteral("/api/v2/projects/nope/environments/production/contexts/search");
    QTest::newRow("environment") << QByteArray(
        "POST") << QStringLiteral("/api/v2/projects/demo/environments/nope/contexts/search");
    QTest::newRow("kinds of unknown project")
        << QByteArray("GET") << QStringLiteral("/api/v2/projects/nope/context-kinds");
    QTest::newRow("unknown route")
        << QByteArray("GET") << QStringLiteral("/api/v2/projects/demo/flags");
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/");
}

void tst_SandboxServer::unknownProjectOrEnvironmentIs404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const SandboxHttpResult result = m_client->send(method, path, "{}");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("not_found"));
    QVERIFY(!result.json.value(u"message").toString().isEmpty());
}

void tst_SandboxServer::wrongMethodIs405()
{
    SandboxHttpResult result = m_client->get(
        QStringLiteral("/api/v2/projects/demo/environments/production/contexts/search"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("method_not_allowed"));
    QCOMPARE(result.allow, QByteArray("POST"));
    result = m_client->send("DELETE", QStringLiteral("/api/v2/projects/demo/context-kinds"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.allow, QByteArray("GET"));
}

void tst_SandboxServer::badRequestsAre400_data()
{
    QTest::addColumn<QString>("query"); // already encoded
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("filter syntax")
        << QStringLiteral("filter=kind%20equals") << QByteArray("{}")
        << QStringLiteral("Invalid filter at position 11: expected a value after \"equals\"");
    QTest::newRow("unsupported operator")
        << QStringLiteral("filter=kinds%20startsWith%20%22u%22") << QByteArray("{}")
        << QStringLiteral("field \"kinds\" does not support operator \"startsWith\"");
    QTest::newRow("unknown operator") << QStringLiteral("filter=kind%20lte%20x") << QByteArray("{}")
                                      << QStringLiteral("unknown operator \"lte\"");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QByteArray("{}")
                             << QStringLiteral("limit must be between 1 and 50");
    QTest::newRow("limit 51") << QStringLiteral("limit=51") << QByteArray("{}")
                              << QStringLiteral("limit must be between 1 and 50");
    QTest::newRow("limit text") << QStringLiteral("limit=ten") << QByteArray("{}")
                                << QStringLiteral("limit must be between 1 and 50");
    QTest::newRow("body limit 100") << QString() << QByteArray("{\"limit\":100}")
                                    << QStringLiteral("limit must be between 1 and 50");
    QTest::newRow("body limit string") << QString() << QByteArray("{\"limit\":\"5\"}")
                                       << QStringLiteral("limit must be an integer");
    QTest::newRow("body filter number") << QString() << QByteArray("{\"filter\":5}")
                                        << QStringLiteral("\"filter\" must be a string");
    QTest::newRow("sort") << QStringLiteral("sort=name") << QByteArray("{}")
                          << QStringLiteral("sort must be \"ts\" or \"-ts\"");
    QTest::newRow("body sort") << QString() << QByteArray("{\"sort\":\"+ts\"}")
                               << QStringLiteral("sort must be \"ts\" or \"-ts\"");
    QTest::newRow("malformed body")
        << QString() << QByteArray("{\"filter\": ") << QStringLiteral("Invalid request body");
    QTest::newRow("array body") << QString() << QByteArray("[1, 2]")
                                << QStringLiteral("expected a JSON object");
    QTest::newRow("binary body") << QString() << QByteArray("\x00\xff\xfe{", 4)
                                 << QStringLiteral("Invalid request body");
    QTest::newRow("query and body")
        << QStringLiteral("limit=5") << QByteArray("{\"limit\": 5}")
        << QStringLiteral("\"limit\" is given both as a query parameter and in the request body");
    QTest::newRow("repeated") << QStringLiteral("limit=5&limit=6") << QByteArray("{}")
                              << QStringLiteral(
                                     "query parameter \"limit\" is given more than once");
    QTest::newRow("spec's example cursor")
        << QStringLiteral("continuationToken=QAGFKH1313KUGI2351") << QByteArray("{}")
        << QStringLiteral("invalid continuationToken");
    QTest::newRow("includeTotalCount")
        << QStringLiteral("includeTotalCount=maybe") << QByteArray("{}")
        << QStringLiteral("includeTotalCount must be true or false");
}

void tst_SandboxServer::badRequestsAre400()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QString path = QStringLiteral("/api/v2/projects/demo/environments/production/contexts/search");
    if (!query.isEmpty())
        path += u'?' + query;
    const SandboxHttpResult result = m_client->post(path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QCOMPARE(result.json.value(u"code").toString(), QStringLiteral("invalid_request"));
    QVERIFY2(result.json.value(u"message").toString().contains(message), result.body.constData());
}

void tst_SandboxServer::tamperedOrTruncatedCursorIs400()
{
    const SandboxHttpResult first = m_client->search(
        QStringLiteral("production"), {{QStringLiteral("limit"), QStringLiteral("5")}});
    QCOMPARE(first.status, 200);
    const QString token = first.json.value(u"continuationToken").toString();
    QVERIFY(token.size() > 40);
    QString tampered = token;
    tampered[20] = tampered[20] == u'x' ? u'y' : u'x';
    for (const QString &bad :
        {tampered, token.left(token.size() - 3), token.mid(1), token + u'A'}) {
        const SandboxHttpResult result = m_client->search(QStringLiteral("production"),
            {{QStringLiteral("limit"), QStringLiteral("5")},
                {QStringLiteral("continuationToken"), bad}});
        QCOMPARE(result.status, 400);
        QCOMPARE(
            result.json.value(u"message").toString(), QStringLiteral("invalid continuationToken"));
    }
    const SandboxHttpResult again = m_client->search(QStringLiteral("production"),
        {{QStringLiteral("limit"), QStringLiteral("5")},
            {QStringLiteral("continuationToken"), token}});
    QCOMPARE(again.status, 200);
}

void tst_SandboxServer::cursorIsBoundToFilterSortAndEnvironment()
{
    const QString filter = QStringLiteral("kind equals user");
    const SandboxHttpResult first = m_client->search(QStringLiteral("production"),
        {{QStringLiteral("limit"), QStringLiteral("3")}, {QStringLiteral("filter"), filter}});
    QCOMPARE(first.status, 200);
    const QString token = first.json.value(u"continuationToken").toString();
    QVERIFY(!token.isEmpty());
    const auto attempt
        = [&](const QString &environment, const QString &otherFilter, const QString &sort) {
              Query query {{QStringLiteral("continuationToken"), token}};
              if (!otherFilter.isEmpty())
                  query.append({QStringLiteral("filter"), otherFilter});
              if (!sort.isEmpty())
                  query.append({QStringLiteral("sort"), sort});
              return m_client->search(environment, query);
          };
    QCOMPARE(attempt(QStringLiteral("production"), QStringLiteral("kind equals device"), {}).status,
        400);
    QCOMPARE(attempt(QStringLiteral("production"), {}, {}).status, 400);
    QCOMPARE(attempt(QStringLiteral("production"), filter, QStringLiteral("ts")).status, 400);
    QCOMPARE(attempt(QStringLiteral("staging"), filter, {}).status, 400);
    // The same filter written differently is the same filter.
    QCOMPARE(attempt(QStringLiteral("production"), QStringLiteral("kind   equals \"user\""),
                 QStringLiteral("-ts"))
                 .status,
        200);
}

void tst_SandboxServer::responseMatchesContextsSchema()
{
    const SandboxHttpResult page = m_client->search(
        QStringLiteral("production"), {{QStringLiteral("limit"), QStringLiteral("20")}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.contentType, QByteArray("application/json"));
    const QJsonObject &body = page.json;
    // Contexts: required _environmentId (string) and items (ContextRecord[]).
    QVERIFY(body.value(u"_environmentId").isString());
    QCOMPARE(body.value(u"_environmentId").toString().size(), 24);
    QVERIFY(body.value(u"items").isArray());
    QCOMPARE(body.value(u"items").toArray().size(), 20);
    QCOMPARE(body.value(u"totalCount").toInteger(), kSeed);
    QVERIFY(body.value(u"continuationToken").isString());
    const QJsonObject links = body.value(u"_links").toObject();
    for (const QString &name : {QStringLiteral("self"), QStringLiteral("next")}) {
        QVERIFY(links.value(name).toObject().value(u"href").toString().startsWith(
            QStringLiteral("/api/v2/projects/demo/environments/production/contexts/search?")));
        QCOMPARE(links.value(name).toObject().value(u"type").toString(),
            QStringLiteral("application/json"));
    }
    static const QRegularExpression rfc3339(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    for (const auto &value : body.value(u"items").toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject context = item.value(u"context").toObject(); // required
        QVERIFY(context.value(u"kind").isString());
        QVERIFY(context.value(u"kind").toString() != QStringLiteral("multi"));
        QVERIFY(context.value(u"key").isString());
        QVERIFY(!context.contains(u"anonymous"));
        QVERIFY(rfc3339.match(item.value(u"lastSeen").toString()).hasMatch());
        QVERIFY(!item.value(u"applicationId").toString().isEmpty());
        QVERIFY(item.value(u"associatedContexts").isDouble());
        const QJsonObject access = item.value(u"_access").toObject();
        QVERIFY(access.value(u"denied").isArray());
        QVERIFY(access.value(u"allowed").isArray());
        const QJsonObject recordLinks = item.value(u"_links").toObject();
        QCOMPARE(recordLinks.value(u"parent").toObject().value(u"href").toString(),
            QStringLiteral("/api/v2/projects/demo/environments/production"));
        QVERIFY(recordLinks.value(u"self").toObject().value(u"href").toString().startsWith(
            QStringLiteral("/api/v2/projects/demo/environments/production/contexts/")));
        QCOMPARE(recordLinks.value(u"site").toObject().value(u"type").toString(),
            QStringLiteral("text/html"));
        QCOMPARE(recordLinks.value(u"site").toObject().value(u"href").toString(),
            QStringLiteral("/demo/production/context/") + kindKey(item));
    }
}

void tst_SandboxServer::pagingVisitsEveryRowOnce_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("followLinks");
    QTest::newRow("-ts, _links.next") << QStringLiteral("-ts") << QString() << true;
    QTest::newRow("ts, token in body") << QStringLiteral("ts") << QString() << false;
    QTest::newRow("default sort") << QString() << QString() << true;
    QTest::newRow("filtered") << QStringLiteral("-ts")
                              << QStringLiteral("kind anyOf [\"user\",\"device\"]") << false;
}

void tst_SandboxServer::pagingVisitsEveryRowOnce()
{
    QFETCH(QString, sort);
    QFETCH(QString, filter);
    QFETCH(bool, followLinks);
    const SandboxListing listing
        = m_client->listAll(QStringLiteral("production"), filter, sort, 7, followLinks);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.totals.size(), 1); // the same totalCount on every page
    const qint64 total = *listing.totals.begin();
    if (filter.isEmpty())
        QCOMPARE(total, kSeed);
    QCOMPARE(listing.items.size(), total);
    QCOMPARE(listing.pages, (total + 6) / 7);
    QSet<QString> seen;
    for (const QJsonObject &item : listing.items) {
        const QString id = rowId(item);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }

    // By last seen; rows seen at the same time follow their row ids, which the API does not
    // show (tst_SandboxKeyset compares the whole order with the store's).
    const bool ascending = sort == u"ts";
    for (qsizetype i = 1; i < listing.items.size(); ++i) {
        const QJsonObject &a = listing.items[i - 1];
        const QJsonObject &b = listing.items[i];
        const qint64 ka = lastSeenMs(a);
        const qint64 kb = lastSeenMs(b);
        QVERIFY2(ascending ? ka <= kb : kb <= ka,
            qPrintable(rowId(a) + QStringLiteral(" / ") + rowId(b)));
    }
}

void tst_SandboxServer::ascendingIsTheReverseOfDescending()
{
    const SandboxListing down
        = m_client->listAll(QStringLiteral("production"), {}, QStringLiteral("-ts"), 50, true);
    SandboxListing up
        = m_client->listAll(QStringLiteral("production"), {}, QStringLiteral("ts"), 50, true);
    QVERIFY(down.error.isEmpty() && up.error.isEmpty());
    std::reverse(up.items.begin(), up.items.end());
    QCOMPARE(up.items, down.items);
    const QDateTime oldest = QDateTime::fromMSecsSinceEpoch(lastSeenMs(down.items.back()), Qt::UTC);
    QVERIFY(oldest.daysTo(kNow) >= 20); // spread over about 30 days
    QVERIFY(oldest.daysTo(kNow) <= 30);
    QVERIFY(lastSeenMs(down.items.front()) <= kNow.toMSecsSinceEpoch());
}

void tst_SandboxServer::queryAndBodyFormsAgree()
{
    const QString path
        = QStringLiteral("/api/v2/projects/demo/environments/production/contexts/search");
    const SandboxHttpResult byQuery = m_client->post(
        path + QStringLiteral("?filter=kind+equals+user&limit=9&sort=ts"), QByteArray());
    const SandboxHttpResult byBody
        = m_client->post(path, R"({"filter": "kind equals user", "limit": 9, "sort": "ts"})");
    QCOMPARE(byQuery.status, 200);
    QCOMPARE(byBody.status, 200);
    QCOMPARE(byQuery.json.value(u"items"), byBody.json.value(u"items"));
    QCOMPARE(byQuery.json.value(u"items").toArray().size(), 9);
    QCOMPARE(byQuery.json.value(u"totalCount"), byBody.json.value(u"totalCount"));
    const SandboxHttpResult empty = m_client->post(path, QByteArray());
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json.value(u"items").toArray().size(), 20); // default limit
    const SandboxHttpResult nulls
        = m_client->post(path, R"({"filter": null, "continuationToken": null})");
    QCOMPARE(nulls.status, 200);
    QCOMPARE(nulls.json.value(u"items"), empty.json.value(u"items"));
}

void tst_SandboxServer::includeTotalCountFalseOmitsTotal()
{
    const SandboxHttpResult without = m_client->search(QStringLiteral("production"),
        {{QStringLiteral("includeTotalCount"), QStringLiteral("false")}});
    QCOMPARE(without.status, 200);
    QVERIFY(!without.json.contains(u"totalCount"));
    QVERIFY(without.json.value(u"_links")
                .toObject()
                .value(u"next")
                .toObject()
                .value(u"href")
                .toString()
                .contains(QStringLiteral("includeTotalCount=false")));
    const SandboxHttpResult with = m_client->search(QStringLiteral("production"),
        {{QStringLiteral("includeTotalCount"), QStringLiteral("true")}});
    QCOMPARE(with.json.value(u"totalCount").toInteger(), kSeed);
    QCOMPARE(with.json.value(u"items"), without.json.value(u"items"));
}

void tst_SandboxServer::sameSeedGivesSameFirstPage()
{
    SandboxServer other;
    SandboxOptions options;
    options.seedContexts = kSeed;
    options.token = QStringLiteral("other");
    options.now = kNow;
    options.legacySort = true; // as the first server
    QString error;
    QVERIFY2(other.start(options, &error), qPrintable(error));
    QVERIFY(other.baseUrl() != m_server->baseUrl());
    SandboxTestClient client(other.baseUrl(), options.token);
    for (const QString &environment : {QStringLiteral("production"), QStringLiteral("staging")}) {
        const SandboxHttpResult a
            = m_client->search(environment, {{QStringLiteral("limit"), QStringLiteral("50")}});
        const SandboxHttpResult b
            = client.search(environment, {{QStringLiteral("limit"), QStringLiteral("50")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(a.json.value(u"items"), b.json.value(u"items"));
        QCOMPARE(a.json.value(u"totalCount"), b.json.value(u"totalCount"));
        QCOMPARE(a.json.value(u"_environmentId"), b.json.value(u"_environmentId"));
    }
}

void tst_SandboxServer::stagingIsAboutATenth()
{
    const SandboxListing staging = m_client->listAll(QStringLiteral("staging"), {}, {}, 50, true);
    QVERIFY(staging.error.isEmpty());
    QCOMPARE(staging.items.size(), kSeed / 10);
    for (const QJsonObject &item : staging.items)
        QVERIFY(!kindKey(item).contains(QStringLiteral("123abc")));
    const SandboxHttpResult production = m_client->search(QStringLiteral("production"), {});
    const SandboxHttpResult stagingPage = m_client->search(QStringLiteral("staging"), {});
    QVERIFY(production.json.value(u"_environmentId") != stagingPage.json.value(u"_environmentId"));
}

void tst_SandboxServer::contextKindsMatchSpec()
{
    const SandboxHttpResult result
        = m_client->get(QStringLiteral("/api/v2/projects/demo/context-kinds"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    // ContextKindsCollectionRep: required items and _links.
    QCOMPARE(
        result.json.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
        QStringLiteral("/api/v2/projects/demo/context-kinds"));
    const QJsonArray items = result.json.value(u"items").toArray();
    QHash<QString, QJsonObject> kinds;
    for (const auto &value : items) {
        const QJsonObject kind = value.toObject();
        // ContextKindRep: required key, name, description, version, creationDate, lastModified,
        // createdFrom.
        QVERIFY(kind.value(u"key").isString());
        QVERIFY(kind.value(u"name").isString());
        QVERIFY(kind.value(u"description").isString());
        for (const char *integer : {"version", "creationDate", "lastModified"}) {
            const QJsonValue number = kind.value(QLatin1StringView(integer));
            QVERIFY2(number.isDouble() && number.toDouble() == double(number.toInteger()), integer);
        }
        QVERIFY(kind.value(u"creationDate").toInteger() > 1'600'000'000'000);
        QVERIFY(kind.value(u"lastModified").toInteger() >= kind.value(u"creationDate").toInteger());
        QVERIFY(QStringList(
            {QStringLiteral("default"), QStringLiteral("auto-add"), QStringLiteral("manual")})
                    .contains(kind.value(u"createdFrom").toString()));
        QVERIFY(kind.value(u"archived").isBool());
        QCOMPARE(kind.value(u"hideInTargeting"), kind.value(u"archived"));
        QVERIFY(kind.value(u"_links").toObject().contains(u"self"));
        kinds.insert(kind.value(u"key").toString(), kind);
    }
    for (const QString &key : {QStringLiteral("user"), QStringLiteral("organization"),
             QStringLiteral("device"), QStringLiteral("location")}) {
        QVERIFY2(kinds.contains(key), qPrintable(key));
        QVERIFY(kinds[key].value(u"lastSeen").toInteger() > kNow.addDays(-31).toMSecsSinceEpoch());
        QVERIFY(!kinds[key].value(u"archived").toBool());
    }
    QCOMPARE(
        kinds[QStringLiteral("user")].value(u"createdFrom").toString(), QStringLiteral("default"));
    QCOMPARE(kinds[QStringLiteral("device")].value(u"createdFrom").toString(),
        QStringLiteral("auto-add"));
    QCOMPARE(kinds[QStringLiteral("location")].value(u"createdFrom").toString(),
        QStringLiteral("manual"));
    QVERIFY(kinds[QStringLiteral("service")].value(u"archived").toBool());
    QVERIFY(!kinds[QStringLiteral("service")].contains(u"lastSeen"));
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"
