#include "ExportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ctx;

class tst_ExportWriter : public QObject
{
    Q_OBJECT

private:
    static ContextRecord anna()
    {
        ContextRecord record;
        record.kind = QStringLiteral("user");
        record.key = QStringLiteral("anna");
        record.name = QStringLiteral("Anna");
        record.applicationId = QStringLiteral("GoSDK/1.2");
        record.lastSeen = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 5, 120), Qt::UTC);
        record.attributesJson = QByteArrayLiteral("{\"key\":\"anna\",\"name\":\"Anna\",\"address\":"
                                                  "{\"city\":\"Zürich\",\"street\":\"Main 1\"},"
                                                  "\"age\":-5,\"tags\":[\"a\",\"b\"]}");
        return record;
    }

    static QList<ContextColumn> columns(const QStringList &ids)
    {
        QList<ContextColumn> list;
        for (const QString &id : ids)
            list.append(*ContextColumn::fromId(id));
        return list;
    }

    // One CSV line for a record whose only column is /v holding `json`.
    static QByteArray csvOf(const QByteArray &json)
    {
        ContextRecord record = anna();
        record.attributesJson = QByteArrayLiteral("{\"v\":") + json + '}';
        return ExportWriter(ExportFormat::Csv, columns({QStringLiteral("/v")})).record(record);
    }

