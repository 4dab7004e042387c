// PUT /api/v2/projects/{p}/context-kinds/{key} (putContextKind) over real HTTP: create,
// update, archive and restore, as GET context-kinds then shows them; every refusal.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"kinds-token"_s;
const QString kKinds = u"/api/v2/projects/demo/context-kinds"_s;

QString kindPath(const QString &key)
{
    return kKinds + u'/' + segment(key);
}

} // namespace

class tst_SandboxKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createThenList();
    void updateBumpsTheVersion();
    void archiveAndRestore();
    void versionOnCreate();
    void seededKindKeepsItsOrigin();
    void refused_data();
    void refused();
    void unknownProject();
    void unauthorizedAndWrongMethod();

private:
    QJsonObject kind(const QString &key); // from GET context-kinds; empty when absent
    SandboxHttpResult put(const QString &key, const QByteArray &body,
        const std::optional<QString> &token = std::nullopt);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxKinds::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 20;
    options.token = kToken;
    options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

QJsonObject tst_SandboxKinds::kind(const QString &key)
{
    const SandboxHttpResult result = m_client->get(kKinds);
    if (result.status != 200)
        qWarning("GET context-kinds: %d", result.status);
    for (const QJsonValue item : result.json[u"items"].toArray()) {
        if (item[u"key"].toString() == key)
            return item.toObject();
    }
    return {};
}

SandboxHttpResult tst_SandboxKinds::put(
    const QString &key, const QByteArray &body, const std::optional<QString> &token)
{
    return m_client->send("PUT", kindPath(key), body, token);
}

