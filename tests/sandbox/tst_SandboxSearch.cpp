// SandboxSearch over real HTTP: every filter field the sandbox supports, and the seeded data
// the list shows (Anna at Global Health, private attributes, no anonymous contexts).

#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace sandbox;
using namespace sandboxtest;
using Query = QList<QPair<QString, QString>>;

namespace {

const QString kToken = QStringLiteral("test-token-1");
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
constexpr int kSeed = 300;

} // namespace

class tst_SandboxSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kindFilter();
    void kindsFilter();
    void keyStartsWith();
    void kindKeyEquals();
    void attributeFilters_data();
    void attributeFilters();
    void orGroup();
    void fuzzySearch();
    void anonymousContextsAreNotListed();
    void annasContexts();
    void privateAttributesHaveNoValues();

private:
    QList<QJsonObject> listOrFail(const QString &filter);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxSearch::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = kSeed;
    options.token = kToken;
    options.now = kNow;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    QCOMPARE(m_server->token(), kToken);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->baseUrl().port() > 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

QList<QJsonObject> tst_SandboxSearch::listOrFail(const QString &filter)
{
    const SandboxListing listing
        = m_client->listAll(QStringLiteral("production"), filter, {}, 50, true);
    if (!listing.error.isEmpty())
        qWarning("%s: %s", qPrintable(filter), qPrintable(listing.error));
    if (listing.totals.size() != 1 || *listing.totals.begin() != listing.items.size())
        qWarning("%s: totalCount does not match the rows", qPrintable(filter));
    return listing.items;
}

void tst_SandboxSearch::kindFilter()
{
    const QList<QJsonObject> devices = listOrFail(QStringLiteral("kind equals device"));
    QVERIFY(devices.size() > 5 && devices.size() < kSeed);
    for (const QJsonObject &item : devices)
        QCOMPARE(
            item.value(u"context").toObject().value(u"kind").toString(), QStringLiteral("device"));
    const QList<QJsonObject> notUsers = listOrFail(QStringLiteral("kind notEquals user"));
    const QList<QJsonObject> users = listOrFail(QStringLiteral("kind anyOf [\"user\"]"));
    QCOMPARE(notUsers.size() + users.size(), kSeed);
}

void tst_SandboxSearch::kindsFilter()
{
    const QList<QJsonObject> onlyUsers = listOrFail(QStringLiteral("kinds equals [\"user\"]"));
    QVERIFY(!onlyUsers.isEmpty());
    QStringList keys;
    for (const QJsonObject &item : onlyUsers) {
        QCOMPARE(
            item.value(u"context").toObject().value(u"kind").toString(), QStringLiteral("user"));
        keys << kindKey(item) + u' ' + item.value(u"applicationId").toString();
    }
    QVERIFY(keys.contains(QStringLiteral("user:user-key-123abc GoSDK/1.2")));
    QVERIFY(!keys.contains(QStringLiteral("user:user-key-123abc ios-app/5.2.1")));

    const QList<QJsonObject> withDevices
        = listOrFail(QStringLiteral("kinds contains [\"user\",\"device\"]"));
    QSet<QString> kinds;
    QSet<QString> kindKeys;
    for (const QJsonObject &item : withDevices) {
        kinds.insert(item.value(u"context").toObject().value(u"kind").toString());
        kindKeys.insert(kindKey(item));
    }
    QCOMPARE(kinds,
        (QSet<QString> {
            QStringLiteral("user"), QStringLiteral("device"), QStringLiteral("organization")}));
    QVERIFY(kindKeys.contains(QStringLiteral("device:device-key-123abc")));
    QVERIFY(!listOrFail(QStringLiteral("kinds anyOf [\"location\"]")).isEmpty());
}

void tst_SandboxSearch::keyStartsWith()
{
    QSet<QString> keys;
    for (const QJsonObject &item : listOrFail(QStringLiteral("key startsWith \"org-key-\"")))
        keys.insert(kindKey(item));
    QCOMPARE(keys,
        (QSet<QString> {QStringLiteral("organization:org-key-123abc"),
            QStringLiteral("organization:org-key-456def")}));
}

void tst_SandboxSearch::kindKeyEquals()
{
    QSet<QString> applications;
    for (const QJsonObject &item :
        listOrFail(QStringLiteral("kindKey equals \"user:user-key-123abc\""))) {
        QCOMPARE(kindKey(item), QStringLiteral("user:user-key-123abc"));
        applications.insert(item.value(u"applicationId").toString());
    }
    QCOMPARE(applications,
        (QSet<QString> {QStringLiteral("android-app/4.0.3"), QStringLiteral("ios-app/5.2.1"),
            QStringLiteral("GoSDK/1.2")}));
}

