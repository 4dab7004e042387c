// GET .../context-attributes (getContextAttributeNames) and .../context-attributes/{name}
// (getContextAttributeValues) over real HTTP: a hand-made "patient" kind with known answers
// next to the seeded contexts, cross-checked against what the contexts list shows.

#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"attributes-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
const QString kEnv = u"/api/v2/projects/demo/environments/production"_s;

QString names(const QString &query = {})
{
    return kEnv + u"/context-attributes"_s + (query.isEmpty() ? QString() : u'?' + query);
}

QString values(const QString &name, const QString &query = {})
{
    return kEnv + u"/context-attributes/"_s + segment(name)
        + (query.isEmpty() ? QString() : u'?' + query);
}

QString filter(const QString &text)
{
    return u"filter="_s + segment(text);
}

// kind -> the group's entries, in the order of the answer.
QHash<QString, QJsonArray> groups(const SandboxHttpResult &result, const char *listName)
{
    QHash<QString, QJsonArray> byKind;
    for (const QJsonValue item : result.json.value(u"items").toArray())
        byKind.insert(item[u"kind"].toString(), item[QLatin1StringView(listName)].toArray());
    return byKind;
}

// "pointer weight" or "pointer weight redacted" per name.
QStringList describe(const QJsonArray &names)
{
    QStringList out;
    for (const QJsonValue name : names)
        out.append(u"%1 %2%3"_s.arg(name[u"name"].toString())
                       .arg(name[u"weight"].toInteger())
                       .arg(name[u"redacted"].toBool() ? u" redacted"_s : QString()));
    return out;
}

QString pointerOf(const QString &name)
{
    return u'/' + QString(name).replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

// The test's own walk of a context: every leaf pointer (arrays are leaves).
void leaves(const QJsonObject &object, const QString &prefix, QSet<QString> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (prefix.isEmpty() && (it.key() == u"kind" || it.key() == u"_meta"))
            continue;
        const QString pointer = prefix + pointerOf(it.key());
        if (it->isObject() && !it->toObject().isEmpty())
            leaves(it->toObject(), pointer, out);
        else
            out.insert(pointer);
    }
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return query.exec();
}

} // namespace

class tst_SandboxAttributes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesOfTheFixture();
    void namesMatchTheContextsList();
    void namesKindFilter();
    void namesStartsWith();
    void badFilters_data();
    void badFilters();
    void limits_data();
    void limits();
    void valuesOfAnEncodedPointer();
    void valuesOfAPlainName();
    void valuesOfTheFixture();
    void valueStartsWith();
    void privateAttributesHaveNoValues();
    void unauthorizedAndWrongMethod();
    void deletingAnInstanceUpdatesTheIndex();

private:
    void addFixture(const QSqlDatabase &db);
    QList<QJsonObject> allContexts();

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxAttributes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"attributes.db"_s);
    {
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(SandboxSeeder(store.database(), kNow.toMSecsSinceEpoch()).seed(300, &error),
            qPrintable(error));
        addFixture(store.database());
    }
    // The server indexes the database it finds, fixture included.
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.databasePath = path;
    options.token = kToken;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

// Patients: p-1 (one row), p-2 (two applications, different attributes) and an anonymous one.
void tst_SandboxAttributes::addFixture(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QVERIFY(exec(query, u"SELECT id FROM environments WHERE key = 'production'"_s, {}));
    QVERIFY(query.next());
    const qint64 env = query.value(0).toLongLong();
    const qint64 seen = kNow.toMSecsSinceEpoch() - 1000;
    const struct
    {
        QString key, app, name, attributes, privateAttributes;
        int anonymous;
    } rows[] = {
        {u"p-1"_s, u"web"_s, u"Pat One"_s, uR"({"ward":"A","chart":{"room":"12"}})"_s,
            uR"(["ssn","/chart/notes"])"_s, 0},
        {u"p-2"_s, u"web"_s, u"Pat Two"_s, uR"({"ward":"B","tags":["x","y","x"]})"_s,
            uR"(["ssn"])"_s, 0},
        {u"p-2"_s, u"go"_s, u"Pat Two"_s, uR"({"ward":"C","score":3.5,"flag":null})"_s, u"[]"_s, 0},
        {u"anon-p"_s, u"web"_s, {}, uR"({"ward":"Z","secret":"s"})"_s, u"[]"_s, 1},
    };
    for (const auto &row : rows) {
        const QString id = QString::fromLatin1(
            (u"patient:"_s + row.key).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
        QVERIFY(exec(query,
            u"INSERT INTO instances (env_id, instance_key, application_id, last_seen_ms, context,"
            " kinds, kind_keys, anonymous_kinds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {env, id, row.app, seen, u"{\"kind\":\"patient\",\"key\":\"%1\"}"_s.arg(row.key),
                u"[\"patient\"]"_s, u"[\"patient:%1\"]"_s.arg(row.key),
                row.anonymous ? u"[\"patient\"]"_s : u"[]"_s}));
        const QVariant instance = query.lastInsertId();
        QVERIFY(exec(query,
            u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms,"
            " attributes, private_attributes, anonymous, instance_id)"
            " VALUES (?, 'patient', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {env, row.key, row.app, row.name.isEmpty() ? QVariant() : row.name, seen,
                row.attributes, row.privateAttributes, row.anonymous, instance}));
        QVERIFY(
            exec(query, u"INSERT INTO context_instances (context_id, instance_id) VALUES (?, ?)"_s,
                {query.lastInsertId(), instance}));
    }
}

