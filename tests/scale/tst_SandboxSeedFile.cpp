// contexts-sandbox --db FILE --seed N, the real executable: it reports its progress on stderr,
// a second start on the same file reuses the seed (a row added in between survives), another N
// is refused with a message and leaves the file alone, an interrupted seed is replaced, a seeded
// file has every index and trigger the lists and later writes need, and a file that is not a
// database is refused.

#include "SandboxProcess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Runs the sandbox on `db` with a seed of `contexts` until it serves (then stops it) or exits.
SandboxRun runSeed(const QString &db, int contexts)
{
    return runSandbox({u"--db"_s, db, u"--seed"_s, QString::number(contexts), u"--now"_s,
                          u"2026-11-20T10:00:00Z"_s},
        {}, 60000);
}

// One statement on the file through a connection of its own: column `column` of every row.
QVariantList column(const QString &db, const QString &sql, int column)
{
    const QString name = QUuid::createUuid().toString();
    QVariantList values;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(db);
        if (connection.open()) {
            QSqlQuery q(connection);
            if (q.exec(sql)) {
                while (q.next())
                    values.append(q.value(column));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// The first value of one statement on the file.
QVariant query(const QString &db, const QString &sql)
{
    const QVariantList values = column(db, sql, 0);
    return values.isEmpty() ? QVariant() : values.front();
}

// SQLite's plan for `sql` on the file, its steps joined.
QString planOf(const QString &db, const QString &sql)
{
    QStringList steps;
    for (const QVariant &step : column(db, u"EXPLAIN QUERY PLAN "_s + sql, 3))
        steps.append(step.toString());
    return steps.join(u"; "_s);
}

// The file's secondary indexes and triggers, by name, and whether context_keys and
// context_names hold a row for each (named) context.
QString indexesOf(const QString &db)
{
    return query(db,
        u"SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master"
        " WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY name)"_s)
        .toString();
}

const QString kIndexes = u"attribute_values_heavy context_instances_instance context_keys_delete"
                         " context_keys_insert context_keys_update contexts_kind_key"
                         " contexts_kind_recent"
                         " contexts_recent instances_recent"_s;

bool identitiesComplete(const QString &db)
{
    return query(db,
        u"SELECT (SELECT COUNT(*) FROM context_keys) = (SELECT COUNT(*) FROM contexts)"
        " AND (SELECT COUNT(*) FROM context_names)"
        " = (SELECT COUNT(*) FROM contexts WHERE name IS NOT NULL)"_s)
        .toBool();
}

} // namespace

class tst_SandboxSeedFile : public QObject
{
    Q_OBJECT

private slots:
    void seedThenReuse();
    void anotherCountIsRefused();
    void interruptedSeedIsReplaced();
    void seededFileIsIndexed();
    void notADatabaseIsRefused();

private:
    QTemporaryDir m_dir;
};

void tst_SandboxSeedFile::seedThenReuse()
{
    const QString db = m_dir.filePath(u"reuse.db"_s);
    const SandboxRun first = runSeed(db, 200);
    QCOMPARE(first.exitCode, -1);
    QVERIFY2(
        first.stderrText.contains(u"seeding 200 contexts:   0%"_s), qPrintable(first.stderrText));
    QVERIFY2(first.stderrText.contains(u"seeding 200 contexts: 100% (done)"_s),
        qPrintable(first.stderrText));
    QVERIFY(first.stderrText.contains(u"(seeded 200 contexts)"_s));
    const QString record = query(db, u"SELECT value FROM meta WHERE name = 'seed'"_s).toString();
    QVERIFY2(record.contains(u"\"contexts\":200"_s) && record.contains(u"\"complete\""_s),
        qPrintable(record));

    // A row of our own: a reseed would drop it.
    QVERIFY(!query(db,
        u"INSERT INTO projects (key, name, created_ms) VALUES ('zz-marker', 'M', 0)"
        " RETURNING id"_s)
                 .isNull());
    const QVariant rows = query(db, u"SELECT COUNT(*) FROM contexts"_s);
    const SandboxRun second = runSeed(db, 200);
    QCOMPARE(second.exitCode, -1);
    QVERIFY2(second.stderrText.contains(u"reused the seed of 200 contexts"_s),
        qPrintable(second.stderrText));
    QVERIFY(!second.stderrText.contains(u"seeding 200 contexts"_s));
    QCOMPARE(query(db, u"SELECT COUNT(*) FROM projects WHERE key = 'zz-marker'"_s).toInt(), 1);
    QCOMPARE(query(db, u"SELECT COUNT(*) FROM contexts"_s), rows);
}

void tst_SandboxSeedFile::anotherCountIsRefused()
{
    const QString db = m_dir.filePath(u"refuse.db"_s);
    QCOMPARE(runSeed(db, 100).exitCode, -1);
    const QVariant rows = query(db, u"SELECT COUNT(*) FROM contexts"_s);
    const SandboxRun other = runSeed(db, 150);
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.stderrText.contains(u"another seed (100 contexts"_s)
            && other.stderrText.contains(u"(150 contexts"_s),
        qPrintable(other.stderrText));
    QCOMPARE(query(db, u"SELECT COUNT(*) FROM contexts"_s), rows);
    QCOMPARE(runSeed(db, 100).exitCode, -1); // the same seed is still fine
}

void tst_SandboxSeedFile::interruptedSeedIsReplaced()
{
    const QString db = m_dir.filePath(u"interrupted.db"_s);
    QCOMPARE(runSeed(db, 80).exitCode, -1);
    query(db,
        u"INSERT INTO projects (key, name, created_ms) VALUES ('zz-marker', 'M', 0)"
        " RETURNING id"_s);
    query(db,
        u"UPDATE meta SET value = replace(value, '\"complete\"', '\"seeding\"')"
        " WHERE name = 'seed' RETURNING name"_s);
    const SandboxRun again = runSeed(db, 80);
    QCOMPARE(again.exitCode, -1);
    QVERIFY2(again.stderrText.contains(u"seeding 80 contexts: 100% (done)"_s),
        qPrintable(again.stderrText));
    QCOMPARE(query(db, u"SELECT COUNT(*) FROM projects WHERE key = 'zz-marker'"_s).toInt(), 0);
    QVERIFY(query(db, u"SELECT value FROM meta WHERE name = 'seed'"_s)
                .toString()
                .contains(u"\"complete\""_s));
    QCOMPARE(query(db,
                 u"SELECT COUNT(*) FROM contexts c JOIN environments e ON e.id = c.env_id"
                 " WHERE e.key = 'production' AND c.anonymous = 0"_s)
                 .toInt(),
        80);
    QCOMPARE(indexesOf(db), kIndexes);
    QVERIFY(identitiesComplete(db));
}

void tst_SandboxSeedFile::seededFileIsIndexed()
{
    const QString db = m_dir.filePath(u"indexed.db"_s);
    QCOMPARE(runSeed(db, 300).exitCode, -1);
    QCOMPARE(indexesOf(db), kIndexes);
    QVERIFY(identitiesComplete(db));
    QCOMPARE(query(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(query(db, u"PRAGMA page_size"_s).toInt(), 8192);
    // The list's order (newest first) is served from contexts_recent, not a sort of the table.
    const QString plan = planOf(db,
        u"SELECT id FROM contexts WHERE env_id = 1 AND anonymous = 0"
        " ORDER BY last_seen_ms DESC, id DESC LIMIT 50"_s);
    QVERIFY2(plan.contains(u"INDEX contexts_recent"_s) && !plan.contains(u"TEMP B-TREE"_s),
        qPrintable(plan));
    // The triggers keep context_keys as contexts change after the seed.
    query(db,
        u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms)"
        " VALUES (1, 'user', 'zz-new', 'web', 'Zed', 1) RETURNING id"_s);
    QCOMPARE(
        query(db, u"SELECT kind FROM context_keys WHERE key = 'zz-new'"_s).toString(), u"user"_s);
    QVERIFY(identitiesComplete(db));
}

void tst_SandboxSeedFile::notADatabaseIsRefused()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray text(4096, 'x');
    file.write(text);
    file.close();
    const SandboxRun run = runSeed(path, 50);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText.contains(u"not a database"_s), qPrintable(run.stderrText));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

QTEST_GUILESS_MAIN(tst_SandboxSeedFile)
#include "tst_SandboxSeedFile.moc"
