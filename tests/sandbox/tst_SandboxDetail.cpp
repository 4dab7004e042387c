// The detail endpoints of SandboxServer over real HTTP: the versions of one context
// (getContexts), context instances (search, get) and deleting an instance.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <tuple>

using namespace sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = QStringLiteral("detail-token");
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
const QString kEnv = QStringLiteral("/api/v2/projects/demo/environments/production");
const QString kAnna = QStringLiteral("user:user-key-123abc");

QString contextsOf(const QString &kind, const QString &key, const QString &query = {})
{
    return kEnv + QStringLiteral("/contexts/") + segment(kind) + u'/' + segment(key)
        + (query.isEmpty() ? QString() : u'?' + query);
}

QString filterQuery(const QString &filter)
{
    return QStringLiteral("filter=") + segment(filter);
}

QByteArray instanceSearch(const QString &filter)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("filter"), filter}}).toJson();
}

QStringList applicationIds(const SandboxHttpResult &result)
{
    QStringList ids;
    for (const QJsonValue item : result.json.value(u"items").toArray())
        ids.append(item.toObject().value(u"applicationId").toString());
    return ids;
}

QStringList kindKeysOf(const QJsonObject &instance)
{
    const QJsonObject context = instance.value(u"context").toObject();
    if (context.value(u"kind").toString() != u"multi")
        return {kindKey(instance)};
    QStringList keys;
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (it.key() != u"kind")
            keys.append(it.key() + u':' + it.value().toObject().value(u"key").toString());
    }
    return keys;
}

} // namespace

class tst_SandboxDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionsOfAContext();
    void versionsPageWithTheCursor();
    void versionsFilterByApplicationId();
    void unknownContextHasNoVersions();
    void unknownEnvironmentIs404();
    void instancesOfAnna();
    void instanceListPagesInOrder();
    void anonymousKindsArePresent();
    void instanceFilters_data();
    void instanceFilters();
    void getInstance();
    void deleteInstance();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxDetail::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 300;
    options.token = kToken;
    options.now = kNow;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

void tst_SandboxDetail::versionsOfAContext()
{
    const SandboxHttpResult result = m_client->get(contextsOf(u"user"_s, u"user-key-123abc"_s));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"_environmentId").toString().size(), 24);
    QCOMPARE(result.json.value(u"totalCount").toInteger(), 3);
    // Newest first: Android 4 minutes ago, iOS 2 hours ago, the Go service a day ago.
    QCOMPARE(applicationIds(result),
        QStringList({u"android-app/4.0.3"_s, u"ios-app/5.2.1"_s, u"GoSDK/1.2"_s}));
    const QJsonArray items = result.json.value(u"items").toArray();
    for (const QJsonValue value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(kindKey(item), kAnna);
        QCOMPARE(item.value(u"context").toObject().value(u"name").toString(), u"Anna"_s);
        QVERIFY(item.value(u"_access").isObject());
    }
    // The Android app marks the email private: no value, its name under _meta.
    const QJsonObject android = items[0].toObject().value(u"context").toObject();
    QVERIFY(!android.contains(u"email"));
    QCOMPARE(android.value(u"_meta").toObject().value(u"privateAttributes").toArray(),
        QJsonArray({u"email"_s}));
    QCOMPARE(items[1].toObject().value(u"context").toObject().value(u"email").toString(),
        u"anna@globalhealthexample.com"_s);
}

void tst_SandboxDetail::versionsPageWithTheCursor()
{
    const SandboxListing listing
        = m_client->followAll("GET", contextsOf(u"user"_s, u"user-key-123abc"_s, u"limit=1"_s));
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.pages, 3);
    QCOMPARE(listing.items.size(), 3);
    QCOMPARE(listing.totals, QSet<qint64>({3}));
    const SandboxHttpResult ascending
        = m_client->get(contextsOf(u"user"_s, u"user-key-123abc"_s, u"sort=ts"_s));
    QCOMPARE(applicationIds(ascending).first(), u"GoSDK/1.2"_s);
    // A cursor of one context does not page another.
    const SandboxHttpResult first
        = m_client->get(contextsOf(u"user"_s, u"user-key-123abc"_s, u"limit=1"_s));
    const QString token = first.json.value(u"continuationToken").toString();
    QVERIFY(!token.isEmpty());
    const SandboxHttpResult other = m_client->get(contextsOf(
        u"organization"_s, u"org-key-123abc"_s, u"limit=1&continuationToken="_s + token));
    QCOMPARE(other.status, 400);
}

