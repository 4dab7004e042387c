// Keyset paging of contexts-sandbox at any depth, over real HTTP: following continuation tokens
// yields every row exactly once and in order, also where many rows share a last-seen time
// across page boundaries; a forged, truncated, stale (older version, other filter, other sort,
// other list) token is a 400 {code, message}; a token minted deep in the list through the
// search layer (SandboxSearch::tokenAfter) is the one following the cursor gives; the total
// count follows a delete; instance ids whose keys hold ":" are found; and the list indexes
// serve the lists (EXPLAIN QUERY PLAN).

#include "FilterExpression.h"
#include "FilterSql.h"
#include "SandboxCursor.h"
#include "SandboxSearch.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"keyset-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
const qint64 kTieMs = kNow.toMSecsSinceEpoch() - 3 * 86400000LL; // inside the seeded month
constexpr int kTies = 40;
const QString kInstances = u"/api/v2/projects/demo/environments/production/context-instances"_s;

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds = {})
{
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return query.exec();
}

QString instanceId(const QString &kindKeys)
{
    return QString::fromLatin1(
        kindKeys.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<SqlCondition> translate(const QString &filter)
{
    if (filter.isEmpty())
        return std::nullopt;
    const ctx::filter::ParseResult parsed = ctx::filter::parse(filter);
    QString error;
    return parsed.expression ? FilterSql::translate(*parsed.expression, &error) : std::nullopt;
}

} // namespace

class tst_SandboxKeyset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRowOnceInOrder_data();
    void everyRowOnceInOrder();
    void badTokensAre400_data();
    void badTokensAre400();
    void mintedTokenIsTheFollowedOne();
    void totalCountFollowsDeletes();
    void bigCountsAreCountedInTheBackground();
    void instanceIdsWithColons();
    void plansUseTheListIndexes_data();
    void plansUseTheListIndexes();
    void kindKeyPagesUseTheirIndex_data();
    void kindKeyPagesUseTheirIndex();

private:
    void addTies(const QSqlDatabase &db);
    // kind\nkey\napplicationId of the list's rows, in the order the store defines.
    QStringList expected(const QString &filter, bool ascending);
    QString realToken(const QString &filter, const QString &sort);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    SandboxStore m_store; // a second connection to the server's file
    std::optional<EnvironmentRow> m_env;
};

void tst_SandboxKeyset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"keyset.db"_s);
    QString error;
    {
        SandboxStore store;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        QVERIFY2(SandboxSeeder(store.database(), kNow.toMSecsSinceEpoch()).seed(300, &error),
            qPrintable(error));
        addTies(store.database());
    }
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.databasePath = m_path;
    options.legacySort = true; // the keyset walk by last seen, both ways
    options.token = kToken;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
    QVERIFY2(m_store.open(m_path, &error), qPrintable(error));
    m_env = m_store.environment(u"demo"_s, u"production"_s);
    QVERIFY(m_env);
}

// kTies users and kTies / 4 devices seen at the same millisecond, each in an instance of its
// own; and a user "a:b:c" with a device "d:1" in one instance (keys that hold ":").
void tst_SandboxKeyset::addTies(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QVERIFY(exec(query, u"SELECT id FROM environments WHERE key = 'production'"_s));
    QVERIFY(query.next());
    const qint64 env = query.value(0).toLongLong();
    const auto add = [&](const QList<QPair<QString, QString>> &members, qint64 seen) {
        QStringList parts;
        for (const auto &[kind, key] : members)
            parts << kind << key;
        QVERIFY(exec(query,
            u"INSERT INTO instances (env_id, instance_key, application_id, last_seen_ms, context,"
            " kinds, kind_keys) VALUES (?, ?, 'web', ?, '{}', '[]', '[]')"_s,
            {env, instanceId(parts.join(u':')), seen}));
        const QVariant instance = query.lastInsertId();
        for (const auto &[kind, key] : members) {
            QVERIFY(exec(query,
                u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms,"
                " attributes, instance_id) VALUES (?, ?, ?, 'web', ?, ?, '{\"plan\":\"tie\"}', ?)"_s,
                {env, kind, key, kind == u"user" ? QVariant(u"Tie "_s + key) : QVariant(), seen,
                    instance}));
            QVERIFY(exec(query,
                u"INSERT INTO context_instances (context_id, instance_id) VALUES (?, ?)"_s,
                {query.lastInsertId(), instance}));
        }
    };
    for (int i = 0; i < kTies; ++i) {
        add({{u"user"_s, u"tie-%1"_s.arg(i, 2, 10, QChar(u'0'))}}, kTieMs);
        if (i % 4 == 0)
            add({{u"device"_s, u"tie-device-%1"_s.arg(i)}}, kTieMs);
    }
    add({{u"device"_s, u"d:1"_s}, {u"user"_s, u"a:b:c"_s}}, kTieMs - 1);
    // The server counts the attributes again, these rows included.
    QVERIFY(exec(query, u"DELETE FROM meta WHERE name = 'attribute_index'"_s));
}