QList<QJsonObject> tst_SandboxAttributes::allContexts()
{
    const SandboxListing listing = m_client->listAll(u"production"_s, {}, {}, 50, true);
    if (!listing.error.isEmpty())
        qWarning("%s", qPrintable(listing.error));
    return listing.items;
}

void tst_SandboxAttributes::namesOfTheFixture()
{
    const SandboxHttpResult result = m_client->get(names());
    QCOMPARE(result.status, 200);
    QStringList kinds;
    for (const QJsonValue item : result.json.value(u"items").toArray())
        kinds.append(item[u"kind"].toString());
    QCOMPARE(kinds,
        (QStringList {u"device"_s, u"location"_s, u"organization"_s, u"patient"_s, u"user"_s}));
    // Heaviest first, then by pointer; nested objects give nested pointers; private names
    // count and are redacted; the anonymous patient's attributes are nowhere.
    QCOMPARE(describe(groups(result, "names").value(u"patient"_s)),
        (QStringList {u"/key 2"_s, u"/name 2"_s, u"/ssn 2 redacted"_s, u"/ward 2"_s,
            u"/chart/notes 1 redacted"_s, u"/chart/room 1"_s, u"/flag 1"_s, u"/score 1"_s,
            u"/tags 1"_s}));
    const QStringList users = describe(groups(result, "names").value(u"user"_s));
    QVERIFY(users.filter(QRegularExpression(u"^/address/city \\d+$"_s)).size() == 1);
    QVERIFY(users.filter(QRegularExpression(u"^/email \\d+ redacted$"_s)).size() == 1);
    QVERIFY(users.filter(QRegularExpression(u"^/groups \\d+$"_s)).size() == 1);
    QVERIFY(users.filter(u"/address "_s).isEmpty() && users.filter(u"/groups/"_s).isEmpty());
}

void tst_SandboxAttributes::namesMatchTheContextsList()
{
    // weight: distinct contexts (kind + key) carrying the pointer, value or private name.
    QHash<QString, QSet<QString>> carriers; // kind \n pointer -> kind:key
    QHash<QString, QSet<QString>> hiders;
    for (const QJsonObject &item : allContexts()) {
        const QJsonObject context = item[u"context"].toObject();
        const QString kind = context[u"kind"].toString();
        QSet<QString> found;
        leaves(context, {}, found);
        for (const QString &pointer : std::as_const(found))
            carriers[kind + u'\n' + pointer].insert(kindKey(item));
        for (const QJsonValue hidden : context[u"_meta"][u"privateAttributes"].toArray()) {
            const QString text = hidden.toString();
            const QString pointer = text.startsWith(u'/') ? text : pointerOf(text);
            carriers[kind + u'\n' + pointer].insert(kindKey(item));
            hiders[kind + u'\n' + pointer].insert(kindKey(item));
        }
    }
    QHash<QString, QString> expected;
    for (auto it = carriers.begin(); it != carriers.end(); ++it)
        expected.insert(it.key(),
            QString::number(it->size()) + (hiders.contains(it.key()) ? u" redacted"_s : QString()));
    QHash<QString, QString> actual;
    const SandboxHttpResult result = m_client->get(names());
    for (const QJsonValue item : result.json.value(u"items").toArray()) {
        for (const QJsonValue name : item[u"names"].toArray())
            actual.insert(item[u"kind"].toString() + u'\n' + name[u"name"].toString(),
                QString::number(name[u"weight"].toInteger())
                    + (name[u"redacted"].toBool() ? u" redacted"_s : QString()));
    }
    QCOMPARE(actual, expected);
}