void tst_SandboxDetail::versionsFilterByApplicationId()
{
    SandboxHttpResult result = m_client->get(contextsOf(
        u"user"_s, u"user-key-123abc"_s, filterQuery(u"applicationId equals \"GoSDK/1.2\""_s)));
    QCOMPARE(result.status, 200);
    QCOMPARE(applicationIds(result), QStringList({u"GoSDK/1.2"_s}));
    QCOMPARE(result.json.value(u"totalCount").toInteger(), 1);
    result = m_client->get(contextsOf(u"user"_s, u"user-key-123abc"_s,
        filterQuery(u"applicationId anyOf [\"GoSDK/1.2\",\"ios-app/5.2.1\"]"_s)));
    QCOMPARE(applicationIds(result), QStringList({u"ios-app/5.2.1"_s, u"GoSDK/1.2"_s}));
    for (const QString &bad :
        {u"kind equals user"_s, u"applicationId startsWith \"Go\""_s, u"applicationId equals"_s}) {
        result = m_client->get(contextsOf(u"user"_s, u"user-key-123abc"_s, filterQuery(bad)));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(u"code").toString(), u"invalid_request"_s);
    }
}

void tst_SandboxDetail::unknownContextHasNoVersions()
{
    // Keys may hold ':', '/', spaces and non-ASCII characters; the path carries them encoded.
    for (const QString &key : {u"nobody"_s, u"a:b/c d \u00e4\u6f22"_s}) {
        const SandboxHttpResult result = m_client->get(contextsOf(u"user"_s, key));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"items").toArray().size(), 0);
        QCOMPARE(result.json.value(u"totalCount").toInteger(), 0);
        const QString self = result.json.value(u"_links")
                                 .toObject()
                                 .value(u"self")
                                 .toObject()
                                 .value(u"href")
                                 .toString();
        QVERIFY2(self.startsWith(contextsOf(u"user"_s, key).replace(u"%3A"_s, u":"_s)),
            qPrintable(self));
    }
}

void tst_SandboxDetail::unknownEnvironmentIs404()
{
    const QString base = QStringLiteral("/api/v2/projects/demo/environments/nope");
    for (const auto &[method, path] : {std::pair {QByteArray("GET"), base + u"/contexts/user/x"_s},
             std::pair {QByteArray("POST"), base + u"/context-instances/search"_s},
             std::pair {QByteArray("GET"), base + u"/context-instances/abc"_s},
             std::pair {QByteArray("DELETE"), base + u"/context-instances/abc"_s}}) {
        const SandboxHttpResult result = m_client->send(method, path, "{}");
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json.value(u"code").toString(), u"not_found"_s);
    }
    QCOMPARE(m_client->send("PATCH", kEnv + u"/context-instances/abc"_s).status, 405);
}

void tst_SandboxDetail::instancesOfAnna()
{
    const SandboxHttpResult result = m_client->post(kEnv + u"/context-instances/search"_s,
        instanceSearch(u"kindKeys contains [\"user:user-key-123abc\"]"_s));
    QCOMPARE(result.status, 200);
    const QJsonArray items = result.json.value(u"items").toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(result.json.value(u"totalCount").toInteger(), 3);
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]+$"_s);
    for (const QJsonValue value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id").toString();
        QVERIFY2(base64url.match(id).hasMatch(), qPrintable(id));
        QVERIFY(item.value(u"anonymousKinds").isArray());
        QVERIFY(item.value(u"_access").isObject());
        const QJsonObject links = item.value(u"_links").toObject();
        QCOMPARE(links.value(u"site").toObject().value(u"href").toString(),
            u"/demo/production/context-instances/"_s + id);
        QCOMPARE(links.value(u"parent").toObject().value(u"href").toString(), kEnv);
        QVERIFY(kindKeysOf(item).contains(kAnna));
    }
    // The newest: Anna in Springfield on her Android phone, a multi-kind context.
    const QJsonObject android = items[0].toObject();
    QCOMPARE(android.value(u"applicationId").toString(), u"android-app/4.0.3"_s);
    QCOMPARE(QByteArray::fromBase64(
                 android.value(u"id").toString().toLatin1(), QByteArray::Base64UrlEncoding),
        QByteArray("device:device-key-456def:organization:org-key-123abc:user:user-key-123abc"));
    const QJsonObject multi = android.value(u"context").toObject();
    QCOMPARE(multi.value(u"kind").toString(), u"multi"_s);
    const QJsonObject user = multi.value(u"user").toObject();
    QVERIFY(!user.contains(u"kind"));
    QVERIFY(!user.contains(u"email")); // private in this app
    QCOMPARE(user.value(u"_meta").toObject().value(u"privateAttributes").toArray(),
        QJsonArray({u"email"_s}));
    QCOMPARE(multi.value(u"organization").toObject().value(u"address").toObject().value(u"city"),
        QJsonValue(u"Springfield"_s));
    QCOMPARE(multi.value(u"device").toObject().value(u"key").toString(), u"device-key-456def"_s);
    // The oldest: the Go service evaluated Anna alone, a single-kind context.
    const QJsonObject alone = items[2].toObject().value(u"context").toObject();
    QCOMPARE(alone.value(u"kind").toString(), u"user"_s);
    QCOMPARE(alone.value(u"key").toString(), u"user-key-123abc"_s);
}

