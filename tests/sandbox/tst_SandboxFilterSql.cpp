// FilterSql: filter expressions to SQL. Unsupported fields, operators and values are refused
// with a precise sentence; everything accepted runs on a real seeded store; values are bound.

#include "FilterSql.h"
#include "SandboxSeeder.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;

class tst_SandboxFilterSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void everyAcceptedClauseRuns();
    void valuesAreBoundNotWritten();
    void pointerBecomesJsonPath();
    void matches_data();
    void matches();

private:
    std::optional<SqlCondition> translate(const QString &filter, QString *error = nullptr);
    qint64 count(const QString &filter);

    SandboxStore m_store;
    qint64 m_environment = 0;
};

void tst_SandboxFilterSql::initTestCase()
{
    QString error;
    QVERIFY2(m_store.open({}, &error), qPrintable(error));
    SandboxSeeder seeder(m_store.database(),
        QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY2(seeder.seed(60, &error), qPrintable(error));
    const std::optional<EnvironmentRow> environment
        = m_store.environment(QStringLiteral("demo"), QStringLiteral("production"));
    QVERIFY(environment);
    m_environment = environment->id;
}

std::optional<SqlCondition> tst_SandboxFilterSql::translate(const QString &filter, QString *error)
{
    const ctx::filter::ParseResult parsed = ctx::filter::parse(filter);
    if (!parsed.ok() || !parsed.expression) {
        if (error)
            *error = QStringLiteral("parse error");
        return std::nullopt;
    }
    QString message;
    std::optional<SqlCondition> condition = FilterSql::translate(*parsed.expression, &message);
    if (error)
        *error = message;
    return condition;
}

qint64 tst_SandboxFilterSql::count(const QString &filter)
{
    SandboxStore::ListQuery query;
    query.environmentId = m_environment;
    QString error;
    query.filter = translate(filter, &error);
    if (!query.filter) {
        qWarning("%s: %s", qPrintable(filter), qPrintable(error));
        return -1;
    }
    const std::optional<qint64> total = m_store.countContexts(query, &error);
    if (!total)
        qWarning("%s: %s", qPrintable(filter), qPrintable(error));
    return total.value_or(-1);
}

void tst_SandboxFilterSql::refused_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("kinds startsWith")
        << QStringLiteral("kinds startsWith \"u\"")
        << QStringLiteral("field \"kinds\" does not support operator \"startsWith\"");
    QTest::newRow("kind startsWith")
        << QStringLiteral("kind startsWith u")
        << QStringLiteral("field \"kind\" does not support operator \"startsWith\"");
    QTest::newRow("key exists") << QStringLiteral(
        "key exists true") << QStringLiteral("field \"key\" does not support operator \"exists\"");
    QTest::newRow("applicationId contains")
        << QStringLiteral("applicationId contains [\"a\"]")
        << QStringLiteral("field \"applicationId\" does not support operator \"contains\"");
    QTest::newRow("q notEquals") << QStringLiteral(
        "q notEquals x") << QStringLiteral("field \"q\" does not support operator \"notEquals\"");
    QTest::newRow("attribute contains")
        << QStringLiteral("user.groups contains [\"vip\"]")
        << QStringLiteral("field \"user.groups\" does not support operator \"contains\"");
    QTest::newRow("unknown field") << QStringLiteral("location equals Springfield")
                                   << QStringLiteral("unknown field \"location\"");
    QTest::newRow("anyOf needs a list")
        << QStringLiteral("kind anyOf 5")
        << QStringLiteral("operator \"anyOf\" on field \"kind\" needs a list of strings");
    // One string is not a list: a 400, not a one-item list (issue 15).
    QTest::newRow("anyOf one string")
        << QStringLiteral("kind anyOf \"user\"")
        << QStringLiteral("operator \"anyOf\" on field \"kind\" needs a list of strings");
    QTest::newRow("kindKeys anyOf one string")
        << QStringLiteral("kindKeys anyOf \"user:anna\"")
        << QStringLiteral("operator \"anyOf\" on field \"kindKeys\" needs a list of strings");
    QTest::newRow("id anyOf one string")
        << QStringLiteral("id anyOf \"abc\"")
        << QStringLiteral("operator \"anyOf\" on field \"id\" needs a list of strings");
    QTest::newRow("attribute anyOf one value")
        << QStringLiteral("user.plan anyOf \"pro\"")
        << QStringLiteral("operator \"anyOf\" on field \"user.plan\" needs a list of values");
    QTest::newRow("equals needs a string") << QStringLiteral(
        "key equals 5") << QStringLiteral("operator \"equals\" on field \"key\" needs a string");
    QTest::newRow("exists needs a bool")
        << QStringLiteral("name exists yes") << QStringLiteral("needs true or false");
    QTest::newRow("bad date") << QStringLiteral("user.createdAt before yesterday")
                              << QStringLiteral(
                                     "needs an RFC 3339 date-time or epoch milliseconds");
    QTest::newRow("bad pointer") << QStringLiteral("user./a~2b equals 1")
                                 << QStringLiteral("invalid JSON pointer");
    QTest::newRow("no kind") << QStringLiteral(".email equals x")
                             << QStringLiteral("needs a context kind or \"*\"");
    QTest::newRow("no attribute") << QStringLiteral("user. equals x")
                                  << QStringLiteral("names no attribute");
    QTest::newRow("second clause")
        << QStringLiteral("kind equals user,kinds before 5")
        << QStringLiteral("field \"kinds\" does not support operator \"before\"");
}