private slots:
    void csvHeaderHoldsTheColumnIds()
    {
        const ExportWriter writer(ExportFormat::Csv, ContextColumn::defaults());
        QCOMPARE(writer.header(), QByteArray("kind,key,name,lastSeen,source\r\n"));
        const ExportWriter attributes(ExportFormat::Csv, columns({"key", "/address/city"}));
        QCOMPARE(attributes.header(), QByteArray("key,/address/city\r\n"));
        QVERIFY(
            ExportWriter(ExportFormat::JsonLines, ContextColumn::defaults()).header().isEmpty());
    }

    void csvRowOfTheBuiltins()
    {
        const ExportWriter writer(ExportFormat::Csv, ContextColumn::defaults());
        QCOMPARE(writer.record(anna()),
            QByteArray("user,anna,Anna,2026-11-21T12:00:05.120Z,GoSDK/1.2\r\n"));
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QByteArray("\"plain\"") << QByteArray("plain\r\n");
        QTest::newRow("comma") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << QByteArray("\"say \\\"hi\\\"\"")
                               << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QByteArray("\"line1\\nline2\"")
                                 << QByteArray("\"line1\nline2\"\r\n");
        QTest::newRow("crlf") << QByteArray("\"a\\r\\nb\"") << QByteArray("\"a\r\nb\"\r\n");
        QTest::newRow("leading space") << QByteArray("\" x\"") << QByteArray("\" x\"\r\n");
        QTest::newRow("non-ASCII")
            << QByteArray("\"Zürich 東京 🙂\"") << QByteArray("Zürich 東京 🙂\r\n");
        QTest::newRow("formula =") << QByteArray("\"=1+2\"") << QByteArray("'=1+2\r\n");
        QTest::newRow("formula +") << QByteArray("\"+1\"") << QByteArray("'+1\r\n");
        QTest::newRow("formula -") << QByteArray("\"-2+3+cmd|' /C calc'!A0\"")
                                   << QByteArray("'-2+3+cmd|' /C calc'!A0\r\n");
        QTest::newRow("formula @") << QByteArray("\"@SUM(A1)\"") << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("formula quoted") << QByteArray("\"=HYPERLINK(\\\"x\\\",1)\"")
                                        << QByteArray("\"'=HYPERLINK(\"\"x\"\",1)\"\r\n");
        QTest::newRow("tab") << QByteArray("\"\\tx\"") << QByteArray("'\tx\r\n");
        QTest::newRow("negative number stays") << QByteArray("-5") << QByteArray("-5\r\n");
        QTest::newRow("boolean") << QByteArray("true") << QByteArray("true\r\n");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":\"x\"}")
                                << QByteArray("\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\"\r\n");
        QTest::newRow("null") << QByteArray("null") << QByteArray("null\r\n");
        QTest::newRow("empty string") << QByteArray("\"\"") << QByteArray("\r\n");
    }

    void csvQuoting()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, csv);
        QCOMPARE(csvOf(json), csv);
    }

    void csvMissingValuesAreEmptyFields()
    {
        ContextRecord record = anna();
        record.name.clear();
        record.applicationId.clear();
        const ExportWriter writer(
            ExportFormat::Csv, columns({"key", "name", "/nothing", "source"}));
        QCOMPARE(writer.record(record), QByteArray("anna,,,\r\n"));
    }

    void csvBuiltinsAreGuardedToo()
    {
        ContextRecord record = anna();
        record.key = QStringLiteral("=cmd");
        record.name = QStringLiteral("-x, y");
        const ExportWriter writer(ExportFormat::Csv, columns({"key", "name"}));
        QCOMPARE(writer.record(record), QByteArray("'=cmd,\"'-x, y\"\r\n"));
    }

    void repeatedColumnsAreWrittenOnce()
    {
        const ExportWriter writer(ExportFormat::Csv, columns({"key", "/a", "key", "/a"}));
        QCOMPARE(writer.columns().size(), 2);
        QCOMPARE(writer.header(), QByteArray("key,/a\r\n"));
    }

    void jsonLinesShape()
    {
        const ExportWriter writer(ExportFormat::JsonLines,
            columns({"kind", "key", "name", "lastSeen", "source", "/address/city", "/age", "/tags",
                "/none"}));
        const QByteArray line = writer.record(anna());
        QVERIFY(line.endsWith("}\n"));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.startsWith("{\"kind\":\"user\",\"key\":\"anna\","));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"kind").toString(), QStringLiteral("user"));
        QCOMPARE(object.value(u"key").toString(), QStringLiteral("anna"));
        QCOMPARE(object.value(u"name").toString(), QStringLiteral("Anna"));
        QCOMPARE(object.value(u"lastSeen").toString(), QStringLiteral("2026-11-21T12:00:05.120Z"));
        QCOMPARE(object.value(u"source").toString(), QStringLiteral("GoSDK/1.2"));
        QCOMPARE(object.value(u"/address/city").toString(), QStringLiteral("Zürich"));
        QCOMPARE(object.value(u"/age").toInt(), -5);
        QCOMPARE(object.value(u"/tags").toArray().size(), 2);
        QVERIFY(object.value(u"/none").isNull());
        QVERIFY(!object.contains(u"_redacted"));
        QCOMPARE(object.size(), 9); // kind and key once, no extra members
    }

    void jsonLinesAlwaysHaveKindAndKey()
    {
        const ExportWriter writer(ExportFormat::JsonLines, columns({"/address/city"}));
        QCOMPARE(writer.record(anna()),
            QByteArray("{\"kind\":\"user\",\"key\":\"anna\",\"/address/city\":\"Zürich\"}"
                       "\n"));
    }

    void jsonLinesEscapeStrings()
    {
        ContextRecord record = anna();
        record.key = QStringLiteral("a\"b\nc\\d");
        const ExportWriter writer(ExportFormat::JsonLines, columns({"key"}));
        const QByteArray line = writer.record(record);
        QCOMPARE(line.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"key").toString(), record.key);
    }

    void redactionNeverWritesThePrivateValue_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("jsonl") << int(ExportFormat::JsonLines);
    }

    void redactionNeverWritesThePrivateValue()
    {
        QFETCH(int, format);
        // A record as a careless source might build it: the private values are still there.
        ContextRecord record = anna();
        record.privateAttributes
            = {QStringLiteral("email"), QStringLiteral("/address/street"), QStringLiteral("name")};
        record.attributesJson = QByteArrayLiteral(
            "{\"key\":\"anna\",\"name\":\"Anna Secret\",\"email\":\"anna@secret.example\","
            "\"address\":{\"city\":\"Zürich\",\"street\":\"Secret Street 1\"}}");
        record.name = QStringLiteral("Anna Secret");
        const ExportWriter writer(ExportFormat(format),
            columns({"key", "name", "/email", "/address", "/address/street", "/address/city"}));
        const QByteArray out = writer.header() + writer.record(record);
        QVERIFY2(!out.contains("secret") && !out.contains("Secret"), out.constData());
        QVERIFY(out.contains("Zürich"));
        if (ExportFormat(format) == ExportFormat::Csv) {
            QCOMPARE(writer.record(record),
                QByteArray("anna,[private],[private],\"{\"\"city\"\":\"\"Zürich\"\"}\","
                           "[private],Zürich\r\n"));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(out).object();
        QVERIFY(object.value(u"name").isNull());
        QVERIFY(object.value(u"/email").isNull());
        QVERIFY(object.value(u"/address/street").isNull());
        QCOMPARE(object.value(u"/address").toObject(),
            QJsonObject({{QStringLiteral("city"), QStringLiteral("Zürich")}}));
        QCOMPARE(object.value(u"_redacted").toArray(),
            QJsonArray({QStringLiteral("name"), QStringLiteral("/email"),
                QStringLiteral("/address/street")}));
    }

    void formatNames()
    {
        QCOMPARE(ExportWriter::formatFromName(QStringLiteral("csv")), ExportFormat::Csv);
        QCOMPARE(ExportWriter::formatFromName(QStringLiteral("JSONL")), ExportFormat::JsonLines);
        QCOMPARE(ExportWriter::formatFromName(QStringLiteral("ndjson")), ExportFormat::JsonLines);
        QVERIFY(!ExportWriter::formatFromName(QStringLiteral("xlsx")));
        QCOMPARE(ExportWriter::fileSuffix(ExportFormat::JsonLines), QStringLiteral("jsonl"));
    }
};

QTEST_GUILESS_MAIN(tst_ExportWriter)
#include "tst_ExportWriter.moc"