void tst_SandboxDetail::instanceListPagesInOrder()
{
    const SandboxListing listing
        = m_client->followAll("POST", kEnv + u"/context-instances/search?limit=50"_s);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(listing.items.size() > 150);
    QSet<QString> versions;
    QSet<QString> ids;
    for (qsizetype i = 0; i < listing.items.size(); ++i) {
        const QJsonObject &item = listing.items[i];
        const QString id = item.value(u"id").toString();
        QVERIFY(!versions.contains(id + u'\n' + item.value(u"applicationId").toString()));
        versions.insert(id + u'\n' + item.value(u"applicationId").toString());
        ids.insert(id);
        if (i > 0)
            QVERIFY(lastSeenMs(listing.items[i - 1]) >= lastSeenMs(item));
    }
    QCOMPARE(listing.totals, QSet<qint64>({ids.size()})); // totalCount counts distinct ids
}

void tst_SandboxDetail::anonymousKindsArePresent()
{
    const SandboxListing listing
        = m_client->followAll("POST", kEnv + u"/context-instances/search?limit=50"_s,
            instanceSearch(u"kinds contains [\"user\"]"_s));
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    int anonymous = 0;
    for (const QJsonObject &item : listing.items) {
        const QJsonArray kinds = item.value(u"anonymousKinds").toArray();
        if (kinds.isEmpty())
            continue;
        ++anonymous;
        QCOMPARE(kinds, QJsonArray({u"user"_s}));
        const QJsonObject context = item.value(u"context").toObject();
        const QJsonObject user = context.value(u"kind").toString() == u"multi"
            ? context.value(u"user").toObject()
            : context;
        QCOMPARE(user.value(u"anonymous").toBool(), true);
    }
    QVERIFY(anonymous > 0);
}

void tst_SandboxDetail::instanceFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("status");
    QTest::newRow("applicationId") << u"applicationId equals \"GoSDK/1.2\""_s << 200;
    QTest::newRow("id anyOf") << u"id anyOf [\"dXNlcjp1c2VyLWtleS0xMjNhYmM\"]"_s << 200;
    QTest::newRow("kinds equals") << u"kinds equals [\"organization\",\"user\"]"_s << 200;
    QTest::newRow("kindKeys anyOf") << u"kindKeys anyOf [\"user:user-key-123abc\"]"_s << 200;
    QTest::newRow("key is not an instance field") << u"key equals x"_s << 400;
    QTest::newRow("attribute") << u"user.email equals x"_s << 400;
    QTest::newRow("kindKeys startsWith") << u"kindKeys startsWith \"user\""_s << 400;
}

void tst_SandboxDetail::instanceFilters()
{
    QFETCH(QString, filter);
    QFETCH(int, status);
    const SandboxHttpResult result
        = m_client->post(kEnv + u"/context-instances/search"_s, instanceSearch(filter));
    QCOMPARE(result.status, status);
    if (status != 200)
        return;
    const QJsonArray items = result.json.value(u"items").toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue value : items) {
        const QJsonObject item = value.toObject();
        if (filter.startsWith(u"applicationId"))
            QCOMPARE(item.value(u"applicationId").toString(), u"GoSDK/1.2"_s);
        if (filter.startsWith(u"id"))
            QCOMPARE(kindKeysOf(item), QStringList({kAnna}));
        if (filter.startsWith(u"kinds equals")) {
            QStringList kinds;
            for (const QString &key : kindKeysOf(item))
                kinds.append(key.section(u':', 0, 0));
            kinds.sort();
            QCOMPARE(kinds, QStringList({u"organization"_s, u"user"_s}));
        }
    }
}