void tst_SandboxKinds::createThenList()
{
    QVERIFY(kind(u"team"_s).isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const SandboxHttpResult result
        = put(u"team"_s, R"({"name":"Team","description":"Squads and guilds"})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json[u"status"].toString(), u"success"_s);
    QCOMPARE(result.json[u"_links"][u"self"][u"href"].toString(), kindPath(u"team"_s));
    QCOMPARE(result.json[u"_links"][u"parent"][u"href"].toString(), kKinds);

    const QJsonObject team = kind(u"team"_s);
    QCOMPARE(team[u"name"].toString(), u"Team"_s);
    QCOMPARE(team[u"description"].toString(), u"Squads and guilds"_s);
    QCOMPARE(team[u"createdFrom"].toString(), u"manual"_s);
    QCOMPARE(team[u"version"].toInt(), 1);
    QCOMPARE(team[u"archived"].toBool(true), false);
    QCOMPARE(team[u"hideInTargeting"].toBool(true), false);
    QVERIFY(team[u"creationDate"].toInteger() >= before);
    QCOMPARE(team[u"lastModified"].toInteger(), team[u"creationDate"].toInteger());
    QVERIFY(!team.contains(u"lastSeen")); // no context of that kind yet
    QCOMPARE(team[u"_links"][u"self"][u"href"].toString(), kindPath(u"team"_s));
}

void tst_SandboxKinds::updateBumpsTheVersion()
{
    QCOMPARE(put(u"squad"_s, R"({"name":"Squad","description":"first"})").status, 200);
    const QJsonObject created = kind(u"squad"_s);
    QTest::qWait(5);
    // Only the given fields change: no description keeps the old one.
    QCOMPARE(put(u"squad"_s, R"({"name":"Squads"})").status, 200);
    const QJsonObject updated = kind(u"squad"_s);
    QCOMPARE(updated[u"version"].toInt(), 2);
    QCOMPARE(updated[u"name"].toString(), u"Squads"_s);
    QCOMPARE(updated[u"description"].toString(), u"first"_s);
    QCOMPARE(updated[u"creationDate"], created[u"creationDate"]);
    QVERIFY(updated[u"lastModified"].toInteger() > created[u"lastModified"].toInteger());
    QCOMPARE(updated[u"createdFrom"].toString(), u"manual"_s);
    // A version in an update's body does not set it: the version goes up by one.
    QCOMPARE(put(u"squad"_s, R"({"name":"Squads","description":"","version":40})").status, 200);
    QCOMPARE(kind(u"squad"_s)[u"version"].toInt(), 3);
    QCOMPARE(kind(u"squad"_s)[u"description"].toString(), QString());
}

void tst_SandboxKinds::archiveAndRestore()
{
    QCOMPARE(put(u"cohort"_s, R"({"name":"Cohort"})").status, 200);
    // archived and hideInTargeting are aliases: either one sets both.
    QCOMPARE(put(u"cohort"_s, R"({"name":"Cohort","archived":true})").status, 200);
    QJsonObject cohort = kind(u"cohort"_s);
    QVERIFY(cohort[u"archived"].toBool() && cohort[u"hideInTargeting"].toBool());
    QCOMPARE(cohort[u"version"].toInt(), 2);
    QCOMPARE(put(u"cohort"_s, R"({"name":"Cohort"})").status, 200); // unchanged
    QVERIFY(kind(u"cohort"_s)[u"archived"].toBool());
    QCOMPARE(put(u"cohort"_s, R"({"name":"Cohort","hideInTargeting":false})").status, 200);
    cohort = kind(u"cohort"_s);
    QVERIFY(!cohort[u"archived"].toBool(true) && !cohort[u"hideInTargeting"].toBool(true));
    QCOMPARE(put(u"cohort"_s, R"({"name":"Cohort","archived":true,"hideInTargeting":true})").status,
        200);
    QVERIFY(kind(u"cohort"_s)[u"hideInTargeting"].toBool());
    // The seeded archived kind comes back too.
    QVERIFY(kind(u"service"_s)[u"archived"].toBool());
    QCOMPARE(put(u"service"_s, R"({"name":"Service","archived":false})").status, 200);
    QVERIFY(!kind(u"service"_s)[u"archived"].toBool(true));
    QCOMPARE(kind(u"service"_s)[u"version"].toInt(), 3);
}

void tst_SandboxKinds::versionOnCreate()
{
    QCOMPARE(put(u"guild.v2_x-1"_s, R"({"name":"Guild","version":7})").status, 200);
    QCOMPARE(kind(u"guild.v2_x-1"_s)[u"version"].toInt(), 7);
}

void tst_SandboxKinds::seededKindKeepsItsOrigin()
{
    const QJsonObject before = kind(u"user"_s);
    QCOMPARE(put(u"user"_s, R"({"name":"User"})").status, 200);
    const QJsonObject after = kind(u"user"_s);
    QCOMPARE(after[u"createdFrom"].toString(), u"default"_s);
    QCOMPARE(after[u"name"].toString(), u"User"_s);
    QCOMPARE(after[u"description"], before[u"description"]);
    QCOMPARE(after[u"lastSeen"], before[u"lastSeen"]);
    QCOMPARE(after[u"version"].toInt(), before[u"version"].toInt() + 1);
}

void tst_SandboxKinds::refused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"name":"X"})";
    QTest::newRow("no name") << u"a"_s << QByteArray(R"({"description":"d"})")
                             << u"name is required"_s;
    QTest::newRow("empty name") << u"a"_s << QByteArray(R"({"name":" "})") << u"name is required"_s;
    QTest::newRow("name not a string")
        << u"a"_s << QByteArray(R"({"name":5})") << u"name is required"_s;
    QTest::newRow("malformed") << u"a"_s << QByteArray(R"({"name":)") << u"Invalid request body"_s;
    QTest::newRow("not an object")
        << u"a"_s << QByteArray(R"(["name"])") << u"expected a JSON object"_s;
    QTest::newRow("empty body") << u"a"_s << QByteArray() << u"Invalid request body"_s;
    QTest::newRow("archived not bool") << u"a"_s << QByteArray(R"({"name":"X","archived":"yes"})")
                                       << u"archived must be true or false"_s;
    QTest::newRow("aliases differ")
        << u"a"_s << QByteArray(R"({"name":"X","archived":true,"hideInTargeting":false})")
        << u"aliases"_s;
    QTest::newRow("description") << u"a"_s << QByteArray(R"({"name":"X","description":1})")
                                 << u"description must be a string"_s;
    QTest::newRow("version 0") << u"a"_s << QByteArray(R"({"name":"X","version":0})")
                               << u"version must be a positive integer"_s;
    QTest::newRow("version 1.5") << u"a"_s << QByteArray(R"({"name":"X","version":1.5})")
                                 << u"version must be a positive integer"_s;
    QTest::newRow("reserved kind") << u"kind"_s << good << u"\"kind\" is reserved"_s;
    QTest::newRow("reserved multi") << u"multi"_s << good << u"\"multi\" is reserved"_s;
    for (const QString &key : {u"a b"_s, u"a/b"_s, u"a:b"_s, u"ü"_s, u"a%"_s})
        QTest::addRow("key %s", qPrintable(key)) << key << good << u"invalid context kind key"_s;
}

void tst_SandboxKinds::refused()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const SandboxHttpResult result = put(key, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json[u"code"].toString(), u"invalid_request"_s);
    QVERIFY2(result.json[u"message"].toString().contains(message), result.body.constData());
    QVERIFY(kind(key).isEmpty() || key == u"a"_s);
}

void tst_SandboxKinds::unknownProject()
{
    const SandboxHttpResult result = m_client->send(
        "PUT", u"/api/v2/projects/nope/context-kinds/team"_s, R"({"name":"Team"})");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json[u"code"].toString(), u"not_found"_s);
}

void tst_SandboxKinds::unauthorizedAndWrongMethod()
{
    QCOMPARE(put(u"ghost"_s, R"({"name":"Ghost"})", QString()).status, 401);
    QCOMPARE(put(u"ghost"_s, R"({"name":"Ghost"})", u"wrong"_s).status, 401);
    QVERIFY(kind(u"ghost"_s).isEmpty());
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")}) {
        const SandboxHttpResult result = m_client->send(method, kindPath(u"team"_s));
        QCOMPARE(result.status, 405);
        QCOMPARE(result.allow, QByteArray("PUT"));
    }
    QCOMPARE(m_client->send("PUT", kKinds, R"({"name":"X"})").allow, QByteArray("GET"));
}

QTEST_GUILESS_MAIN(tst_SandboxKinds)
#include "tst_SandboxKinds.moc"