void tst_SandboxAttributes::namesKindFilter()
{
    const SandboxHttpResult result = m_client->get(names(filter(u"kind equals organization"_s)));
    QCOMPARE(result.status, 200);
    QCOMPARE(groups(result, "names").keys(), QStringList {u"organization"_s});
    const QStringList organizations = describe(groups(result, "names").value(u"organization"_s));
    QCOMPARE(organizations.filter(QRegularExpression(u"^/(industry|employees) \\d+$"_s)).size(), 2);
    QCOMPARE(m_client->get(names(filter(u"kind equals nothing"_s))).json[u"items"].toArray(),
        QJsonArray());
}

void tst_SandboxAttributes::namesStartsWith()
{
    // With or without the leading "/", joined with a kind.
    for (const QString &prefix : {u"addr"_s, u"/addr"_s, u"\"/address/\""_s}) {
        const SandboxHttpResult result
            = m_client->get(names(filter(u"name startsWith "_s + prefix)));
        QCOMPARE(result.status, 200);
        const QHash<QString, QJsonArray> byKind = groups(result, "names");
        QCOMPARE(QSet<QString>(byKind.keyBegin(), byKind.keyEnd()),
            (QSet<QString> {u"user"_s, u"organization"_s}));
        for (const QJsonArray &list : byKind) {
            for (const QJsonValue name : list)
                QVERIFY(name[u"name"].toString().startsWith(u"/address/"_s));
        }
    }
    const SandboxHttpResult both
        = m_client->get(names(filter(u"kind equals patient, name startsWith ch"_s)));
    QCOMPARE(describe(groups(both, "names").value(u"patient"_s)),
        (QStringList {u"/chart/notes 1 redacted"_s, u"/chart/room 1"_s}));
    QCOMPARE(both.json[u"items"].toArray().size(), 1);
}

void tst_SandboxAttributes::badFilters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("kind anyOf")
        << names(filter(u"kind anyOf [\"user\"]"_s))
        << uR"(only accepts "kind equals <kind>" and "name startsWith <prefix>" clauses joined with ",", not "kind anyOf")"_s;
    QTest::newRow("name equals") << names(filter(u"name equals x"_s)) << u"not \"name equals\""_s;
    QTest::newRow("other field") << names(filter(u"key startsWith x"_s))
                                 << u"not \"key startsWith\""_s;
    QTest::newRow("or") << names(filter(u"kind equals user|kind equals device"_s))
                        << u"\"|\" (or) is not supported"_s;
    QTest::newRow("number") << names(filter(u"kind equals 5"_s))
                            << u"operator \"equals\" on field \"kind\" needs a string"_s;
    QTest::newRow("syntax") << names(filter(u"name startsWith"_s))
                            << u"Invalid filter at position"_s;
    QTest::newRow("values: name") << values(u"/plan"_s, filter(u"name startsWith f"_s))
                                  << u"\"value startsWith <prefix>\" clauses"_s;
    QTest::newRow("values: value equals")
        << values(u"/plan"_s, filter(u"value equals free"_s)) << u"not \"value equals\""_s;
    QTest::newRow("values: bad pointer") << values(u"/a~2b"_s) << u"must be followed by"_s;
}

void tst_SandboxAttributes::badFilters()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const SandboxHttpResult result = m_client->get(path);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json[u"code"].toString(), u"invalid_request"_s);
    QVERIFY2(result.json[u"message"].toString().contains(message), result.body.constData());
}

void tst_SandboxAttributes::limits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("limit"); // no kind has more entries
    QTest::addColumn<bool>("reached"); // the largest kind has exactly that many
    for (const QString &limit : {u"0"_s, u"101"_s, u"-1"_s, u"ten"_s, u""_s}) {
        QTest::addRow("names %s", qPrintable(limit))
            << names(u"limit="_s + limit) << 400 << 0 << false;
        QTest::addRow("values %s", qPrintable(limit))
            << values(u"/key"_s, u"limit="_s + limit) << 400 << 0 << false;
    }
    QTest::newRow("names 100") << names(u"limit=100"_s) << 200 << 100 << false;
    QTest::newRow("names 2") << names(u"limit=2"_s) << 200 << 2 << true;
    QTest::newRow("values default 50") << values(u"/key"_s) << 200 << 50 << true;
    QTest::newRow("values 100") << values(u"/key"_s, u"limit=100"_s) << 200 << 100 << false;
    QTest::newRow("values 1") << values(u"/plan"_s, u"limit=1"_s) << 200 << 1 << true;
}

