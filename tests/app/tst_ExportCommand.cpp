#include "ExportOptions.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

// `contexts-browser export`: options parsed in-process, then the real binary against its own
// demo sandbox, checked against an identical sandbox started here (the seed is
// deterministic for a given number of contexts).
class tst_ExportCommand : public QObject
{
    Q_OBJECT

private:
    static constexpr int DemoContexts = 200;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        QProcess process;
        QProcessEnvironment environment
            = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        for (const char *name : {"LD_ACCESS_TOKEN", "LD_BASE_URI", "LD_PROJECT", "LD_ENVIRONMENT"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CONTEXTS_BROWSER_EXE),
            QStringList {QStringLiteral("export")} + arguments);
        Run result;
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QStringList demo(const QStringList &more)
    {
        return QStringList {QStringLiteral("--demo"), QStringLiteral("--demo-contexts"),
                   QString::number(DemoContexts)}
        + more;
    }

    // The sandbox's totalCount for a filter on demo / production.
    qint64 total(const QString &filter)
    {
        SandboxTestClient client(m_sandbox->baseUrl(), m_sandbox->token());
        QList<QPair<QString, QString>> query {
            {QStringLiteral("includeTotalCount"), QStringLiteral("true")}};
        if (!filter.isEmpty())
            query.append({QStringLiteral("filter"), filter});
        const SandboxHttpResult result = client.search(QStringLiteral("production"), query);
        if (result.status != 200)
            return -1;
        return result.json.value(u"totalCount").toInteger(-1);
    }

    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
    {
        const QString text = QString::fromUtf8(bytes);
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        *ok = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty()) {
                quoted = true;
            } else if (c == u',') {
                record << field;
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                record << field;
                records << record;
                record.clear();
                field.clear();
                ++i;
            } else if (c == u'\n' || c == u'\r' || c == u'"') {
                *ok = false; // bare line break or quote: not RFC 4180
            } else {
                field += c;
            }
        }
        if (quoted || !field.isEmpty() || !record.isEmpty())
            *ok = false; // the last record must end with CRLF
        return records;
    }

    static QList<QJsonObject> parseJsonLines(const QByteArray &bytes, bool *ok)
    {
        QList<QJsonObject> objects;
        *ok = bytes.isEmpty() || bytes.endsWith('\n');
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                *ok = false;
            objects << document.object();
        }
        return objects;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions options;
        options.seedContexts = DemoContexts;
        QString error;
        QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    }

    void parsesTheOptions()
    {
        const auto env = [](const char *name) {
            return QByteArray(name) == "LD_ACCESS_TOKEN" ? QStringLiteral("t") : QString();
        };
        QString message;
        int code = -1;
        const auto options = ExportOptions::parse(
            {QStringLiteral("exe"), QStringLiteral("--base-uri"),
                QStringLiteral("https://app.example.com"), QStringLiteral("--project"),
                QStringLiteral("p"), QStringLiteral("--environment"), QStringLiteral("e"),
                QStringLiteral("--kind"), QStringLiteral("user"), QStringLiteral("--kind"),
                QStringLiteral("device"), QStringLiteral("--filter"),
                QStringLiteral("name startsWith \"A\""), QStringLiteral("--columns"),
                QStringLiteral("key, /address/city,key"), QStringLiteral("--sort"),
                QStringLiteral("ts"), QStringLiteral("-o"), QStringLiteral("out.jsonl")},
            env, &message, &code);
        QVERIFY2(options, qPrintable(message));
        QCOMPARE(options->baseUri, QUrl(QStringLiteral("https://app.example.com")));
        QCOMPARE(options->project, QStringLiteral("p"));
        QCOMPARE(options->environment, QStringLiteral("e"));
        QCOMPARE(options->token, QStringLiteral("t"));
        QCOMPARE(options->kinds, QStringList({QStringLiteral("user"), QStringLiteral("device")}));
        QCOMPARE(options->filter, QStringLiteral("name startsWith \"A\""));
        QCOMPARE(options->columns,
            QList<ContextColumn>({ContextColumn::of(ContextColumn::Builtin::Key),
                ContextColumn::attribute(QStringLiteral("/address/city"))}));
        QCOMPARE(options->sort, SortOrder::OldestFirst);
        QCOMPARE(options->format, ExportFormat::JsonLines); // from the suffix
        QCOMPARE(options->outputPath, QStringLiteral("out.jsonl"));

        const auto defaults = ExportOptions::parse(
            {QStringLiteral("exe"), QStringLiteral("--demo")}, env, &message, &code);
        QVERIFY(defaults);
        QVERIFY(defaults->demo);
        QCOMPARE(defaults->columns, ContextColumn::defaults());
        QCOMPARE(defaults->format, ExportFormat::Csv);
        QCOMPARE(defaults->sort, SortOrder::NewestFirst);
        QVERIFY(defaults->outputPath.isEmpty()); // stdout
    }

    void badUsageIsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("nothing to export from") << QStringList {} << QStringLiteral("--demo");
        QTest::newRow("format") << QStringList {QStringLiteral("--demo"),
            QStringLiteral("--format"), QStringLiteral("xlsx")}
                                << QStringLiteral("csv or jsonl");
        QTest::newRow("sort") << QStringList {QStringLiteral("--demo"), QStringLiteral("--sort"),
            QStringLiteral("name")}
                              << QStringLiteral("ts");
        QTest::newRow("column") << QStringList {QStringLiteral("--demo"),
            QStringLiteral("--columns"), QStringLiteral("key,city")}
                                << QStringLiteral("\"city\"");
        QTest::newRow("positional") << QStringList {QStringLiteral("--demo"), QStringLiteral("x")}
                                    << QStringLiteral("\"x\"");
        QTest::newRow("no token") << QStringList {QStringLiteral("--base-uri"),
            QStringLiteral("https://app.example.com"), QStringLiteral("--project"),
            QStringLiteral("p"), QStringLiteral("--environment"), QStringLiteral("e")}
                                  << QStringLiteral("LD_ACCESS_TOKEN");
    }

    void badUsageIsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1); // one line
        QVERIFY(result.out.isEmpty());
    }

    void helpGoesToStdout()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: contexts-browser export"));
        QVERIFY(result.out.contains("--columns"));
    }

    void csvToAFileHasEveryContext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        const Run result = run(demo(
            {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), path}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // stderr is not a terminal
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool ok = false;
        const QList<QStringList> records = parseCsv(file.readAll(), &ok);
        QVERIFY(ok);
        QCOMPARE(records.value(0),
            QStringList({QStringLiteral("kind"), QStringLiteral("key"), QStringLiteral("name"),
                QStringLiteral("lastSeen"), QStringLiteral("source")}));
        const qint64 expected = total(QString());
        QVERIFY(expected > 50); // more than one page
        QCOMPARE(records.size() - 1, expected);
        QSet<QString> rows;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), 5);
            rows.insert(records.at(i).mid(0, 2).join(u':') + u'\n' + records.at(i).at(4));
        }
        QCOMPARE(rows.size(), records.size() - 1); // no row twice
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void jsonLinesToStdout()
    {
        const Run result = run(demo({QStringLiteral("--format"), QStringLiteral("jsonl")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        bool ok = false;
        const QList<QJsonObject> objects = parseJsonLines(result.out, &ok);
        QVERIFY(ok);
        QCOMPARE(objects.size(), total(QString()));
        const QJsonObject &first = objects.first();
        QVERIFY(first.contains(u"kind") && first.contains(u"key") && first.contains(u"lastSeen"));
        // Newest first (the default sort).
        QVERIFY(
            first.value(u"lastSeen").toString() >= objects.last().value(u"lastSeen").toString());
    }

    void kindUserOnlyUsers()
    {
        const Run result = run(
            demo({QStringLiteral("--kind"), QStringLiteral("user"), QStringLiteral("--format"),
                QStringLiteral("jsonl"), QStringLiteral("--sort"), QStringLiteral("ts")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        bool ok = false;
        const QList<QJsonObject> objects = parseJsonLines(result.out, &ok);
        QVERIFY(ok);
        QCOMPARE(objects.size(), total(QStringLiteral("kind equals \"user\"")));
        QVERIFY(!objects.isEmpty());
        for (const QJsonObject &object : objects)
            QCOMPARE(object.value(u"kind").toString(), QStringLiteral("user"));
        QVERIFY(objects.first().value(u"lastSeen").toString()
            <= objects.last().value(u"lastSeen").toString()); // oldest first
    }

    void chosenColumnsAndRedaction()
    {
        const Run result = run(demo({QStringLiteral("--kind"), QStringLiteral("user"),
            QStringLiteral("--columns"), QStringLiteral("key,/address/city,/email")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        bool ok = false;
        const QList<QStringList> records = parseCsv(result.out, &ok);
        QVERIFY(ok);
        QCOMPARE(records.value(0),
            QStringList({QStringLiteral("key"), QStringLiteral("/address/city"),
                QStringLiteral("/email")}));
        int cities = 0;
        int redacted = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), 3);
            cities += records.at(i).at(1).isEmpty() ? 0 : 1;
            redacted += records.at(i).at(2) == QStringLiteral("[private]") ? 1 : 0;
        }
        QVERIFY(cities > 0);
        QVERIFY(redacted > 0); // the seed makes some emails private
        QCOMPARE(records.size() - 1, total(QStringLiteral("kind equals \"user\"")));
    }

    void aBadFilterFailsWithTheServersMessage()
    {
        const QString filter = QStringLiteral("nonsense ~~ 3");
        SandboxTestClient client(m_sandbox->baseUrl(), m_sandbox->token());
        const SandboxHttpResult direct
            = client.search(QStringLiteral("production"), {{QStringLiteral("filter"), filter}});
        QCOMPARE(direct.status, 400);
        QString serverMessage = direct.json.value(u"message").toString().trimmed();
        while (serverMessage.endsWith(u'.'))
            serverMessage.chop(1);
        QVERIFY(!serverMessage.isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        const Run result
            = run(demo({QStringLiteral("--filter"), filter, QStringLiteral("--output"), path}));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("contexts-browser export: ")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(serverMessage), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void anUnwritableOutputFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const Run result = run(demo({QStringLiteral("--output"), path}));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Could not create")), qPrintable(result.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