void tst_SandboxSearch::attributeFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("kind"); // empty: any kind
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("prefix"); // every value starts with it (equals: is it)
    QTest::addColumn<QString>("mustInclude");
    QTest::newRow("user.jobFunction")
        << QStringLiteral("user.jobFunction equals \"doctor\"") << QStringLiteral("user")
        << QStringLiteral("jobFunction") << QStringLiteral("doctor")
        << QStringLiteral("user:user-key-123abc");
    QTest::newRow("organization pointer")
        << QStringLiteral("organization./address/city equals \"Springfield\"")
        << QStringLiteral("organization") << QStringLiteral("/address/city")
        << QStringLiteral("Springfield") << QStringLiteral("organization:org-key-123abc");
    QTest::newRow("any kind pointer")
        << QStringLiteral("*./address/city equals Springfield") << QString()
        << QStringLiteral("/address/city") << QStringLiteral("Springfield")
        << QStringLiteral("organization:org-key-123abc");
    QTest::newRow("nested object")
        << QStringLiteral("device./os/name equals iOS") << QStringLiteral("device")
        << QStringLiteral("/os/name") << QStringLiteral("iOS") << QString();
    QTest::newRow("name startsWith")
        << QStringLiteral("*.name startsWith Glob") << QString() << QStringLiteral("name")
        << QStringLiteral("Glob") << QStringLiteral("organization:org-key-456def");
    QTest::newRow("doc example") << QStringLiteral("device.type startsWith \"Android\"")
                                 << QStringLiteral("device") << QStringLiteral("type")
                                 << QStringLiteral("Android")
                                 << QStringLiteral("device:device-key-456def");
}

void tst_SandboxSearch::attributeFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, kind);
    QFETCH(QString, pointer);
    QFETCH(QString, prefix);
    QFETCH(QString, mustInclude);
    const QList<QJsonObject> items = listOrFail(filter);
    QVERIFY(!items.isEmpty());
    QSet<QString> kindKeys;
    for (const QJsonObject &item : items) {
        const QJsonObject context = item.value(u"context").toObject();
        if (!kind.isEmpty())
            QCOMPARE(context.value(u"kind").toString(), kind);
        const QString value = valueAt(context, pointer).toString();
        QVERIFY2(value.startsWith(prefix), qPrintable(kindKey(item) + u' ' + value));
        kindKeys.insert(kindKey(item));
    }
    if (!mustInclude.isEmpty())
        QVERIFY(kindKeys.contains(mustInclude));
}

void tst_SandboxSearch::orGroup()
{
    const QList<QJsonObject> items = listOrFail(QStringLiteral(
        "kindKey equals \"user:user-key-123abc\"|(kind equals device,device.type equals iPad)"));
    int anna = 0, ipads = 0;
    for (const QJsonObject &item : items) {
        const QJsonObject context = item.value(u"context").toObject();
        if (kindKey(item) == u"user:user-key-123abc")
            ++anna;
        else if (context.value(u"kind").toString() == u"device"
            && context.value(u"type").toString() == u"iPad")
            ++ipads;
        else
            QFAIL(qPrintable(kindKey(item)));
    }
    QCOMPARE(anna, 3);
    QVERIFY(ipads >= 1);
}

void tst_SandboxSearch::fuzzySearch()
{
    const QList<QJsonObject> anna = listOrFail(QStringLiteral("q equals ANNA"));
    QCOMPARE(anna.size(), 3);
    for (const QJsonObject &item : anna)
        QCOMPARE(kindKey(item), QStringLiteral("user:user-key-123abc"));
    QSet<QString> both;
    for (const QJsonObject &item :
        listOrFail(QStringLiteral("q equals [\"global\",\"springfield\"]")))
        both.insert(kindKey(item));
    QCOMPARE(both, QSet<QString> {QStringLiteral("organization:org-key-123abc")});
}

void tst_SandboxSearch::anonymousContextsAreNotListed()
{
    // The seed has anonymous contexts...
    SandboxStore store;
    QString error;
    QVERIFY2(store.open({}, &error), qPrintable(error));
    QVERIFY2(SandboxSeeder(store.database(), kNow.toMSecsSinceEpoch()).seed(kSeed, &error),
        qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM contexts WHERE anonymous = 1),"
                       " (SELECT COUNT(*) FROM instances WHERE anonymous_kinds <> '[]'),"
                       " (SELECT COUNT(*) FROM contexts c JOIN environments e ON e.id = c.env_id"
                       "  WHERE e.key = 'production' AND c.anonymous = 0)")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 5);
    QVERIFY(query.value(1).toInt() > 5);
    QCOMPARE(query.value(2).toInt(), kSeed);
    // Instances keep the whole context as sent: valid JSON, multi-kind where several kinds.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM instances WHERE NOT json_valid(context)"
        "  OR NOT json_valid(kinds) OR NOT json_valid(kind_keys) OR NOT "
        "json_valid(anonymous_kinds)),"
        " (SELECT COUNT(*) FROM instances WHERE json_array_length(kinds) > 1"
        "  AND json_extract(context, '$.kind') IS NOT 'multi'),"
        " (SELECT context FROM instances WHERE instance_key = 'dXNlcjp1c2VyLWtleS0xMjNhYmM')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("user")},
            {QStringLiteral("key"), QStringLiteral("user-key-123abc")},
            {QStringLiteral("name"), QStringLiteral("Anna")},
            {QStringLiteral("email"), QStringLiteral("anna@globalhealthexample.com")},
            {QStringLiteral("jobFunction"), QStringLiteral("doctor")}}));
    query.finish();

    // ...and the list shows none of them.
    const SandboxListing all = m_client->listAll(QStringLiteral("production"), {}, {}, 50, true);
    QCOMPARE(all.items.size(), kSeed);
    for (const QJsonObject &item : all.items) {
        const QJsonObject context = item.value(u"context").toObject();
        QVERIFY(!context.contains(u"anonymous"));
        QVERIFY(!context.value(u"key").toString().startsWith(u"anon-"));
    }
    QCOMPARE(listOrFail(QStringLiteral("key startsWith anon-")).size(), 0);
}