void tst_SandboxAttributes::limits()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, limit);
    QFETCH(bool, reached);
    const SandboxHttpResult result = m_client->get(path);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QVERIFY(result.json[u"message"].toString().contains(u"limit must be an integer from 1"));
        return;
    }
    const bool isNames = path.contains(u"context-attributes?"_s);
    const QHash<QString, QJsonArray> byKind = groups(result, isNames ? "names" : "values");
    QVERIFY(!byKind.isEmpty());
    qsizetype largest = 0;
    for (const QJsonArray &list : byKind) {
        QVERIFY(list.size() <= limit);
        largest = std::max(largest, list.size());
        for (qsizetype i = 1; i < list.size(); ++i) // heaviest first
            QVERIFY(list[i - 1][u"weight"].toInteger() >= list[i][u"weight"].toInteger());
    }
    if (reached)
        QCOMPARE(largest, qsizetype(limit));
}

void tst_SandboxAttributes::valuesOfAnEncodedPointer()
{
    // One segment: "%2Faddress%2Fcity"; the weights are the contexts per city.
    QHash<QString, int> expected; // kind \n city -> contexts
    QSet<QString> counted;
    for (const QJsonObject &item : allContexts()) {
        const QJsonValue city = valueAt(item[u"context"].toObject(), u"/address/city"_s);
        const QString kind = item[u"context"][u"kind"].toString();
        if (city.isString() && !counted.contains(kindKey(item) + city.toString())) {
            counted.insert(kindKey(item) + city.toString());
            ++expected[kind + u'\n' + city.toString()];
        }
    }
    const SandboxHttpResult result = m_client->get(values(u"/address/city"_s));
    QCOMPARE(result.status, 200);
    QHash<QString, int> actual;
    const QHash<QString, QJsonArray> byKind = groups(result, "values");
    QCOMPARE(QSet<QString>(byKind.keyBegin(), byKind.keyEnd()),
        (QSet<QString> {u"organization"_s, u"user"_s}));
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        for (const QJsonValue value : *it)
            actual.insert(it.key() + u'\n' + value[u"name"].toString(),
                static_cast<int>(value[u"weight"].toInteger()));
    }
    QCOMPARE(actual, expected);
    QVERIFY(actual.contains(u"organization\nSpringfield"_s));
    QVERIFY(actual.contains(u"organization\nMidway"_s));
    // The same without the leading "/", and as a path the client writes.
    QCOMPARE(m_client->get(values(u"address/city"_s)).json, result.json);
    QCOMPARE(m_client->get(kEnv + u"/context-attributes/%2Faddress%2Fcity"_s).json, result.json);
}

void tst_SandboxAttributes::valuesOfAPlainName()
{
    const SandboxHttpResult plain = m_client->get(values(u"jobFunction"_s));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json, m_client->get(values(u"/jobFunction"_s)).json);
    const QJsonArray jobs = groups(plain, "values").value(u"user"_s);
    QCOMPARE(plain.json[u"items"].toArray().size(), 1);
    QVERIFY(jobs.size() >= 10 && jobs.size() <= 12);
    QStringList names;
    for (const QJsonValue job : jobs)
        names.append(job[u"name"].toString());
    QVERIFY(names.contains(u"doctor"_s) && names.contains(u"pharmacist"_s));

    // The kind filter keeps one kind.
    const SandboxHttpResult org
        = m_client->get(values(u"/address/city"_s, filter(u"kind equals organization"_s)));
    QCOMPARE(groups(org, "values").keys(), QStringList {u"organization"_s});
}

