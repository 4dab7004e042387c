// The contexts filter grammar of api-notes.md §2, field by field and operator by operator,
// on five hand-made contexts whose answers are known: every field and operator of the spec's
// table, JSON pointers, AND / OR / parentheses, quoted and unquoted values, dates as RFC 3339
// or epoch milliseconds (inclusive). tst_SandboxFilterSql covers the refusals' wording and the
// seeded data; this test pins the answers.

#include "FilterSql.h"
#include "SandboxStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace sandbox;
using namespace Qt::StringLiterals;

class tst_SandboxFilterGrammar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answers_data();
    void answers();
    void refused_data();
    void refused();

private:
    std::optional<QString> matches(const QString &filter, QString *error);

    SandboxStore m_store;
    qint64 m_environment = 0;
};

void tst_SandboxFilterGrammar::initTestCase()
{
    QString error;
    QVERIFY2(m_store.open({}, &error), qPrintable(error));
    QSqlQuery query(m_store.database());
    const auto run = [&query](const QString &sql, const QVariantList &binds = {}) {
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        return query.exec();
    };
    QVERIFY(run(u"INSERT INTO projects (key, name, created_ms) VALUES ('p', 'P', 0)"_s));
    QVERIFY(run(u"INSERT INTO environments (project_id, key, name, environment_id)"
                " VALUES (1, 'e', 'E', 'abc')"_s));
    m_environment = query.lastInsertId().toLongLong();
    // Instances: A = user u-1 + organization o-1 (web), B = user u-2 + device d-1 (ios),
    // C = user u-3 alone (web).
    const struct
    {
        QString id, app, kinds, kindKeys;
    } instances[] = {
        {u"A"_s, u"web"_s, uR"(["organization","user"])"_s,
            uR"(["organization:o-1","user:u-1"])"_s},
        {u"B"_s, u"ios"_s, uR"(["device","user"])"_s, uR"(["device:d-1","user:u-2"])"_s},
        {u"C"_s, u"web"_s, uR"(["user"])"_s, uR"(["user:u-3"])"_s},
    };
    for (const auto &instance : instances)
        QVERIFY(run(u"INSERT INTO instances (env_id, instance_key, application_id, last_seen_ms,"
                    " context, kinds, kind_keys) VALUES (?, ?, ?, 0, '{}', ?, ?)"_s,
            {m_environment, instance.id, instance.app, instance.kinds, instance.kindKeys}));
    const struct
    {
        QString kind, key, app;
        QVariant name;
        QString attributes;
        int instance;
    } rows[] = {
        {u"user"_s, u"u-1"_s, u"web"_s, u"Ada Lovelace"_s,
            uR"({"email":"ada@x.io","plan":"pro","createdAt":"2025-01-15T10:00:00Z",
                "signup":1736935200000,"score":4.5,"tags":["a","b"],"beta":true,"nothing":null,
                "address":{"city":"Springfield","zip":"01101"},"job/title":"eng",
                "job":{"title":"lead"}})"_s,
            1},
        {u"user"_s, u"u-2"_s, u"ios"_s, u"Bob"_s,
            uR"({"email":"bob@y.io","plan":"free","createdAt":"2025-06-01T00:00:00+02:00",
                "signup":1748728800000,"tags":["b"],"address":{"city":"Midway"},"beta":false})"_s,
            2},
        {u"user"_s, u"u-3"_s, u"web"_s, {},
            uR"j({"plan":"free","createdAt":"not a date","note":"Hello, World (x)"})j"_s, 3},
        {u"organization"_s, u"o-1"_s, u"web"_s, u"Acme"_s,
            uR"({"address":{"city":"Springfield"},"plan":"enterprise",
                "createdAt":"2024-12-31t23:59:59.999z"})"_s,
            1},
        {u"device"_s, u"d-1"_s, u"ios"_s, {},
            uR"({"type":"iPad","os":{"name":"iPadOS","version":"17.4"}})"_s, 2},
    };
    for (const auto &row : rows)
        QVERIFY(run(u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms,"
                    " attributes, instance_id) VALUES (?, ?, ?, ?, ?, 0, json(?), ?)"_s,
            {m_environment, row.kind, row.key, row.app, row.name, row.attributes, row.instance}));
}

// The keys the filter selects, sorted and joined with ","; nothing when it is refused.
std::optional<QString> tst_SandboxFilterGrammar::matches(const QString &filter, QString *error)
{
    const ctx::filter::ParseResult parsed = ctx::filter::parse(filter);
    if (!parsed.ok() || !parsed.expression) {
        *error = parsed.error ? parsed.error->message : u"empty"_s;
        return std::nullopt;
    }
    SandboxStore::ListQuery list;
    list.environmentId = m_environment;
    list.limit = 100;
    list.filter = FilterSql::translate(*parsed.expression, error);
    if (!list.filter)
        return std::nullopt;
    const std::optional<QList<ContextRow>> rows = m_store.listContexts(list, error);
    if (!rows)
        return std::nullopt;
    QStringList keys;
    for (const ContextRow &row : *rows)
        keys.append(row.sortKey.key);
    keys.sort();
    return keys.join(u',');
}