QStringList tst_SandboxKeyset::expected(const QString &filter, bool ascending)
{
    SandboxStore::ListQuery list;
    list.environmentId = m_env->id;
    list.filter = translate(filter);
    list.ascending = ascending;
    list.limit = 100000;
    QString error;
    const std::optional<QList<ContextRow>> rows = m_store.listContexts(list, &error);
    QStringList keys;
    for (const ContextRow &row : rows.value_or(QList<ContextRow>())) {
        keys.append(row.sortKey.kind + u'\n' + row.sortKey.key + u'\n' + row.sortKey.applicationId);
    }
    return keys;
}

void tst_SandboxKeyset::everyRowOnceInOrder_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("limit");
    QTest::newRow("everything, newest first") << QString() << QString() << 7;
    QTest::newRow("everything, oldest first") << QString() << u"ts"_s << 7;
    QTest::newRow("users") << u"kind equals \"user\""_s << QString() << 6;
    QTest::newRow("attribute") << u"*.plan equals \"tie\""_s << u"ts"_s << 3;
    QTest::newRow("key prefix") << u"key startsWith \"tie-\""_s << QString() << 4;
    QTest::newRow("name prefix") << u"name startsWith \"Tie tie-1\""_s << u"ts"_s << 3;
}

void tst_SandboxKeyset::everyRowOnceInOrder()
{
    QFETCH(QString, filter);
    QFETCH(QString, sort);
    QFETCH(int, limit);
    const QStringList want = expected(filter, sort == u"ts");
    QVERIFY(want.size() > 2 * qsizetype(limit));
    const SandboxListing listing = m_client->listAll(u"production"_s, filter, sort, limit, false);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QStringList got;
    qint64 previous
        = sort == u"ts" ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    for (const QJsonObject &item : listing.items) {
        got.append(rowId(item));
        const qint64 seen = lastSeenMs(item);
        QVERIFY2(sort == u"ts" ? seen >= previous : seen <= previous, qPrintable(rowId(item)));
        previous = seen;
    }
    QCOMPARE(got, want); // each row once, in the store's order, ties included
    QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());
    QCOMPARE(listing.totals, QSet<qint64> {want.size()});
    // The ties really straddle pages: more of them than a page holds.
    if (filter.isEmpty())
        QVERIFY(got.filter(u"\ntie-"_s).size() > limit);
}

QString tst_SandboxKeyset::realToken(const QString &filter, const QString &sort)
{
    QList<QPair<QString, QString>> query {{u"limit"_s, u"5"_s}};
    if (!filter.isEmpty())
        query.append({u"filter"_s, filter});
    if (!sort.isEmpty())
        query.append({u"sort"_s, sort});
    return m_client->search(u"production"_s, query).json.value(u"continuationToken").toString();
}

