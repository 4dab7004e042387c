// SnapshotFile and SnapshotSync against a sandbox that behaves like today's LaunchDarkly (no
// sort, kind-and-key order): complete with odd keys, resumable after a stop at any page, never
// holding a private value or the token, refusing what is not a snapshot of this environment.

#include "ContextsApi.h"
#include "FakeContextsApi.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxServer.h"
#include "SnapshotFile.h"
#include "SnapshotSync.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;
using namespace Qt::StringLiterals;

namespace {

const EnvironmentRef env {u"demo"_s, u"production"_s};
const QString kToken = u"api-snapshot-test-token-7d1f"_s;

QByteArray importLine(const QString &kind, const QString &key, const QString &source)
{
    QJsonObject context {{u"kind"_s, kind}, {u"key"_s, key},
        {u"email"_s, key + u"@secret.example"_s}, {u"plan"_s, u"pro"_s},
        {u"_meta"_s, QJsonObject {{u"privateAttributes"_s, QJsonArray {u"email"_s}}}}};
    return QJsonDocument(QJsonObject {{u"context"_s, context}, {u"applicationId"_s, source},
                             {u"lastSeen"_s, u"2026-11-19T08:00:00Z"_s}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

// Every (kind, key, applicationId) of a snapshot, in its order.
QStringList identities(const SnapshotFile &file)
{
    QStringList result;
    for (const ContextRecord &record : file.records(0, 100000))
        result.append(record.kind + u'\n' + record.key + u'\n' + record.applicationId);
    return result;
}

} // namespace

class tst_SnapshotSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // 120 seeded contexts and odd keys beside them.
        QByteArray lines;
        for (const QString &key : {u"Ärger"_s, u"!bang"_s, u"UPPER"_s, u"a/b c"_s, u"日本"_s,
                 QString(2000, u'x'), u"emoji 🙂"_s})
            lines += importLine(u"user"_s, key, u"web/1"_s);
        lines += importLine(u"org"_s, u"Ärger"_s, u"web/1"_s); // the same key, another kind
        lines += importLine(u"user"_s, u"Ärger"_s, u"ios/2"_s); // and another source
        const QString import = QDir(m_dir.path()).filePath(u"odd.jsonl"_s);
        QFile file(import);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size());
        file.close();
        sandbox::SandboxOptions options;
        options.seedContexts = 120;
        options.token = kToken;
        options.importPath = import;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            testsupport::connectionWith(m_server.baseUrl(), kToken));
        // What one serial walk of the list returns: the reference the snapshot must equal.
        QString cursor;
        do {
            std::optional<Result<ContextsPage>> reply;
            ContextQuery query;
            query.sort = SortOrder::Unsorted;
            const RequestHandle handle = m_api->searchContexts(env, query, cursor,
                [&reply](Result<ContextsPage> page) { reply = std::move(page); });
            QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
            QVERIFY(reply->ok());
            for (const ContextRecord &record : reply->value().items)
                m_expected.append(record.kind + u'\n' + record.key + u'\n' + record.applicationId);
            cursor = reply->value().continuationToken;
        } while (!cursor.isEmpty());
        QVERIFY(m_expected.size() > 120);
    }

    void aSyncHoldsEveryRecordOnce()
    {
        const QString path = QDir(m_dir.path()).filePath(u"whole.snapshot"_s);
        QString error;
        const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->bind(m_server.baseUrl().toString(), env, &error));
        SnapshotSync sync(m_api.get(), file.get(), env);
        QSignalSpy finished(&sync, &SnapshotSync::finished);
        QSignalSpy failed(&sync, &SnapshotSync::failed);
        sync.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(identities(*file), m_expected);
        const SnapshotFile::Facts facts = file->facts();
        QVERIFY(facts.complete);
        QCOMPARE(facts.storedCount, qint64(m_expected.size()));
        QCOMPARE(facts.environment, env);
        QCOMPARE(facts.baseUrl, m_server.baseUrl().toString());
        QVERIFY(facts.syncStarted.isValid() && facts.syncFinished >= facts.syncStarted);
        QVERIFY(facts.cursor.isEmpty());
        QCOMPARE(facts.unreadable, 0);

        // Personal data at rest: the owner's only, no private value, no token.
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile bytes(path);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray all = bytes.readAll();
        QVERIFY(!all.contains("@secret.example"));
        QVERIFY(!all.contains(kToken.toUtf8()));
        QVERIFY(!all.contains(m_server.token().toUtf8()));
        // The private names are kept.
        const QList<ContextRecord> records = file->records(0, 100000);
        const auto anna = std::find_if(records.cbegin(), records.cend(),
            [](const ContextRecord &r) { return r.key == u"!bang"; });
        QVERIFY(anna != records.cend());
        QCOMPARE(anna->privateAttributes, QStringList {u"email"_s});
        QCOMPARE(anna->attributes().member(u"plan"_s).toString(), u"pro"_s);
    }

    void aStoppedSyncResumesWithoutDoublesOrGaps_data()
    {
        QTest::addColumn<int>("stopAfterPages");
        QTest::newRow("after the first page") << 1;
        QTest::newRow("after two pages") << 2;
    }
    void aStoppedSyncResumesWithoutDoublesOrGaps()
    {
        QFETCH(int, stopAfterPages);
        const QString path
            = QDir(m_dir.path()).filePath(u"resumed-%1.snapshot"_s.arg(stopAfterPages));
        QString error;
        {
            const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY(file->bind(m_server.baseUrl().toString(), env, &error));
            SnapshotSync sync(m_api.get(), file.get(), env);
            QSignalSpy progressed(&sync, &SnapshotSync::progressed);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= stopAfterPages, 10000);
            sync.cancel(); // as if the app closed: the file keeps what it stored
            QVERIFY(!file->facts().complete);
            QVERIFY(!file->facts().cursor.isEmpty());
            QCOMPARE(file->facts().pages, qint64(stopAfterPages));
        }
        const std::unique_ptr<SnapshotFile> reopened = SnapshotFile::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->bind(m_server.baseUrl().toString(), env, &error));
        const QDateTime started = reopened->facts().syncStarted;
        SnapshotSync sync(m_api.get(), reopened.get(), env);
        QSignalSpy finished(&sync, &SnapshotSync::finished);
        sync.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(identities(*reopened), m_expected);
        QCOMPARE(reopened->facts().syncStarted, started); // the same sync, resumed
        QVERIFY(reopened->facts().complete);
    }

    void aResumedSyncAsksForThePageAfterTheLastStored()
    {
        FakeContextsApi api;
        const QString path = QDir(m_dir.path()).filePath(u"cursor.snapshot"_s);
        QString error;
        const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        QVERIFY(file);
        {
            SnapshotSync sync(&api, file.get(), env);
            sync.start();
            api.replySearch(0, makePage(0, 50, u"c1"_s, 120));
            QCOMPARE(api.searches.size(), 2); // page 2 asked for...
            sync.cancel(); // ...and dropped
        }
        SnapshotSync again(&api, file.get(), env);
        QSignalSpy finished(&again, &SnapshotSync::finished);
        again.start();
        QCOMPARE(api.searches.size(), 3);
        QCOMPARE(api.searches[2].continuationToken, u"c1"_s); // not from the start
        api.replySearch(2, makePage(50, 70, QString(), 120));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(file->count(), 120);
        QCOMPARE(file->facts().reportedCount, std::optional<qint64>(120));
    }

    void aFileOfAnotherEnvironmentIsRefused()
    {
        const QString path = QDir(m_dir.path()).filePath(u"bound.snapshot"_s);
        QString error;
        const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        QVERIFY(file);
        QVERIFY(file->bind(u"https://app.launchdarkly.com"_s, env, &error));
        QVERIFY(file->bind(u"https://app.launchdarkly.com"_s, env, &error));
        QVERIFY(!file->bind(
            u"https://app.launchdarkly.com"_s, EnvironmentRef {u"demo"_s, u"staging"_s}, &error));
        QVERIFY2(error.contains(u"demo/production") && error.contains(u"demo/staging"),
            qPrintable(error));
    }

    void whatIsNotASnapshotIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << QByteArray("hello, not a database\n")
                              << u"is not a contexts-browser snapshot"_s;
    }
    void whatIsNotASnapshotIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = QDir(m_dir.path()).filePath(u"not.snapshot"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        file.close();
        QString error;
        QVERIFY(!SnapshotFile::open(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content); // left as it was
    }

    void aNewerSnapshotIsRefused()
    {
        const QString path = QDir(m_dir.path()).filePath(u"newer.snapshot"_s);
        QString error;
        {
            const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
            QVERIFY(file);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE meta SET value = 99 WHERE name = 'schema'"_s));
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        QVERIFY(!SnapshotFile::open(path, &error));
        QVERIFY2(error.contains(u"newer version") && error.contains(u"99"), qPrintable(error));
    }

    void aServerThatRefusesStopsWithItsSentence()
    {
        FakeContextsApi api;
        const QString path = QDir(m_dir.path()).filePath(u"refused.snapshot"_s);
        QString error;
        const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        QVERIFY(file);
        SnapshotSync sync(&api, file.get(), env);
        QSignalSpy failed(&sync, &SnapshotSync::failed);
        sync.start();
        QCOMPARE(api.searches.size(), 1);
        QCOMPARE(api.searches[0].query.sort, SortOrder::Unsorted); // never sends sort
        api.replySearch(0, ApiError(ApiError::Kind::Unauthorized, u"bad token"_s, 401));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(!file->facts().complete);
    }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    std::unique_ptr<RestContextsApi> m_api;
    QStringList m_expected;
};

QTEST_GUILESS_MAIN(tst_SnapshotSync)
#include "tst_SnapshotSync.moc"