void tst_SandboxFilterGrammar::answers_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("keys");
    const auto row = [](const QString &filter, const QString &keys) {
        QTest::newRow(qPrintable(filter)) << filter << keys;
    };
    // key
    row(u"key equals u-1"_s, u"u-1"_s);
    row(u"key notEquals u-1"_s, u"d-1,o-1,u-2,u-3"_s);
    row(u"key anyOf [\"u-1\",\"d-1\"]"_s, u"d-1,u-1"_s);
    row(u"key startsWith u-"_s, u"u-1,u-2,u-3"_s);
    // kind
    row(u"kind equals user"_s, u"u-1,u-2,u-3"_s);
    row(u"kind notEquals user"_s, u"d-1,o-1"_s);
    row(u"kind anyOf [\"device\",\"organization\"]"_s, u"d-1,o-1"_s);
    // kindKey
    row(u"kindKey equals \"user:u-2\""_s, u"u-2"_s);
    row(u"kindKey notEquals \"user:u-2\""_s, u"d-1,o-1,u-1,u-3"_s);
    row(u"kindKey anyOf [\"user:u-1\",\"device:d-1\",\"user:nobody\"]"_s, u"d-1,u-1"_s);
    // kinds and kindKeys: the instance the row was last seen in
    row(u"kinds equals [\"user\",\"organization\"]"_s, u"o-1,u-1"_s); // a set: any order
    row(u"kinds equals [\"user\"]"_s, u"u-3"_s);
    row(u"kinds equals user"_s, u"u-3"_s);
    row(u"kinds anyOf [\"device\"]"_s, u"d-1,u-2"_s);
    row(u"kinds contains [\"user\",\"device\"]"_s, u"d-1,u-2"_s);
    row(u"kindKeys equals [\"user:u-3\"]"_s, u"u-3"_s);
    row(u"kindKeys anyOf [\"organization:o-1\"]"_s, u"o-1,u-1"_s);
    row(u"kindKeys contains [\"user:u-2\",\"device:d-1\"]"_s, u"d-1,u-2"_s);
    // name
    row(u"name equals \"Ada Lovelace\""_s, u"u-1"_s);
    row(u"name notEquals Bob"_s, u"d-1,o-1,u-1,u-3"_s); // also the nameless
    row(u"name exists true"_s, u"o-1,u-1,u-2"_s);
    row(u"name exists false"_s, u"d-1,u-3"_s);
    row(u"name anyOf [\"Bob\",\"Acme\"]"_s, u"o-1,u-2"_s);
    row(u"name startsWith A"_s, u"o-1,u-1"_s);
    // applicationId, id
    row(u"applicationId equals web"_s, u"o-1,u-1,u-3"_s);
    row(u"applicationId notEquals web"_s, u"d-1,u-2"_s);
    row(u"applicationId anyOf [\"ios\"]"_s, u"d-1,u-2"_s);
    row(u"id equals A"_s, u"o-1,u-1"_s);
    row(u"id notEquals A"_s, u"d-1,u-2,u-3"_s);
    row(u"id anyOf [\"B\",\"C\"]"_s, u"d-1,u-2,u-3"_s);
    // q: key, name or any string attribute, any case; a list needs every term
    row(u"q equals lovelace"_s, u"u-1"_s);
    row(u"q equals SPRINGFIELD"_s, u"o-1,u-1"_s);
    row(u"q equals [\"ada\",\"x.io\"]"_s, u"u-1"_s);
    row(u"q equals [\"springfield\",\"acme\"]"_s, u"o-1"_s);
    row(u"q equals \"hello, world\""_s, u"u-3"_s);
    row(u"q equals hello\\,\\ world"_s, u"u-3"_s); // unquoted, escaped
    // <kind>.<attr> and *.<attr>
    row(u"user.plan equals free"_s, u"u-2,u-3"_s);
    row(u"user.plan notEquals free"_s, u"u-1"_s); // only users
    row(u"*.plan notEquals free"_s, u"d-1,o-1,u-1"_s); // also without the attribute
    row(u"*.plan anyOf [\"pro\",\"enterprise\"]"_s, u"o-1,u-1"_s);
    row(u"user.email exists true"_s, u"u-1,u-2"_s);
    row(u"*.email exists false"_s, u"d-1,o-1,u-3"_s);
    row(u"user.email startsWith bob"_s, u"u-2"_s);
    row(u"\"user.plan\" equals \"pro\""_s, u"u-1"_s); // a quoted field
    row(u"user.score equals 4.5"_s, u"u-1"_s);
    row(u"user.beta equals false"_s, u"u-2"_s);
    row(u"user.nothing equals null"_s, u"u-1"_s);
    row(u"user.nothing exists true"_s, u"u-1"_s);
    row(u"user.tags equals [\"a\",\"b\"]"_s, u"u-1"_s);
    row(u"user.tags notEquals [\"b\"]"_s, u"u-1,u-3"_s);
    row(u"*.name startsWith A"_s, u"o-1,u-1"_s);
    row(u"*.key anyOf [\"d-1\"]"_s, u"d-1"_s);
    // JSON pointers: "/" separates, "~1" is a "/" in a name; a literal name keeps its "/"
    row(u"*./address/city equals Springfield"_s, u"o-1,u-1"_s);
    row(u"user./address/zip exists true"_s, u"u-1"_s);
    row(u"device./os/version startsWith \"17.\""_s, u"d-1"_s);
    row(u"user./job~1title equals eng"_s, u"u-1"_s);
    row(u"user./job/title equals lead"_s, u"u-1"_s);
    row(u"user.job/title equals eng"_s, u"u-1"_s);
    // before / after: inclusive; RFC 3339 (offsets, any case) or epoch ms (number or digits)
    row(u"user.createdAt before \"2025-03-01T00:00:00Z\""_s, u"u-1"_s);
    row(u"user.createdAt before 1740787200000"_s, u"u-1"_s);
    row(u"user.createdAt before \"1740787200000\""_s, u"u-1"_s);
    row(u"user.createdAt after \"2025-05-31T22:00:00Z\""_s, u"u-2"_s); // the same instant
    row(u"user.createdAt before \"2025-06-01T00:00:00+02:00\""_s, u"u-1,u-2"_s);
    row(u"user.createdAt after \"2025-06-01t00:00:00.001+02:00\""_s, QString());
    row(u"*.createdAt before \"2025-01-01T00:00:00Z\""_s, u"o-1"_s); // stored in lower case
    row(u"*.createdAt after \"2024-12-31T23:59:59.999Z\""_s, u"o-1,u-1,u-2"_s);
    row(u"user.signup after \"2025-05-01T00:00:00Z\""_s, u"u-2"_s); // stored as epoch ms
    row(u"user.signup before 1736935200000"_s, u"u-1"_s);
    row(u"user.note before \"2100-01-01T00:00:00Z\""_s, QString()); // not a date
    // AND, OR, parentheses
    row(u"kind equals device|(kind equals user,user.plan equals pro)"_s, u"d-1,u-1"_s);
    row(u"(key equals u-1|key equals u-2),applicationId equals ios"_s, u"u-2"_s);
    row(u"((kind equals user)),name exists true"_s, u"u-1,u-2"_s);
    row(u"kind equals user, key startsWith u, name exists false"_s, u"u-3"_s);
}