void tst_SandboxKeyset::badTokensAre400_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("sort");
    const QString users = u"kind equals \"user\""_s;
    const QString token = realToken(users, {});
    QVERIFY(token.size() > 40);

    QString flipped = token;
    flipped[token.size() / 2] = flipped[token.size() / 2] == u'A' ? u'B' : u'A';
    QTest::newRow("one character changed") << flipped << users << QString();
    QTest::newRow("truncated") << token.left(token.size() - 3) << users << QString();
    QTest::newRow("extended") << token + u"AAAA"_s << users << QString();
    QTest::newRow("not base64") << u"!!not a token!!"_s << users << QString();
    QTest::newRow("unsigned payload") << QString::fromLatin1(
        QByteArray(R"([2,-1,"x","1","","","","5"])")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                      << users << QString();
    QTest::newRow("other filter") << token << u"kind equals \"device\""_s << QString();
    QTest::newRow("no filter") << token << QString() << QString();
    QTest::newRow("other sort") << token << users << u"ts"_s;

    // Signed with this database's own secret, but for another list or an older version.
    QSqlQuery query(m_store.database());
    QVERIFY(exec(query, u"SELECT value FROM meta WHERE name = 'cursor_secret'"_s));
    QVERIFY(query.next());
    const SandboxCursor cursor(query.value(0).toByteArray());
    const QByteArray usersScope = SandboxCursor::scope(m_env->environmentId, users);
    const QByteArray instancesScope
        = SandboxCursor::scope(m_env->environmentId, u"context-instances\n"_s + users);
    QTest::newRow("instances list") << cursor.encode(SortKey {kTieMs, {}, {}, {}, 5}, false,
        instancesScope) << users << QString();
    const QByteArray v1
        = QJsonDocument(QJsonArray {1, -1,
                            QString::fromLatin1(usersScope.toBase64(
                                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                            QString::number(kTieMs), u"user"_s, u"tie-01"_s, u"web"_s})
              .toJson(QJsonDocument::Compact);
    const QByteArray v1Mac = QMessageAuthenticationCode::hash(
        v1, query.value(0).toByteArray(), QCryptographicHash::Sha256);
    QTest::newRow("version 1 token") << QString::fromLatin1(
        (v1 + v1Mac).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                     << users << QString();
}

void tst_SandboxKeyset::badTokensAre400()
{
    QFETCH(QString, token);
    QFETCH(QString, filter);
    QFETCH(QString, sort);
    QJsonObject body {{u"limit"_s, 5}, {u"continuationToken"_s, token}};
    if (!filter.isEmpty())
        body.insert(u"filter"_s, filter);
    if (!sort.isEmpty())
        body.insert(u"sort"_s, sort);
    const SandboxHttpResult result
        = m_client->search(u"production"_s, {}, QJsonDocument(body).toJson());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"code").toString(), u"invalid_request"_s);
    QVERIFY2(result.json.value(u"message").toString().contains(u"continuationToken"),
        result.body.constData());
    // The same token as a query parameter, too.
    QList<QPair<QString, QString>> query {
        {u"continuationToken"_s, token}, {u"limit"_s, u"5"_s}, {u"filter"_s, filter}};
    if (!sort.isEmpty())
        query.append({u"sort"_s, sort});
    const SandboxHttpResult inQuery = m_client->search(u"production"_s, query);
    QCOMPARE(inQuery.status, 400);
}

void tst_SandboxKeyset::mintedTokenIsTheFollowedOne()
{
    QSqlQuery query(m_store.database());
    QVERIFY(exec(query, u"SELECT value FROM meta WHERE name = 'cursor_secret'"_s));
    QVERIFY(query.next());
    const SandboxCursor cursor(query.value(0).toByteArray());
    const SandboxSearch search(m_store, cursor);
    for (const QString &filter : {QString(), u"kind equals \"user\""_s}) {
        // Page 7 of 5 by following the cursor...
        QJsonObject body {{u"limit"_s, 5}};
        if (!filter.isEmpty())
            body.insert(u"filter"_s, filter);
        SandboxHttpResult page;
        for (int i = 1; i <= 7; ++i) {
            page = m_client->search(u"production"_s, {}, QJsonDocument(body).toJson());
            QCOMPARE(page.status, 200);
            if (i < 7)
                body.insert(u"continuationToken"_s, page.json.value(u"continuationToken"));
        }
        // ...and by the token minted after 30 rows.
        QString error;
        const std::optional<QString> minted = search.tokenAfter(*m_env, filter, false, 30, &error);
        QVERIFY2(minted, qPrintable(error));
        QCOMPARE(*minted, body.value(u"continuationToken").toString());
        body.insert(u"continuationToken"_s, *minted);
        const SandboxHttpResult direct
            = m_client->search(u"production"_s, {}, QJsonDocument(body).toJson());
        QCOMPARE(direct.json.value(u"items"), page.json.value(u"items"));
    }
    QString error;
    QVERIFY(!search.tokenAfter(*m_env, {}, false, 1000000, &error)); // past the end
}

void tst_SandboxKeyset::totalCountFollowsDeletes()
{
    const QString filter = u"key startsWith \"tie-3\""_s;
    const auto total = [&] {
        return m_client->search(u"production"_s, {{u"filter"_s, filter}})
            .json.value(u"totalCount")
            .toInteger(-1);
    };
    QCOMPARE(total(), 10);
    QCOMPARE(total(), 10); // a second time, from the remembered count
    const SandboxHttpResult removed
        = m_client->send("DELETE", kInstances + u'/' + instanceId(u"user:tie-35"_s));
    QCOMPARE(removed.status, 204);
    QCOMPARE(total(), 9);
}

void tst_SandboxKeyset::bigCountsAreCountedInTheBackground()
{
    // A count that reads every row of a big environment: none at first, the count later.
    SandboxStore store;
    QString error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    store.setQuickCountRows(10);
    SandboxStore::ListQuery list;
    list.environmentId = m_env->id;
    list.filter = translate(u"user.plan equals \"free\""_s);
    SandboxStore::ListQuery quick = list;
    quick.filter = translate(u"kind equals \"user\""_s); // an index counts it: at once
    bool pending = true;
    QVERIFY(store.countContexts(quick, &error, &pending));
    QVERIFY(!pending);
    const std::optional<qint64> expectedCount = m_store.countContexts(list, &error);
    QVERIFY(expectedCount && *expectedCount > 0);
    QVERIFY(!store.countContexts(list, &error, &pending));
    QVERIFY(pending);
    QVERIFY(error.isEmpty());
    std::optional<qint64> counted;
    QTRY_VERIFY_WITH_TIMEOUT((counted = store.countContexts(list, &error, &pending)), 20000);
    QCOMPARE(*counted, *expectedCount);
    QVERIFY(!pending);
}

void tst_SandboxKeyset::instanceIdsWithColons()
{
    const QString id = instanceId(u"device:d:1:user:a:b:c"_s);
    const SandboxHttpResult versions = m_client->get(kInstances + u'/' + id);
    QCOMPARE(versions.status, 200);
    QCOMPARE(versions.json.value(u"items").toArray().size(), 1);
    QCOMPARE(versions.json.value(u"items").toArray().at(0)[u"id"].toString(), id);
    const SandboxHttpResult search = m_client->post(kInstances + u"/search"_s,
        QJsonDocument(QJsonObject {{u"filter"_s, u"id equals \"%1\""_s.arg(id)}}).toJson());
    QCOMPARE(search.status, 200);
    QCOMPARE(search.json.value(u"items").toArray().size(), 1);
    QCOMPARE(search.json.value(u"totalCount").toInteger(), 1);
    // An id made of the same texts split differently is another instance: none.
    QCOMPARE(m_client->get(kInstances + u'/' + instanceId(u"device:d:1:user:a"_s))
                 .json.value(u"items")
                 .toArray()
                 .size(),
        0);
    QCOMPARE(m_client->send("DELETE", kInstances + u'/' + id).status, 204);
    QCOMPARE(m_client->get(kInstances + u'/' + id).json.value(u"items").toArray().size(), 0);
    QCOMPARE(m_client->send("DELETE", kInstances + u'/' + id).status, 404);
}

void tst_SandboxKeyset::plansUseTheListIndexes_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("sorts"); // reads a few rows and sorts them
    QTest::newRow("no filter") << QString() << u"contexts_recent"_s << false;
    QTest::newRow("kind") << u"kind equals \"device\""_s << u"contexts_kind_recent"_s << false;
    QTest::newRow("kind attribute")
        << u"user.plan equals \"pro\""_s << u"contexts_kind_recent"_s << false;
    QTest::newRow("any kind attribute")
        << u"*.plan startsWith \"p\""_s << u"contexts_recent"_s << false;
    QTest::newRow("key prefix") << u"key startsWith \"tie-1\""_s << u"context_keys"_s << true;
    QTest::newRow("key") << u"key equals \"tie-12\""_s << u"context_keys"_s << true;
    QTest::newRow("name prefix") << u"name startsWith \"Tie\""_s << u"context_names"_s << true;
}