void tst_SandboxFilterSql::refused()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!translate(filter, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_SandboxFilterSql::everyAcceptedClauseRuns()
{
    const QStringList fields {QStringLiteral("kind"), QStringLiteral("key"),
        QStringLiteral("kindKey"), QStringLiteral("name"), QStringLiteral("applicationId"),
        QStringLiteral("id"), QStringLiteral("kinds"), QStringLiteral("kindKeys"),
        QStringLiteral("q"), QStringLiteral("user.email"), QStringLiteral("*.name"),
        QStringLiteral("*.key"), QStringLiteral("organization./address/city"),
        QStringLiteral("user.createdAt"), QStringLiteral("\"user.a b\"")};
    const QStringList operators {QStringLiteral("equals"), QStringLiteral("notEquals"),
        QStringLiteral("anyOf"), QStringLiteral("startsWith"), QStringLiteral("exists"),
        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("contains")};
    const QStringList values {QStringLiteral("\"x\""), QStringLiteral("5"), QStringLiteral("true"),
        QStringLiteral("null"), QStringLiteral("[\"user\",\"device\"]"), QStringLiteral("[]"),
        QStringLiteral("{\"a\":1}"), QStringLiteral("\"2026-01-01T00:00:00Z\""),
        QStringLiteral("1767225600000")};
    int accepted = 0;
    for (const QString &field : fields) {
        for (const QString &op : operators) {
            for (const QString &value : values) {
                const QString filter = field + u' ' + op + u' ' + value;
                QString error;
                if (!translate(filter, &error)) {
                    QVERIFY2(!error.isEmpty(), qPrintable(filter));
                    continue;
                }
                ++accepted;
                QVERIFY2(count(filter) >= 0, qPrintable(filter));
            }
        }
    }
    QVERIFY(accepted > 100);
}

void tst_SandboxFilterSql::valuesAreBoundNotWritten()
{
    const QString hostile = QStringLiteral("x'); DROP TABLE contexts; --");
    const QString filter = QStringLiteral("key equals %1|user.email startsWith %1|q equals %1")
                               .arg(ctx::filter::printValue(hostile));
    const std::optional<SqlCondition> condition = translate(filter);
    QVERIFY(condition);
    QVERIFY(!condition->sql.contains(QStringLiteral("DROP")));
    QVERIFY(condition->binds.contains(hostile));
    QCOMPARE(count(filter), 0);
    QVERIFY(count(QStringLiteral("kind equals user")) > 0); // the table is still there
}

void tst_SandboxFilterSql::pointerBecomesJsonPath()
{
    const std::optional<SqlCondition> condition
        = translate(QStringLiteral("user./job~1title~0x equals a"));
    QVERIFY(condition);
    QVERIFY(condition->binds.contains(QStringLiteral("$.\"job/title~x\"")));
    const std::optional<SqlCondition> nested
        = translate(QStringLiteral("*./address/city exists true"));
    QVERIFY(nested);
    QVERIFY(nested->binds.contains(QStringLiteral("$.\"address\".\"city\"")));
    // A literal name is one attribute, even with a slash in it.
    const std::optional<SqlCondition> literal
        = translate(QStringLiteral("*.address/city exists true"));
    QVERIFY(literal);
    QVERIFY(literal->binds.contains(QStringLiteral("$.\"address/city\"")));
}

void tst_SandboxFilterSql::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("Anna by kindKey")
        << QStringLiteral("kindKey equals \"user:user-key-123abc\"") << qint64(3);
    QTest::newRow("Anna by q, any case") << QStringLiteral("q equals ANNA") << qint64(3);
    QTest::newRow("q over attribute values")
        << QStringLiteral("q equals globalhealthexample") << qint64(2);
    QTest::newRow("doctor") << QStringLiteral(
        "user.jobFunction equals doctor,key equals user-key-123abc")
                            << qint64(3);
    QTest::newRow("a private value is absent")
        << QStringLiteral("user.email equals \"anna@globalhealthexample.com\"") << qint64(2);
    QTest::newRow("number") << QStringLiteral("device.deviceId equals 12345") << qint64(1);
    QTest::newRow("number as string does not match")
        << QStringLiteral("device.deviceId equals \"12345\"") << qint64(0);
    QTest::newRow("object equals") << QStringLiteral(
        "organization.address equals {\"street\":\"123 Main Street\",\"city\":\"Springfield\"}")
                                   << qint64(1);
    QTest::newRow("pointer") << QStringLiteral(
        "organization./address/city equals Springfield,name equals \"Global Health Services\"")
                             << qint64(1);
    QTest::newRow("Midway") << QStringLiteral(
        "*./address/city anyOf [\"Midway\"],key startsWith org-key")
                            << qint64(1);
    QTest::newRow("kinds equals is a set") << QStringLiteral(
        "kinds equals [\"user\",\"organization\",\"device\"],key startsWith device-key")
                                           << qint64(2);
    QTest::newRow("kindKeys contains") << QStringLiteral(
        "kindKeys contains [\"user:user-key-123abc\",\"device:device-key-123abc\"]")
                                       << qint64(3);
    QTest::newRow("devices have no name")
        << QStringLiteral("kind equals device,name exists true") << qint64(0);
    QTest::newRow("not equals") << QStringLiteral(
        "kindKey equals \"user:user-key-123abc\",applicationId notEquals \"GoSDK/1.2\"")
                                << qint64(2);
    QTest::newRow("instance id") << QStringLiteral("id equals dXNlcjp1c2VyLWtleS0xMjNhYmM")
                                 << qint64(1);
    QTest::newRow("or group") << QStringLiteral(
        "key equals org-key-123abc|(kind equals device,device.type equals iPad,key startsWith "
        "device-key)") << qint64(2);
}

void tst_SandboxFilterSql::matches()
{
    QFETCH(QString, filter);
    QFETCH(qint64, expected);
    QCOMPARE(count(filter), expected);
}

QTEST_GUILESS_MAIN(tst_SandboxFilterSql)
#include "tst_SandboxFilterSql.moc"