void tst_SandboxDetail::getInstance()
{
    const QString id = QStringLiteral("dXNlcjp1c2VyLWtleS0xMjNhYmM"); // user:user-key-123abc
    SandboxHttpResult result = m_client->get(kEnv + u"/context-instances/"_s + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(applicationIds(result), QStringList({u"GoSDK/1.2"_s}));
    QCOMPARE(result.json.value(u"items").toArray()[0].toObject().value(u"id").toString(), id);
    result = m_client->get(kEnv + u"/context-instances/"_s + id + u'?'
        + filterQuery(u"applicationId equals \"web\""_s));
    QCOMPARE(result.json.value(u"items").toArray().size(), 0);
    result = m_client->get(
        kEnv + u"/context-instances/"_s + id + u'?' + filterQuery(u"kinds contains [\"user\"]"_s));
    QCOMPARE(result.status, 400);
    result = m_client->get(kEnv + u"/context-instances/unknown-id"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"items").toArray().size(), 0);
    QCOMPARE(result.json.value(u"totalCount").toInteger(), 0);
}

void tst_SandboxDetail::deleteInstance()
{
    // A server of its own, so that the other tests see the seeded data unchanged.
    SandboxServer server;
    SandboxOptions options;
    options.seedContexts = 200;
    options.token = kToken;
    options.now = kNow;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), kToken);

    // Which instances each context row (kind:key from one application) appears in.
    const SandboxListing all
        = client.followAll("POST", kEnv + u"/context-instances/search?limit=50"_s);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QHash<QString, QSet<QString>> instancesOfRow;
    for (const QJsonObject &item : all.items) {
        for (const QString &key : kindKeysOf(item))
            instancesOfRow[key + u'\n' + item.value(u"applicationId").toString()].insert(
                item.value(u"id").toString());
    }
    // An instance holding a context row only it has and one that another instance shares.
    QString id, app, only, shared;
    for (const QJsonObject &item : all.items) {
        QString alone, common;
        const QString itemApp = item.value(u"applicationId").toString();
        for (const QString &key : kindKeysOf(item)) {
            const qsizetype count = instancesOfRow.value(key + u'\n' + itemApp).size();
            (count == 1 ? alone : common) = key;
        }
        // Every version of the instance goes, so it must have a single one here.
        if (!alone.isEmpty() && !common.isEmpty() && !alone.startsWith(u"user:anon")) {
            const QString itemId = item.value(u"id").toString();
            int versions = 0;
            for (const QJsonObject &other : all.items)
                versions += other.value(u"id").toString() == itemId;
            if (versions == 1) {
                std::tie(id, app, only, shared) = std::tuple(itemId, itemApp, alone, common);
                break;
            }
        }
    }
    QVERIFY2(!id.isEmpty(), "the seed has no instance that shares a context");
    const QString path = kEnv + u"/context-instances/"_s + id;
    const auto versionsOf = [&](const QString &kindKeyText) {
        return client
            .get(contextsOf(kindKeyText.section(u':', 0, 0), kindKeyText.section(u':', 1),
                filterQuery(u"applicationId equals \""_s + app + u'"')))
            .json.value(u"items")
            .toArray();
    };
    const qint64 contextsBefore
        = client.search(u"production"_s, {}).json.value(u"totalCount").toInteger();
    QCOMPARE(versionsOf(only).size(), 1);

    // The wrong token deletes nothing.
    QCOMPARE(client.send("DELETE", path, {}, u"wrong"_s).status, 401);
    QCOMPARE(client.get(path).json.value(u"items").toArray().size(), 1);

    const SandboxHttpResult deleted = client.send("DELETE", path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(client.get(path).json.value(u"items").toArray().size(), 0);
    const SandboxHttpResult search = client.post(
        kEnv + u"/context-instances/search"_s, instanceSearch(u"id equals \""_s + id + u'"'));
    QCOMPARE(search.json.value(u"items").toArray().size(), 0);
    QCOMPARE(versionsOf(only).size(), 0);
    const QJsonArray kept = versionsOf(shared);
    QCOMPARE(kept.size(), 1);
    // Its last-seen time is now that of its latest remaining instance.
    qint64 latest = 0;
    for (const QJsonObject &item : all.items) {
        if (item.value(u"id").toString() != id && item.value(u"applicationId").toString() == app
            && kindKeysOf(item).contains(shared))
            latest = std::max(latest, lastSeenMs(item));
    }
    QCOMPARE(lastSeenMs(kept[0].toObject()), latest);
    const SandboxHttpResult stillThere = client.post(kEnv + u"/context-instances/search"_s,
        instanceSearch(u"kindKeys contains [\""_s + shared + u"\"]"_s));
    QVERIFY(!stillThere.json.value(u"items").toArray().isEmpty());
    const qint64 contextsAfter
        = client.search(u"production"_s, {}).json.value(u"totalCount").toInteger();
    QVERIFY(contextsAfter < contextsBefore);

    const SandboxHttpResult again = client.send("DELETE", path);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json.value(u"code").toString(), u"not_found"_s);
}

QTEST_GUILESS_MAIN(tst_SandboxDetail)
#include "tst_SandboxDetail.moc"