void tst_SandboxSearch::annasContexts()
{
    const QList<QJsonObject> items = listOrFail(QStringLiteral(
        "kindKey anyOf "
        "[\"user:user-key-123abc\",\"organization:org-key-123abc\",\"device:device-key-123abc\"]"));
    QHash<QString, QJsonObject> byRow;
    for (const QJsonObject &item : items)
        byRow.insert(kindKey(item) + u' ' + item.value(u"applicationId").toString(), item);
    QCOMPARE(byRow.size(), 5);

    const QJsonObject ios = byRow.value(QStringLiteral("user:user-key-123abc ios-app/5.2.1"));
    const QJsonObject annaIos = ios.value(u"context").toObject();
    QCOMPARE(annaIos,
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("user")},
            {QStringLiteral("key"), QStringLiteral("user-key-123abc")},
            {QStringLiteral("name"), QStringLiteral("Anna")},
            {QStringLiteral("email"), QStringLiteral("anna@globalhealthexample.com")},
            {QStringLiteral("jobFunction"), QStringLiteral("doctor")}}));
    QCOMPARE(ios.value(u"associatedContexts").toInt(), 2);

    const QJsonObject android
        = byRow.value(QStringLiteral("user:user-key-123abc android-app/4.0.3"));
    const QJsonObject annaAndroid = android.value(u"context").toObject();
    QVERIFY(!annaAndroid.contains(u"email"));
    QCOMPARE(annaAndroid.value(u"jobFunction").toString(), QStringLiteral("doctor"));
    QCOMPARE(annaAndroid.value(u"_meta").toObject().value(u"privateAttributes").toArray(),
        QJsonArray {QStringLiteral("email")});
    QCOMPARE(android.value(u"associatedContexts").toInt(), 2);
    QCOMPARE(android.value(u"lastSeen").toString(), QStringLiteral("2026-11-20T09:55:59.679Z"));

    QCOMPARE(byRow.value(QStringLiteral("user:user-key-123abc GoSDK/1.2"))
                 .value(u"associatedContexts")
                 .toInt(),
        0);

    const QJsonObject org
        = byRow.value(QStringLiteral("organization:org-key-123abc android-app/4.0.3"))
              .value(u"context")
              .toObject();
    QCOMPARE(org.value(u"name").toString(), QStringLiteral("Global Health Services"));
    QCOMPARE(org.value(u"address").toObject(),
        (QJsonObject {{QStringLiteral("street"), QStringLiteral("123 Main Street")},
            {QStringLiteral("city"), QStringLiteral("Springfield")}}));

    const QJsonObject device = byRow.value(QStringLiteral("device:device-key-123abc ios-app/5.2.1"))
                                   .value(u"context")
                                   .toObject();
    QCOMPARE(device,
        (QJsonObject {{QStringLiteral("kind"), QStringLiteral("device")},
            {QStringLiteral("key"), QStringLiteral("device-key-123abc")},
            {QStringLiteral("type"), QStringLiteral("iPad")},
            {QStringLiteral("operating_system"), QStringLiteral("iPadOS 15")},
            {QStringLiteral("deviceId"), 12345}}));
}

void tst_SandboxSearch::privateAttributesHaveNoValues()
{
    const SandboxListing all = m_client->listAll(QStringLiteral("production"), {}, {}, 50, true);
    int withPrivate = 0, pointers = 0;
    for (const QJsonObject &item : all.items) {
        const QJsonObject context = item.value(u"context").toObject();
        if (!context.contains(u"_meta"))
            continue;
        const QJsonArray names
            = context.value(u"_meta").toObject().value(u"privateAttributes").toArray();
        QVERIFY(!names.isEmpty());
        ++withPrivate;
        for (const auto &name : names) {
            QVERIFY2(valueAt(context, name.toString()).isUndefined(),
                qPrintable(kindKey(item) + u' ' + name.toString()));
            if (name.toString().startsWith(u'/')) {
                ++pointers;
                QVERIFY(context.value(u"address").isObject()); // only the street is gone
            }
        }
    }
    QVERIFY(withPrivate > 10);
    QVERIFY(pointers > 0);
}

QTEST_GUILESS_MAIN(tst_SandboxSearch)
#include "tst_SandboxSearch.moc"