void tst_SandboxFilterGrammar::answers()
{
    QFETCH(QString, filter);
    QFETCH(QString, keys);
    QString error;
    const std::optional<QString> found = matches(filter, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, keys);
}

void tst_SandboxFilterGrammar::refused_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("id startsWith")
        << u"id startsWith A"_s << u"field \"id\" does not support operator \"startsWith\""_s;
    QTest::newRow("kindKey startsWith")
        << u"kindKey startsWith user"_s << u"does not support operator \"startsWith\""_s;
    QTest::newRow("applicationId exists")
        << u"applicationId exists true"_s << u"does not support operator \"exists\""_s;
    QTest::newRow("name contains")
        << u"name contains [\"A\"]"_s << u"does not support operator \"contains\""_s;
    QTest::newRow("q number") << u"q equals 5"_s << u"needs a string or a list of strings"_s;
    QTest::newRow("q list of numbers")
        << u"q equals [1]"_s << u"needs a string or a list of strings"_s;
    QTest::newRow("date list") << u"user.createdAt after [1]"_s
                               << u"needs an RFC 3339 date-time or epoch milliseconds"_s;
    QTest::newRow("date bool") << u"user.createdAt before true"_s
                               << u"needs an RFC 3339 date-time or epoch milliseconds"_s;
    QTest::newRow("kinds number") << u"kinds anyOf 5"_s << u"needs a list of strings"_s;
    QTest::newRow("lte") << u"key lte 5"_s << QString(); // the parser refuses
}

void tst_SandboxFilterGrammar::refused()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!matches(filter, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SandboxFilterGrammar)
#include "tst_SandboxFilterGrammar.moc"
