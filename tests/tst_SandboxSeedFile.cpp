// contexts-sandbox --db FILE --seed N, the real executable: it reports its progress on stderr,
// a second start on the same file reuses the seed (a row added in between survives), another N
// is refused with a message and leaves the file alone, an interrupted seed is replaced, and a
// file that is not a database is refused.

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1; // -1: it started serving (and was stopped)
    QString stderrText;
};

// Runs the sandbox on `db` until it serves (then stops it) or exits.
Run runSandbox(const QString &db, int contexts)
{
    QProcess process;
    process.setProgram(QStringLiteral(SANDBOX_EXE));
    process.setArguments({u"--db"_s, db, u"--seed"_s, QString::number(contexts), u"--now"_s,
        u"2026-11-20T10:00:00Z"_s, u"--port"_s, u"0"_s, u"--token"_s, u"t"_s});
    process.start();
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    QDeadlineTimer deadline(60000);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(200);
    if (process.canReadLine()) {
        process.terminate();
        process.waitForFinished(10000);
    } else {
        process.waitForFinished(10000);
        run.exitCode = process.exitCode();
    }
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// One statement on the file through a connection of its own.
QVariant query(const QString &db, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(db);
        if (connection.open()) {
            QSqlQuery q(connection);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class tst_SandboxSeedFile : public QObject
{
    Q_OBJECT

private slots:
    void seedThenReuse();
    void anotherCountIsRefused();
    void interruptedSeedIsReplaced();
    void notADatabaseIsRefused();

private:
    QTemporaryDir m_dir;
};

void tst_SandboxSeedFile::seedThenReuse()
{
    const QString db = m_dir.filePath(u"reuse.db"_s);
    const Run first = runSandbox(db, 200);
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
    const Run second = runSandbox(db, 200);
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
    QCOMPARE(runSandbox(db, 100).exitCode, -1);
    const QVariant rows = query(db, u"SELECT COUNT(*) FROM contexts"_s);
    const Run other = runSandbox(db, 150);
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.stderrText.contains(u"another seed (100 contexts"_s)
            && other.stderrText.contains(u"(150 contexts"_s),
        qPrintable(other.stderrText));
    QCOMPARE(query(db, u"SELECT COUNT(*) FROM contexts"_s), rows);
    QCOMPARE(runSandbox(db, 100).exitCode, -1); // the same seed is still fine
}

void tst_SandboxSeedFile::interruptedSeedIsReplaced()
{
    const QString db = m_dir.filePath(u"interrupted.db"_s);
    QCOMPARE(runSandbox(db, 80).exitCode, -1);
    query(db,
        u"INSERT INTO projects (key, name, created_ms) VALUES ('zz-marker', 'M', 0)"
        " RETURNING id"_s);
    query(db,
        u"UPDATE meta SET value = replace(value, '\"complete\"', '\"seeding\"')"
        " WHERE name = 'seed' RETURNING name"_s);
    const Run again = runSandbox(db, 80);
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
}

void tst_SandboxSeedFile::notADatabaseIsRefused()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray text(4096, 'x');
    file.write(text);
    file.close();
    const Run run = runSandbox(path, 50);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText.contains(u"not a database"_s), qPrintable(run.stderrText));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

QTEST_GUILESS_MAIN(tst_SandboxSeedFile)
#include "tst_SandboxSeedFile.moc"