void tst_SandboxAttributes::valuesOfTheFixture()
{
    const auto describeValues = [this](const QString &pointer) {
        QStringList out;
        const SandboxHttpResult result
            = m_client->get(values(pointer, filter(u"kind equals patient"_s)));
        for (const QJsonValue value : groups(result, "values").value(u"patient"_s))
            out.append(
                QString::fromUtf8(
                    QJsonDocument(QJsonArray {value[u"name"]}).toJson(QJsonDocument::Compact))
                + u' ' + QString::number(value[u"weight"].toInteger()));
        return out;
    };
    // p-2's two rows count once each; array elements are values, repeated ones once.
    QCOMPARE(
        describeValues(u"/ward"_s), (QStringList {u"[\"A\"] 1"_s, u"[\"B\"] 1"_s, u"[\"C\"] 1"_s}));
    QCOMPARE(describeValues(u"/tags"_s), (QStringList {u"[\"x\"] 1"_s, u"[\"y\"] 1"_s}));
    QCOMPARE(describeValues(u"/score"_s), QStringList {u"[3.5] 1"_s});
    QCOMPARE(describeValues(u"/flag"_s), QStringList {u"[null] 1"_s});
    QCOMPARE(
        describeValues(u"/name"_s), (QStringList {u"[\"Pat One\"] 1"_s, u"[\"Pat Two\"] 1"_s}));
    QCOMPARE(describeValues(u"/chart"_s), QStringList()); // an object has no values
    QCOMPARE(describeValues(u"/secret"_s), QStringList()); // only on the anonymous one
}

void tst_SandboxAttributes::valueStartsWith()
{
    const SandboxHttpResult ph
        = m_client->get(values(u"jobFunction"_s, filter(u"value startsWith ph"_s)));
    QCOMPARE(ph.status, 200);
    const QJsonArray users = groups(ph, "values").value(u"user"_s);
    QCOMPARE(users.size(), 1);
    QCOMPARE(users[0][u"name"].toString(), u"pharmacist"_s);
    const SandboxHttpResult spring = m_client->get(
        values(u"/address/city"_s, filter(u"value startsWith Spring,kind equals organization"_s)));
    QCOMPARE(spring.json[u"items"].toArray().size(), 1);
    QCOMPARE(
        groups(spring, "values").value(u"organization"_s)[0][u"name"].toString(), u"Springfield"_s);
    // Only strings start with anything; characters that are special elsewhere are literal.
    for (const QString &odd : {u"\"1\""_s, u"\"\\\"\""_s, u"\"%\""_s, u"\"*\""_s, u"\"[\""_s}) {
        const SandboxHttpResult none
            = m_client->get(values(u"/logins"_s, filter(u"value startsWith "_s + odd)));
        QCOMPARE(none.json[u"items"].toArray(), QJsonArray());
    }
}

void tst_SandboxAttributes::privateAttributesHaveNoValues()
{
    // /ssn is private on both patients: a name, never a value.
    QCOMPARE(m_client->get(values(u"/ssn"_s)).json[u"items"].toArray(), QJsonArray());
    QCOMPARE(m_client->get(values(u"/chart/notes"_s)).json[u"items"].toArray(), QJsonArray());
    // Anna's email is private in one application only: the value seen elsewhere counts once.
    const SandboxHttpResult anna
        = m_client->get(values(u"email"_s, filter(u"value startsWith anna@globalhealth"_s)));
    QCOMPARE(groups(anna, "values").value(u"user"_s),
        (QJsonArray {
            QJsonObject {{u"name"_s, u"anna@globalhealthexample.com"_s}, {u"weight"_s, 1}}}));
}

void tst_SandboxAttributes::unauthorizedAndWrongMethod()
{
    for (const QString &path : {names(), values(u"/plan"_s)}) {
        QCOMPARE(m_client->get(path, QString()).status, 401);
        QCOMPARE(m_client->get(path, u"wrong"_s).status, 401);
        const SandboxHttpResult post = m_client->post(path);
        QCOMPARE(post.status, 405);
        QCOMPARE(post.allow, QByteArray("GET"));
    }
    QCOMPARE(
        m_client->get(u"/api/v2/projects/demo/environments/nope/context-attributes"_s).status, 404);
}

void tst_SandboxAttributes::deletingAnInstanceUpdatesTheIndex()
{
    const QString id
        = QString::fromLatin1(u"patient:p-1"_s.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    QCOMPARE(m_client->send("DELETE", kEnv + u"/context-instances/"_s + id).status, 204);
    const SandboxHttpResult after = m_client->get(names(filter(u"kind equals patient"_s)));
    QCOMPARE(describe(groups(after, "names").value(u"patient"_s)),
        (QStringList {u"/flag 1"_s, u"/key 1"_s, u"/name 1"_s, u"/score 1"_s, u"/ssn 1 redacted"_s,
            u"/tags 1"_s, u"/ward 1"_s}));
    const SandboxHttpResult wards = m_client->get(values(u"/ward"_s));
    QCOMPARE(groups(wards, "values").value(u"patient"_s).size(), 2); // A is gone
    namesMatchTheContextsList();
}

QTEST_GUILESS_MAIN(tst_SandboxAttributes)
#include "tst_SandboxAttributes.moc"
