#include "AttributeDecoder.h"
#include "InvalidResponseCheck.h"
#include "JsonPointer.h"

#include <QFile>
#include <QTest>

#include <limits>

using ctx::KindAttributeNames;
using ctx::KindAttributeValues;

namespace {

// A payload from tests/data/spec-examples (assembled from the spec's schema examples).
QByteArray specExample(const char *name)
{
    QFile file(qEnvironmentVariable("CTX_TEST_DATA") + QStringLiteral("/spec-examples/")
        + QString::fromLatin1(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << file.fileName() << "(is CTX_TEST_DATA set?)";
    return file.readAll();
}

// {"items": [...]} with the given items (a JSON array's inner text).
QByteArray items(const QByteArray &inner)
{
    return R"({"items":[)" + inner + "]}";
}

// One "user" group holding one name entry.
QByteArray oneName(const QByteArray &entry)
{
    return items(R"({"kind":"user","names":[)" + entry + "]}");
}

// One "user" group holding one value entry.
QByteArray oneValue(const QByteArray &entry)
{
    return items(R"({"kind":"user","values":[)" + entry + "]}");
}

template <typename T> QString errorOf(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().detail();
}

} // namespace

class tst_AttributeDecoder : public QObject
{
    Q_OBJECT
private slots:
    void specNames();
    void specValues();
    void namesByKind();
    void nameDefaultsAndWeights();
    void plainNamesBecomePointers_data();
    void plainNamesBecomePointers();
    void invalidNames_data();
    void invalidNames();
    void valueTypes_data();
    void valueTypes();
    void valuesByKind();
    void invalidValues_data();
    void invalidValues();
};

void tst_AttributeDecoder::specNames()
{
    const auto result = ctx::decodeAttributeNames(specExample("ContextAttributeNamesCollection"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<KindAttributeNames> &groups = result.value();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].kind, QStringLiteral("user"));
    QCOMPARE(groups[0].names.size(), 1);
    QCOMPARE(groups[0].names[0].pointer, QStringLiteral("/firstName"));
    QCOMPARE(groups[0].names[0].weight, 2225);
    QVERIFY(!groups[0].names[0].redacted);
}

void tst_AttributeDecoder::specValues()
{
    const auto result = ctx::decodeAttributeValues(specExample("ContextAttributeValuesCollection"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<KindAttributeValues> &groups = result.value();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].kind, QStringLiteral("user"));
    QCOMPARE(groups[0].values.size(), 1);
    QCOMPARE(groups[0].values[0].valueJson, QByteArray(R"("Sandy")"));
    QCOMPARE(groups[0].values[0].weight, 35);
}

void tst_AttributeDecoder::namesByKind()
{
    const auto result = ctx::decodeAttributeNames(items(
        R"({"kind":"user","names":[{"name":"/email","weight":9,"redacted":true},)"
        R"({"name":"/address/city","weight":3}],"extra":1},)"
        R"({"kind":"org","names":[]},{"kind":"device","names":[{"name":"/os","weight":1}]})"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<KindAttributeNames> &groups = result.value();
    QCOMPARE(groups.size(), 3); // in the server's order
    QCOMPARE(groups[0].kind, QStringLiteral("user"));
    QCOMPARE(groups[0].names.size(), 2);
    QCOMPARE(groups[0].names[0].pointer, QStringLiteral("/email"));
    QCOMPARE(groups[0].names[0].weight, 9);
    QVERIFY(groups[0].names[0].redacted);
    QCOMPARE(groups[0].names[1].pointer, QStringLiteral("/address/city"));
    QVERIFY(!groups[0].names[1].redacted);
    QCOMPARE(groups[1].kind, QStringLiteral("org"));
    QVERIFY(groups[1].names.isEmpty());
    QCOMPARE(groups[2].names.first().pointer, QStringLiteral("/os"));

    const auto none = ctx::decodeAttributeNames(R"({"items":[],"_links":{}})");
    QVERIFY2(none.ok(), qPrintable(errorOf(none)));
    QVERIFY(none.value().isEmpty());
}

void tst_AttributeDecoder::nameDefaultsAndWeights()
{
    const auto result = ctx::decodeAttributeNames(oneName(
        R"({"name":"/a"},{"name":"/b","weight":null,"redacted":null},{"name":"/c","weight":-4},)"
        R"({"name":"/d","weight":99999999999},{"name":"/e","weight":12.0})"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const auto &names = result.value().first().names;
    QCOMPARE(names.size(), 5);
    QCOMPARE(names[0].weight, 0); // missing: 0
    QVERIFY(!names[0].redacted);
    QCOMPARE(names[1].weight, 0); // null: as missing
    QVERIFY(!names[1].redacted);
    QCOMPARE(names[2].weight, 0); // clamped
    QCOMPARE(names[3].weight, std::numeric_limits<int>::max());
    QCOMPARE(names[4].weight, 12); // an integral float
}

void tst_AttributeDecoder::plainNamesBecomePointers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("pointer") << QStringLiteral("/firstName") << QStringLiteral("/firstName");
    QTest::newRow("nested pointer")
        << QStringLiteral("/address/city") << QStringLiteral("/address/city");
    QTest::newRow("escaped pointer") << QStringLiteral("/a~1b") << QStringLiteral("/a~1b");
    QTest::newRow("plain") << QStringLiteral("firstName") << QStringLiteral("/firstName");
    QTest::newRow("plain with slash") << QStringLiteral("a/b") << QStringLiteral("/a~1b");
    QTest::newRow("plain with tilde") << QStringLiteral("x~y") << QStringLiteral("/x~0y");
    QTest::newRow("plain with both") << QStringLiteral("~/") << QStringLiteral("/~0~1");
    QTest::newRow("plain non-ASCII") << QStringLiteral("größe") << QStringLiteral("/größe");
    QTest::newRow("plain with space")
        << QStringLiteral("first name") << QStringLiteral("/first name");
}

void tst_AttributeDecoder::plainNamesBecomePointers()
{
    QFETCH(QString, name);
    QFETCH(QString, pointer);
    QCOMPARE(ctx::JsonPointer::pointerForReference(name), pointer);
    QCOMPARE(ctx::JsonPointer::pointerForReference(pointer), pointer); // idempotent
    const QByteArray entry = R"({"name":")" + name.toUtf8() + R"(","weight":1})";
    const auto result = ctx::decodeAttributeNames(oneName(entry));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().first().names.first().pointer, pointer);
}

void tst_AttributeDecoder::invalidNames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the response is empty");
    QTest::newRow("not JSON") << QByteArray("{items") << QStringLiteral("is not valid JSON");
    QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("items missing") << QByteArray("{}") << QStringLiteral("items is missing");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("item string") << items(R"({"kind":"user","names":[]},"user")")
                                 << QStringLiteral("items[1] is not an object");
    QTest::newRow("kind missing") << items(R"({"names":[]})")
                                  << QStringLiteral("items[0].kind is missing");
    QTest::newRow("kind number") << items(R"({"kind":1,"names":[]})")
                                 << QStringLiteral("items[0].kind is not a string");
    QTest::newRow("names missing")
        << items(R"({"kind":"user"})") << QStringLiteral("items[0].names is missing");
    QTest::newRow("names null") << items(R"({"kind":"user","names":null})")
                                << QStringLiteral("items[0].names is missing");
    QTest::newRow("names object") << items(R"({"kind":"user","names":{}})")
                                  << QStringLiteral("items[0].names is not an array");
    QTest::newRow("name entry string")
        << oneName(R"({"name":"/a"},"/b")") << QStringLiteral("items[0].names[1] is not an object");
    QTest::newRow("name missing") << oneName(R"({"weight":1})")
                                  << QStringLiteral("items[0].names[0].name is missing");
    QTest::newRow("name number") << oneName(R"({"name":7,"weight":1})")
                                 << QStringLiteral("items[0].names[0].name is not a string");
    QTest::newRow("name empty") << oneName(R"({"name":"","weight":1})")
                                << QStringLiteral("items[0].names[0].name is empty");
    QTest::newRow("weight string") << oneName(R"({"name":"/a","weight":"5"})")
                                   << QStringLiteral("items[0].names[0].weight is not an integer");
    QTest::newRow("weight fraction")
        << oneName(R"({"name":"/a","weight":1.5})")
        << QStringLiteral("items[0].names[0].weight is not an integer");
    QTest::newRow("redacted string")
        << oneName(R"({"name":"/a","weight":1,"redacted":"no"})")
        << QStringLiteral("items[0].names[0].redacted is not a boolean");
}

void tst_AttributeDecoder::invalidNames()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeAttributeNames(body);
    verifyInvalidResponse(result, detail);
}

void tst_AttributeDecoder::valueTypes_data()
{
    QTest::addColumn<QByteArray>("value"); // the "name" member's JSON
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("string") << QByteArray(R"("Sandy")") << QByteArray(R"("Sandy")");
    QTest::newRow("empty string") << QByteArray(R"("")") << QByteArray(R"("")");
    QTest::newRow("string that looks like a number")
        << QByteArray(R"("42")") << QByteArray(R"("42")");
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\n")") << QByteArray(R"("a\"b\\c\n")");
    QTest::newRow("non-ASCII") << QByteArray("\"gr\xc3\xbc\\u00df\"")
                               << QByteArray("\"gr\xc3\xbc\xc3\x9f\"");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("42");
    QTest::newRow("negative") << QByteArray("-7") << QByteArray("-7");
    QTest::newRow("large integer")
        << QByteArray("18446744073709551615") << QByteArray("18446744073709551615");
    QTest::newRow("float") << QByteArray("1.5") << QByteArray("1.5");
    QTest::newRow("true") << QByteArray("true") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << QByteArray("false");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("object, compacted in order") << QByteArray(R"({ "z": 1, "a": [ true, null ] })")
                                                << QByteArray(R"({"z":1,"a":[true,null]})");
    QTest::newRow("array") << QByteArray(R"([ "a", 1, { } ])") << QByteArray(R"(["a",1,{}])");
}

void tst_AttributeDecoder::valueTypes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const auto result = ctx::decodeAttributeValues(oneValue(R"({"name":)" + value + "}"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().first().values.size(), 1);
    QCOMPARE(result.value().first().values.first().valueJson, expected);
    QCOMPARE(result.value().first().values.first().weight, 0); // missing weight: 0
}

void tst_AttributeDecoder::valuesByKind()
{
    const auto result = ctx::decodeAttributeValues(
        items(R"({"kind":"user","values":[{"name":"Sandy","weight":35},{"name":3,"weight":2}]},)"
              R"({"kind":"org","values":[]})"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<KindAttributeValues> &groups = result.value();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].kind, QStringLiteral("user"));
    QCOMPARE(groups[0].values.size(), 2);
    QCOMPARE(groups[0].values[0].valueJson, QByteArray(R"("Sandy")"));
    QCOMPARE(groups[0].values[0].weight, 35);
    QCOMPARE(groups[0].values[1].valueJson, QByteArray("3"));
    QCOMPARE(groups[0].values[1].weight, 2);
    QCOMPARE(groups[1].kind, QStringLiteral("org"));
    QVERIFY(groups[1].values.isEmpty());
}

void tst_AttributeDecoder::invalidValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray(" ") << QStringLiteral("the response is empty");
    QTest::newRow("root string") << QByteArray(R"("x")") << QStringLiteral("not a JSON object");
    QTest::newRow("items missing")
        << QByteArray(R"({"values":[]})") << QStringLiteral("items is missing");
    QTest::newRow("item array") << items("[]") << QStringLiteral("items[0] is not an object");
    QTest::newRow("kind missing") << items(R"({"values":[]})")
                                  << QStringLiteral("items[0].kind is missing");
    QTest::newRow("kind bool") << items(R"({"kind":true,"values":[]})")
                               << QStringLiteral("items[0].kind is not a string");
    QTest::newRow("values missing")
        << items(R"({"kind":"user","names":[]})") << QStringLiteral("items[0].values is missing");
    QTest::newRow("values string") << items(R"({"kind":"user","values":"Sandy"})")
                                   << QStringLiteral("items[0].values is not an array");
    QTest::newRow("value entry number")
        << oneValue(R"({"name":"a"},5)") << QStringLiteral("items[0].values[1] is not an object");
    QTest::newRow("name missing") << oneValue(R"({"weight":35})")
                                  << QStringLiteral("items[0].values[0].name is missing");
    QTest::newRow("weight string") << oneValue(R"({"name":"a","weight":"35"})")
                                   << QStringLiteral("items[0].values[0].weight is not an integer");
    QTest::newRow("weight out of range")
        << oneValue(R"({"name":"a","weight":18446744073709551615})")
        << QStringLiteral("items[0].values[0].weight is out of range");
}

void tst_AttributeDecoder::invalidValues()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeAttributeValues(body);
    verifyInvalidResponse(result, detail);
}

QTEST_GUILESS_MAIN(tst_AttributeDecoder)
#include "tst_AttributeDecoder.moc"
