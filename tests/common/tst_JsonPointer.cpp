// JsonPointer: RFC 6901's own examples (section 5, the JSON string representation), the
// malformed cases, and LaunchDarkly's attribute references built on it.
#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ctx::JsonPointer;

namespace {

// RFC 6901, section 5.
QJsonValue rfc()
{
    return QJsonObject {
        {QStringLiteral("foo"), QJsonArray {QStringLiteral("bar"), QStringLiteral("baz")}},
        {QString(), 0}, {QStringLiteral("a/b"), 1}, {QStringLiteral("c%d"), 2},
        {QStringLiteral("e^f"), 3}, {QStringLiteral("g|h"), 4}, {QStringLiteral("i\\j"), 5},
        {QStringLiteral("k\"l"), 6}, {QStringLiteral(" "), 7}, {QStringLiteral("m~n"), 8}};
}

} // namespace

class tst_JsonPointer : public QObject
{
    Q_OBJECT
private slots:
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("whole document") << QString() << rfc();
        QTest::newRow("/foo") << "/foo" << QJsonValue(QJsonArray {"bar", "baz"});
        QTest::newRow("/foo/0") << "/foo/0" << QJsonValue("bar");
        QTest::newRow("/") << "/" << QJsonValue(0);
        QTest::newRow("/a~1b") << "/a~1b" << QJsonValue(1);
        QTest::newRow("/c%d") << "/c%d" << QJsonValue(2);
        QTest::newRow("/e^f") << "/e^f" << QJsonValue(3);
        QTest::newRow("/g|h") << "/g|h" << QJsonValue(4);
        QTest::newRow("/i\\j") << "/i\\j" << QJsonValue(5);
        QTest::newRow("/k\"l") << "/k\"l" << QJsonValue(6);
        QTest::newRow("/ ") << "/ " << QJsonValue(7);
        QTest::newRow("/m~0n") << "/m~0n" << QJsonValue(8);
    }
    void rfcExamples()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, expected);
        const std::optional<JsonPointer> parsed = JsonPointer::parse(pointer);
        QVERIFY(parsed);
        QCOMPARE(parsed->evaluate(rfc()), expected);
        // Written back, it is the same text.
        QCOMPARE(parsed->toString(), pointer);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("no leading slash") << "foo";
        QTest::newRow("tilde at the end") << "/foo~";
        QTest::newRow("tilde 2") << "/foo~2";
        QTest::newRow("tilde letter") << "/a~b";
        QTest::newRow("tilde then slash") << "/a~/b";
    }
    void malformed()
    {
        QFETCH(QString, pointer);
        QVERIFY(!JsonPointer::parse(pointer));
    }

    void escapesDecodeOnceInOrder()
    {
        // "~01" is "~" followed by "1", not "/": ~0 is decoded as a unit.
        QCOMPARE(JsonPointer::parse(u"/~01")->tokens(), QStringList {"~1"});
        QCOMPARE(JsonPointer::parse(u"/a~1b/c~0d")->tokens(), (QStringList {"a/b", "c~d"}));
        QCOMPARE(JsonPointer::escapeToken(u"a/b~c"), QString("a~1b~0c"));
        QCOMPARE(JsonPointer::fromTokens({"~1"}).toString(), QString("/~01"));
    }

    void arrayIndexes_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("found");
        QTest::newRow("0") << "/foo/0" << true;
        QTest::newRow("1") << "/foo/1" << true;
        QTest::newRow("past the end") << "/foo/2" << false;
        QTest::newRow("leading zero") << "/foo/01" << false;
        QTest::newRow("dash (the element after the last)") << "/foo/-" << false;
        QTest::newRow("sign") << "/foo/+1" << false;
        QTest::newRow("not a number") << "/foo/x" << false;
        QTest::newRow("through a string") << "/foo/0/bar" << false;
        QTest::newRow("missing member") << "/nope" << false;
    }
    void arrayIndexes()
    {
        QFETCH(QString, pointer);
        QFETCH(bool, found);
        QCOMPARE(!JsonPointer::parse(pointer)->evaluate(rfc()).isUndefined(), found);
    }

    void attributeReferencesDoNotIndexArrays()
    {
        const JsonPointer pointer = *JsonPointer::parse(u"/foo/0");
        QVERIFY(pointer.evaluate(rfc(), JsonPointer::Arrays::NotEntered).isUndefined());
    }

    void attributeReferences()
    {
        // A plain name is one attribute, taken literally; "/" starts a pointer.
        QCOMPARE(JsonPointer::fromReference(u"a/b")->tokens(), QStringList {"a/b"});
        QCOMPARE(JsonPointer::fromReference(u"/a/b")->tokens(), (QStringList {"a", "b"}));
        QCOMPARE(JsonPointer::fromReference(u"m~n")->tokens(), QStringList {"m~n"});
        QVERIFY(!JsonPointer::fromReference(u""));
        QVERIFY(!JsonPointer::fromReference(u"/a~2"));
        QCOMPARE(JsonPointer::pointerForReference("firstName"), QString("/firstName"));
        QCOMPARE(JsonPointer::pointerForReference("a/b"), QString("/a~1b"));
        QCOMPARE(JsonPointer::pointerForReference("/a~1b"), QString("/a~1b"));
        QCOMPARE(JsonPointer::referenceForName("email"), QString("email"));
        QCOMPARE(JsonPointer::referenceForName("a/b"), QString("/a~1b"));
        QCOMPARE(JsonPointer::childOf("/address", u"st/reet"), QString("/address/st~1reet"));
    }

    void removeFromTakesOnlyTheNamedMember()
    {
        QJsonObject object = QJsonDocument::fromJson(
            "{\"key\":\"k\",\"address\":{\"street\":\"Main\",\"city\":\"Oslo\"},"
            "\"tags\":[{\"a\":1}]}")
                                 .object();
        JsonPointer::parse(u"/address/street")->removeFrom(object);
        QCOMPARE(object.value("address").toObject(), (QJsonObject {{"city", "Oslo"}}));
        // Through an array, or to a member that is not there: nothing changes.
        const QJsonObject before = object;
        JsonPointer::parse(u"/tags/0/a")->removeFrom(object);
        JsonPointer::parse(u"/address/zip/code")->removeFrom(object);
        JsonPointer().removeFrom(object);
        QCOMPARE(object, before);
    }
};

QTEST_APPLESS_MAIN(tst_JsonPointer)
#include "tst_JsonPointer.moc"
