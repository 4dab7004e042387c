// `--import FILE.jsonl`: the sandbox loads ContextRecords from JSON Lines, odd keys included,
// lists them as LaunchDarkly does (by kind, then key, then applicationId), keeps private values
// out, and refuses a bad line by its number without changing anything.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"import-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

QByteArray line(const QJsonObject &context, const QString &applicationId = {},
    const QJsonValue &lastSeen = u"2026-11-19T08:00:00Z"_s)
{
    QJsonObject record {{u"context"_s, context}, {u"lastSeen"_s, lastSeen}};
    if (!applicationId.isEmpty())
        record.insert(u"applicationId"_s, applicationId);
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject single(const QString &kind, const QString &key)
{
    return {{u"kind"_s, kind}, {u"key"_s, key}};
}

// kind, key and applicationId of a listed record, as LaunchDarkly orders them (UTF-8 bytes).
QByteArray orderKey(const QJsonObject &record)
{
    const QJsonObject context = record.value(u"context").toObject();
    return context.value(u"kind").toString().toUtf8() + '\0'
        + context.value(u"key").toString().toUtf8() + '\0'
        + record.value(u"applicationId").toString().toUtf8();
}

} // namespace

class tst_SandboxImport : public QObject
{
    Q_OBJECT

private slots:
    void oddKeysAreListedOnceEachByKindAndKey()
    {
        const QString longKey(3000, u'k');
        QByteArray file;
        const QStringList keys {u"Ärger"_s, u"zed"_s, u"Zed"_s, u"!bang"_s, u"a/b c"_s, u"~0~1"_s,
            u"日本"_s, u"%20"_s, u"\"quoted\""_s, longKey, u"emoji 🙂"_s};
        for (const QString &key : keys)
            file += line(single(u"user"_s, key), u"web/1"_s);
        // The same key under several kinds and sources, and in a multi-kind context.
        file += line(single(u"user"_s, u"zed"_s), u"ios/2"_s);
        file += line(single(u"org"_s, u"zed"_s), u"web/1"_s);
        file += line(
            QJsonObject {{u"kind"_s, u"multi"_s}, {u"device"_s, QJsonObject {{u"key"_s, u"zed"_s}}},
                {u"org"_s, QJsonObject {{u"key"_s, u"Zed"_s}, {u"name"_s, u"Zed Inc"_s}}}},
            u"android/3"_s);
        const int expected = int(keys.size()) + 2 + 2;

        std::unique_ptr<SandboxServer> server = start(file);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl(), kToken);
        // Pages of 2: every boundary falls between odd keys.
        const SandboxListing listing = client.listAll(u"production"_s, {}, {}, 2, false);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.items.size(), expected);
        QList<QByteArray> order;
        for (const QJsonObject &record : listing.items)
            order.append(orderKey(record));
        QList<QByteArray> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(order, sorted);
        QCOMPARE(QSet<QByteArray>(order.cbegin(), order.cend()).size(), expected);
        const QStringList listedKeys = [&listing] {
            QStringList result;
            for (const QJsonObject &record : listing.items)
                result.append(record.value(u"context").toObject().value(u"key").toString());
            return result;
        }();
        QVERIFY(listedKeys.contains(longKey));
        QVERIFY(listedKeys.contains(u"emoji 🙂"_s));
        // A kind the project did not have is added, as LaunchDarkly adds what it sees.
        const QJsonArray kinds
            = client.get(u"/api/v2/projects/demo/context-kinds"_s).json.value(u"items").toArray();
        QStringList kindKeys;
        for (const QJsonValue kind : kinds)
            kindKeys.append(kind.toObject().value(u"key").toString());
        QVERIFY2(kindKeys.contains(u"org"_s), qPrintable(kindKeys.join(u',')));
    }

    void privateValuesAreNamedNotStored()
    {
        QJsonObject anna = single(u"user"_s, u"anna"_s);
        anna.insert(u"email"_s, u"anna@example.com"_s);
        anna.insert(
            u"address"_s, QJsonObject {{u"street"_s, u"Secret 1"_s}, {u"city"_s, u"Oslo"_s}});
        anna.insert(u"_meta"_s,
            QJsonObject {{u"privateAttributes"_s, QJsonArray {u"email"_s, u"/address/street"_s}}});
        const QString db = QDir(m_dir.path()).filePath(u"private.db"_s);
        std::unique_ptr<SandboxServer> server = start(line(anna), db);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl(), kToken);
        const SandboxHttpResult result = client.search(u"production"_s, {});
        const QJsonObject context
            = result.json.value(u"items")[0].toObject().value(u"context").toObject();
        QCOMPARE(context.value(u"_meta").toObject().value(u"privateAttributes").toArray(),
            QJsonArray({u"email"_s, u"/address/street"_s}));
        QVERIFY(!context.contains(u"email"));
        QCOMPARE(context.value(u"address").toObject(), QJsonObject({{u"city"_s, u"Oslo"_s}}));
        server.reset();
        QFile bytes(db);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray all = bytes.readAll();
        QVERIFY(!all.contains("anna@example.com"));
        QVERIFY(!all.contains("Secret 1"));
    }

    void anonymousContextsAreKeptOutOfTheList()
    {
        QJsonObject anonymous = single(u"user"_s, u"anon"_s);
        anonymous.insert(u"anonymous"_s, true);
        std::unique_ptr<SandboxServer> server
            = start(line(anonymous) + line(single(u"user"_s, u"known"_s)));
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl(), kToken);
        const SandboxListing listing = client.listAll(u"production"_s, {}, {}, 10, false);
        QCOMPARE(listing.items.size(), 1);
        QCOMPARE(listing.items.first().value(u"context").toObject().value(u"key").toString(),
            u"known"_s);
    }

    void legacyUsersTimesAndTextContexts()
    {
        // No kind: a user. lastSeen as epoch milliseconds. The context as JSON text.
        const QJsonObject texted {{u"context"_s, u"{\"kind\":\"user\",\"key\":\"texted\"}"_s}};
        const QByteArray text = R"({"context":{"key":"old"},"lastSeen":1763629200000})"
                                "\n"
            + QJsonDocument(texted).toJson(QJsonDocument::Compact) + '\n';
        std::unique_ptr<SandboxServer> server = start(text);
        QVERIFY(server);
        SandboxTestClient client(server->baseUrl(), kToken);
        const SandboxListing listing = client.listAll(u"production"_s, {}, {}, 10, false);
        QCOMPARE(listing.items.size(), 2);
        QCOMPARE(orderKey(listing.items.at(0)), QByteArray("user\0old\0", 9));
        QCOMPARE(listing.items.at(0).value(u"lastSeen").toString(), u"2025-11-20T09:00:00.000Z"_s);
        QCOMPARE(
            listing.items.at(1).value(u"context").toObject().value(u"key").toString(), u"texted"_s);
    }

    void aBadLineRefusesTheFileAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"context\":") << u"not JSON"_s;
        QTest::newRow("no key") << QByteArray(R"({"context":{"kind":"user"}})")
                                << u"context.key is missing"_s;
        QTest::newRow("bad kind") << QByteArray(R"({"context":{"kind":"a b","key":"k"}})")
                                  << u"is not a context kind"_s;
        QTest::newRow("bad time") << QByteArray(R"({"context":{"key":"k"},"lastSeen":"soon"})")
                                  << u"lastSeen is neither"_s;
        QTest::newRow("source") << QByteArray(R"({"context":{"key":"k"},"applicationId":5})")
                                << u"applicationId is not a string"_s;
        QTest::newRow("array") << QByteArray("[1]") << u"not a JSON object"_s;
    }
    void aBadLineRefusesTheFileAndChangesNothing()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, message);
        const QString db
            = QDir(m_dir.path())
                  .filePath(u"refused-%1.db"_s.arg(QTest::currentDataTag()).replace(u' ', u'-'));
        {
            std::unique_ptr<SandboxServer> server = start(line(single(u"user"_s, u"first"_s)), db);
            QVERIFY(server);
        }
        QString error;
        const std::unique_ptr<SandboxServer> refused
            = start(line(single(u"user"_s, u"second"_s)) + "\n" + bad + "\n", db, &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(u", line 3: "_s) && error.contains(message)
                && error.contains(u"nothing was imported"_s),
            qPrintable(error));
        // The database is as it was: the good line before the bad one was not written either.
        const std::unique_ptr<SandboxServer> after = start({}, db);
        QVERIFY(after);
        SandboxTestClient client(after->baseUrl(), kToken);
        const SandboxListing listing = client.listAll(u"production"_s, {}, {}, 10, false);
        QCOMPARE(listing.items.size(), 1);
        QCOMPARE(listing.items.first().value(u"context").toObject().value(u"key").toString(),
            u"first"_s);
    }

    void importingTwiceChangesNothing()
    {
        const QString db = QDir(m_dir.path()).filePath(u"twice.db"_s);
        const QByteArray file
            = line(single(u"user"_s, u"a"_s), u"web"_s) + line(single(u"user"_s, u"b"_s), u"web"_s);
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<SandboxServer> server = start(file, db);
            QVERIFY(server);
            SandboxTestClient client(server->baseUrl(), kToken);
            const SandboxHttpResult result
                = client.search(u"production"_s, {{u"includeTotalCount"_s, u"true"_s}});
            QCOMPARE(result.json.value(u"totalCount").toInt(), 2);
            const SandboxHttpResult instances = client.post(
                u"/api/v2/projects/demo/environments/production/context-instances/search"_s);
            QCOMPARE(instances.json.value(u"items").toArray().size(), 2);
        }
    }

    void besideTheSeed()
    {
        std::unique_ptr<SandboxServer> server
            = start(line(single(u"user"_s, u"mine"_s)), {}, nullptr, 20);
        QVERIFY(server);
        QVERIFY2(
            server->seedOutcome().contains(u"seeded 20 contexts; imported 1 context instances"_s),
            qPrintable(server->seedOutcome()));
        SandboxTestClient client(server->baseUrl(), kToken);
        const SandboxHttpResult result = client.search(u"production"_s,
            {{u"filter"_s, u"key equals mine"_s}, {u"includeTotalCount"_s, u"true"_s}});
        QCOMPARE(result.json.value(u"totalCount").toInt(), 1);
    }

    void anUnreadableFileIsSaidSo()
    {
        QString error;
        SandboxServer server;
        SandboxOptions options;
        options.importPath = QDir(m_dir.path()).filePath(u"missing.jsonl"_s);
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.startsWith(u"Cannot read "_s) && error.contains(u"missing.jsonl"_s),
            qPrintable(error));
    }

private:
    // A sandbox over `db` (empty: in memory) that imports `jsonl` (empty: imports nothing).
    std::unique_ptr<SandboxServer> start(
        const QByteArray &jsonl, const QString &db = {}, QString *error = nullptr, int seed = -1)
    {
        auto server = std::make_unique<SandboxServer>();
        SandboxOptions options;
        options.databasePath = db;
        options.token = kToken;
        options.now = kNow;
        options.seedContexts = seed;
        if (!jsonl.isEmpty()) {
            options.importPath = QDir(m_dir.path()).filePath(u"import-%1.jsonl"_s.arg(++m_files));
            QFile file(options.importPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(jsonl) != jsonl.size())
                return nullptr;
        }
        QString problem;
        if (!server->start(options, &problem)) {
            if (error)
                *error = problem;
            else
                qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        return server;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(tst_SandboxImport)
#include "tst_SandboxImport.moc"