void tst_SandboxKeyset::plansUseTheListIndexes()
{
    QFETCH(QString, filter);
    QFETCH(QString, index);
    QFETCH(bool, sorts);
    SandboxStore::ListQuery list;
    list.environmentId = m_env->id;
    list.filter = translate(filter);
    list.limit = 51;
    list.after = SortKey {kTieMs, {}, {}, {}, 1000000}; // a deep page
    QString error;
    const QString plan = m_store.listPlan(list, &error).join(u" | "_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qDebug("%s", qPrintable(plan));
    // The page's rows are chosen first (the co-routine "page"), then read.
    const QString choice = plan.section(u" | SCAN page"_s, 0, 0);
    QVERIFY2(
        choice.startsWith(u"CO-ROUTINE page"_s) && choice.size() < plan.size(), qPrintable(plan));
    QVERIFY2(choice.contains(index), qPrintable(plan));
    QCOMPARE(choice.contains(u"TEMP B-TREE FOR ORDER BY"_s), sorts);
    QVERIFY2(!plan.contains(u"SCAN c"_s), qPrintable(plan));
}

void tst_SandboxKeyset::kindKeyPagesUseTheirIndex_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("no filter") << QString();
    QTest::newRow("kind") << u"kind equals \"user\""_s;
}

void tst_SandboxKeyset::kindKeyPagesUseTheirIndex()
{
    // LaunchDarkly's order (kind, key, applicationId): a deep page reads its rows from
    // contexts_kind_key, in order, without sorting.
    QFETCH(QString, filter);
    SandboxStore::ListQuery list;
    list.environmentId = m_env->id;
    list.filter = translate(filter);
    list.order = SandboxStore::Order::KindKey;
    list.limit = 51;
    list.after = SortKey {0, u"user"_s, u"tie-5000"_s, QString(), 1000000};
    QString error;
    const QString plan = m_store.listPlan(list, &error).join(u" | "_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString choice = plan.section(u" | SCAN page"_s, 0, 0);
    QVERIFY2(choice.contains(u"contexts_kind_key"_s), qPrintable(plan));
    QVERIFY2(!choice.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(plan));
    QVERIFY2(!plan.contains(u"SCAN c"_s), qPrintable(plan));
}

QTEST_GUILESS_MAIN(tst_SandboxKeyset)
#include "tst_SandboxKeyset.moc"
