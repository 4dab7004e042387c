// JsonValue: the client's one way to read JSON from the server, and ContextRecord's typed,
// ordered, private-free view of a context's attributes.
#include "ContextRecord.h"
#include "JsonValue.h"

#include <QTest>

using namespace ctx;

namespace {

JsonValue parsed(const QByteArray &json)
{
    const std::optional<JsonValue> value = JsonValue::fromJson(json);
    if (!value)
        qWarning() << "not JSON:" << json;
    return value.value_or(JsonValue());
}

QStringList names(const JsonValue &object)
{
    QStringList result;
    for (const JsonValue::Member &member : object.members())
        result.append(member.name);
    return result;
}

JsonPointer pointer(const QString &text)
{
    return JsonPointer::parse(text).value_or(JsonPointer());
}

} // namespace

class tst_JsonValue : public QObject
{
    Q_OBJECT

private slots:
    void membersComeInTheOrderOfTheText()
    {
        const JsonValue value = parsed(R"({"zeta":1,"key":"k","alpha":{"b":1,"a":2}})");
        QCOMPARE(names(value), QStringList({"zeta", "key", "alpha"}));
        QCOMPARE(names(value.member("alpha")), QStringList({"b", "a"}));
        QCOMPARE(value.toJson(), QByteArray(R"({"zeta":1,"key":"k","alpha":{"b":1,"a":2}})"));
    }

    void typesAndScalars_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<JsonValue::Type>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number");
        QTest::newRow("string") << QByteArray("\"a\\\"b\"") << JsonValue::Type::String
                                << QString("a\"b") << 0.0;
        QTest::newRow("integer") << QByteArray("42") << JsonValue::Type::Number << QString()
                                 << 42.0;
        QTest::newRow("float") << QByteArray("-1.5") << JsonValue::Type::Number << QString()
                               << -1.5;
        QTest::newRow("bool") << QByteArray("true") << JsonValue::Type::Bool << QString() << 0.0;
        QTest::newRow("null") << QByteArray("null") << JsonValue::Type::Null << QString() << 0.0;
        QTest::newRow("array") << QByteArray("[1,2]") << JsonValue::Type::Array << QString() << 0.0;
    }
    void typesAndScalars()
    {
        QFETCH(QByteArray, json);
        QFETCH(JsonValue::Type, type);
        QFETCH(QString, text);
        QFETCH(double, number);
        const JsonValue value = parsed(json);
        QCOMPARE(value.type(), type);
        QCOMPARE(value.toString(), text);
        QCOMPARE(value.toDouble(), number);
        QCOMPARE(value.toBool(), type == JsonValue::Type::Bool);
        QCOMPARE(value.toJson(), json);
    }

    void bigIntegersAreWrittenAsSent()
    {
        // QJsonValue would turn this into a double and lose the last digits of an id.
        QCOMPARE(parsed("12345678901234567890").toJson(), QByteArray("12345678901234567890"));
    }

    void textThatIsNotOneValueIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("malformed") << QByteArray(R"({"a":)");
        QTest::newRow("two values") << QByteArray("1 2");
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    }
    void textThatIsNotOneValueIsRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!JsonValue::fromJson(json).has_value());
    }

    void pointersFollowRfc6901()
    {
        const JsonValue value = parsed(R"({"a/b":{"c":[10,{"d":true}]},"":0})");
        QCOMPARE(value.at(pointer("/a~1b/c/1/d")).toBool(), true);
        QCOMPARE(value.at(pointer("/a~1b/c/0")).toDouble(), 10.0);
        QCOMPARE(value.at(pointer("/")).toJson(), QByteArray("0"));
        QVERIFY(value.at(pointer("/a~1b/c/2")).isUndefined());
        QVERIFY(value.at(pointer("/a~1b/c/01")).isUndefined());
        QVERIFY(value.at(pointer("/missing")).isUndefined());
        QVERIFY(value.at(pointer("/a~1b/c/0"), JsonPointer::Arrays::NotEntered).isUndefined());
        QCOMPARE(value.at(JsonPointer()).toJson(), value.toJson());
    }

    void indentedTextKeepsTheOrder()
    {
        QCOMPARE(parsed(R"({"b":[],"a":{},"c":[1]})").toJson(JsonValue::Format::Indented),
            QByteArray("{\n    \"b\": [],\n    \"a\": {},\n    \"c\": [\n        1\n    ]\n}"));
    }

    void undefinedIsWrittenNull()
    {
        QCOMPARE(JsonValue().toJson(), QByteArray("null"));
        QVERIFY(JsonValue().toQJsonValue().isUndefined());
        QVERIFY(JsonValue().members().isEmpty());
    }

    void valuesOutliveTheirParent()
    {
        JsonValue inner;
        {
            const JsonValue outer = parsed(R"({"address":{"city":"Oslo"}})");
            inner = outer.member("address").member("city");
        }
        QCOMPARE(inner.toString(), QString("Oslo"));
    }

    void recordAttributesLeaveEveryPrivateValueOut()
    {
        ContextRecord record;
        record.attributesJson
            = R"({"key":"u","kind":"user","email":"a@b","address":{"street":"S","city":"C"},)"
              R"("tags":["x"],"_meta":{"privateAttributes":["email"]}})";
        record.privateAttributes = {"email", "/address/street", "/tags/0", "key"};
        const JsonValue attributes = record.attributes();
        QCOMPARE(
            attributes.toJson(), QByteArray(R"({"key":"u","address":{"city":"C"},"tags":["x"]})"));

        QVERIFY(record.isPrivate(pointer("/email")));
        QVERIFY(record.isPrivate(pointer("/address/street")));
        QVERIFY(record.isPrivate(pointer("/address/street/more")));
        QVERIFY(!record.isPrivate(pointer("/address")));
        QVERIFY(!record.isPrivate(pointer("/address/city")));
        // A reference names object members only: "/tags/0" is not the array's first item.
        QVERIFY(record.isPrivate(pointer("/tags/0")));
        QVERIFY(!record.isPrivate(pointer("/tags")));
        QVERIFY(!record.isPrivate(pointer("/key")));
        QVERIFY(!record.nameIsPrivate());
        record.privateAttributes.append("/name");
        QVERIFY(record.nameIsPrivate());
    }

    void recordAttributesThatAreNotAnObjectAreEmpty()
    {
        ContextRecord record;
        record.attributesJson = "not json";
        QCOMPARE(record.attributes().toJson(), QByteArray("{}"));
        record.attributesJson = "[1]";
        QCOMPARE(record.attributes().toJson(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonValue)
#include "tst_JsonValue.moc"
