#include "JsonDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ctx::ApiError;
using ctx::ContextRecord;
using ctx::ContextsPage;

namespace {

// A Contexts page holding the given items (a JSON array's inner text).
QByteArray page(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"_environmentId":"env1",)" + extra + R"("items":[)" + items + "]}";
}

// A page with one item whose context is the given JSON.
QByteArray oneContext(const QByteArray &context, const QByteArray &itemExtra = {})
{
    return page(R"({)" + itemExtra + R"("context":)" + context + "}");
}

QJsonObject attributes(const ContextRecord &record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record.attributesJson, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "attributesJson is not an object:" << record.attributesJson;
    return document.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class tst_JsonDecoder : public QObject
{
    Q_OBJECT
private slots:
    void specExampleContextAsString();
    void fullPage();
    void multiKindSplit();
    void privateAttributes_data();
    void privateAttributes();
    void totalCount_data();
    void totalCount();
    void nextLink_data();
    void nextLink();
    void lastSeen_data();
    void lastSeen();
    void unknownFieldsIgnored();
    void legacyUserWithoutKind();
    void invalidPages_data();
    void invalidPages();
    void deepNesting();
    void deepNestingInsideContextString();
    void nestingAtTheLimit();
    void contextKinds_data();
    void contextKinds();
    void invalidContextKinds_data();
    void invalidContextKinds();
    void errorBodies_data();
    void errorBodies();
};

void tst_JsonDecoder::specExampleContextAsString()
{
    // ContextRecord's example in the spec: "context" is JSON text inside a string.
    const QByteArray body = R"({
      "_environmentId": "57be1db38b75bf0772d11384",
      "items": [ {
        "lastSeen": "2022-04-15T15:00:57.526470334Z",
        "applicationId": "GoSDK/1.2",
        "context": "{\"kind\": \"user\", \"key\": \"context-key-123abc\", \"name\": \"Sandy Smith\", \"email\": \"sandy@example.com\"}",
        "_links": {
          "parent": { "href": "/api/v2/projects/my-project/environments/my-environment", "type": "application/json" },
          "self": { "href": "/api/v2/projects/my-project/environments/my-env/contexts/organization:launch-darkly:user:henry?filter=applicationId:\"GoSDK/1.2\"", "type": "application/json" },
          "site": { "href": "/my-project/my-environment/context/organization:launch-darkly:user:henry", "type": "text/html" }
        },
        "associatedContexts": 0
      } ]
    })";
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    const ContextsPage &p = result.value();
    QCOMPARE(p.items.size(), 1);
    const ContextRecord &r = p.items.first();
    QCOMPARE(r.kind, QStringLiteral("user"));
    QCOMPARE(r.key, QStringLiteral("context-key-123abc"));
    QCOMPARE(r.name, QStringLiteral("Sandy Smith"));
    QCOMPARE(r.applicationId, QStringLiteral("GoSDK/1.2"));
    QCOMPARE(r.lastSeen, utc(2022, 4, 15, 15, 0, 57, 526));
    QCOMPARE(r.lastSeen.timeSpec(), Qt::UTC);
    QCOMPARE(r.associatedContexts, 0);
    QCOMPARE(r.siteLink,
        QStringLiteral("/my-project/my-environment/context/organization:launch-darkly:user:henry"));
    QCOMPARE(r.kindKey(), QStringLiteral("user:context-key-123abc"));
    QCOMPARE(r.attributesJson,
        QByteArray(
            R"({"key":"context-key-123abc","name":"Sandy Smith","email":"sandy@example.com"})"));
    QVERIFY(!p.totalCount.has_value());
    QVERIFY(!p.hasMore());
    QCOMPARE(p.environmentId, QStringLiteral("57be1db38b75bf0772d11384"));
}

void tst_JsonDecoder::fullPage()
{
    // api-notes.md §5, with a second item that carries no optional fields.
    const QByteArray body = R"({
      "_environmentId": "57be1db38b75bf0772d11384",
      "totalCount": 100,
      "continuationToken": "QAGFKH1313KUGI2351",
      "_links": {
        "self": { "href": "/api/v2/projects/my-proj/environments/my-env/contexts?limit=2", "type": "application/json" },
        "next": { "href": "/api/v2/projects/my-project/environments/my-environment/contexts?limit=2&continuationToken=QAGFKH1313KUGI2351", "type": "application/json" }
      },
      "items": [ {
        "context": { "kind": "user", "key": "context-key-123abc", "name": "Sandy Smith", "email": "sandy@example.com" },
        "lastSeen": "2022-04-15T15:00:57.526470334Z",
        "applicationId": "GoSDK/1.2",
        "associatedContexts": 3,
        "_links": { "site": { "href": "/my-project/my-environment/context/user:context-key-123abc", "type": "text/html" } },
        "_access": { "denied": [], "allowed": [] }
      }, {
        "context": { "kind": "device", "key": "d-1", "os": { "name": "linux", "version": 6 }, "tags": ["a", "b"] }
      } ]
    })";
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    const ContextsPage &p = result.value();
    QCOMPARE(p.totalCount, std::optional<qint64>(100));
    QCOMPARE(p.continuationToken, QStringLiteral("QAGFKH1313KUGI2351"));
    QVERIFY(p.hasMore());
    QVERIFY(p.nextLink.endsWith(QLatin1String("continuationToken=QAGFKH1313KUGI2351")));
    QCOMPARE(p.items.size(), 2);
    QCOMPARE(p.items[0].associatedContexts, 3);
    const ContextRecord &device = p.items[1];
    QCOMPARE(device.kind, QStringLiteral("device"));
    QCOMPARE(device.key, QStringLiteral("d-1"));
    QVERIFY(device.name.isEmpty());
    QVERIFY(device.applicationId.isEmpty());
    QVERIFY(!device.lastSeen.isValid());
    QCOMPARE(device.associatedContexts, -1);
    QVERIFY(device.siteLink.isEmpty());
    QVERIFY(device.privateAttributes.isEmpty());
    QCOMPARE(device.attributesJson,
        QByteArray(R"({"key":"d-1","os":{"name":"linux","version":6},"tags":["a","b"]})"));
}

void tst_JsonDecoder::multiKindSplit()
{
    const QByteArray body = oneContext(R"({
        "kind": "multi",
        "user": { "key": "u-1", "name": "Ann", "email": "ann@example.com",
                  "_meta": { "privateAttributes": ["email"] } },
        "organization": { "key": "org-9", "name": "Acme", "plan": "gold" }
      })",
        R"("applicationId":"app/2","lastSeen":"2024-01-02T03:04:05Z",)");
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    const auto &items = result.value().items;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].kind, QStringLiteral("user"));
    QCOMPARE(items[0].key, QStringLiteral("u-1"));
    QCOMPARE(items[0].name, QStringLiteral("Ann"));
    QCOMPARE(items[0].privateAttributes, QStringList {QStringLiteral("email")});
    QCOMPARE(items[0].attributesJson, QByteArray(R"({"key":"u-1","name":"Ann"})"));
    QCOMPARE(items[1].kind, QStringLiteral("organization"));
    QCOMPARE(items[1].key, QStringLiteral("org-9"));
    QCOMPARE(items[1].name, QStringLiteral("Acme"));
    QCOMPARE(items[1].attributesJson, QByteArray(R"({"key":"org-9","name":"Acme","plan":"gold"})"));
    for (const ContextRecord &r : items) {
        QCOMPARE(r.applicationId, QStringLiteral("app/2"));
        QCOMPARE(r.lastSeen, utc(2024, 1, 2, 3, 4, 5, 0));
    }
}

void tst_JsonDecoder::privateAttributes_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QStringList>("expectedPrivate");
    QTest::addColumn<QByteArray>("expectedAttributes");
    QTest::addColumn<QString>("expectedName");

    QTest::newRow("top-level, value not sent")
        << QByteArray(R"({"kind":"user","key":"k","_meta":{"privateAttributes":["email"]}})")
        << QStringList {QStringLiteral("email")} << QByteArray(R"({"key":"k"})") << QString();
    QTest::newRow("top-level, server sends the value anyway")
        << QByteArray(R"({"kind":"user","key":"k","email":"secret@example.com","plan":"x",)"
                      R"("_meta":{"privateAttributes":["email"]}})")
        << QStringList {QStringLiteral("email")} << QByteArray(R"({"key":"k","plan":"x"})")
        << QString();
    QTest::newRow("redactedAttributes")
        << QByteArray(R"({"kind":"user","key":"k","email":"secret@example.com",)"
                      R"("_meta":{"redactedAttributes":["email"]}})")
        << QStringList {QStringLiteral("email")} << QByteArray(R"({"key":"k"})") << QString();
    QTest::newRow("both lists, merged without duplicates")
        << QByteArray(R"({"kind":"user","key":"k","a":1,"b":2,"c":3,)"
                      R"("_meta":{"privateAttributes":["a","b"],"redactedAttributes":["b","c"]}})")
        << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QByteArray(R"({"key":"k"})") << QString();
    QTest::newRow("pointer removes only the nested member")
        << QByteArray(
               R"({"kind":"user","key":"k","address":{"street":"1 Main St","city":"Springfield"},)"
               R"("_meta":{"privateAttributes":["/address/street"]}})")
        << QStringList {QStringLiteral("/address/street")}
        << QByteArray(R"({"key":"k","address":{"city":"Springfield"}})") << QString();
    QTest::newRow("pointer with ~1 and ~0 escapes")
        << QByteArray(R"({"kind":"user","key":"k","job/title":"spy","a~b":{"c/d":1,"e":2},)"
                      R"("_meta":{"privateAttributes":["/job~1title","/a~0b/c~1d"]}})")
        << QStringList {QStringLiteral("/job~1title"), QStringLiteral("/a~0b/c~1d")}
        << QByteArray(R"({"key":"k","a~b":{"e":2}})") << QString();
    QTest::newRow("plain name with a slash is literal")
        << QByteArray(R"({"kind":"user","key":"k","job/title":"spy","job":{"title":"x"},)"
                      R"("_meta":{"privateAttributes":["job/title"]}})")
        << QStringList {QStringLiteral("job/title")}
        << QByteArray(R"({"key":"k","job":{"title":"x"}})") << QString();
    QTest::newRow("private name is not shown")
        << QByteArray(R"({"kind":"user","key":"k","name":"Secret Name",)"
                      R"("_meta":{"privateAttributes":["/name"]}})")
        << QStringList {QStringLiteral("/name")} << QByteArray(R"({"key":"k"})") << QString();
    QTest::newRow("whole object private")
        << QByteArray(R"({"kind":"user","key":"k","address":{"street":"1 Main St"},)"
                      R"("_meta":{"privateAttributes":["address"]}})")
        << QStringList {QStringLiteral("address")} << QByteArray(R"({"key":"k"})") << QString();
    QTest::newRow("pointer through a non-object is harmless")
        << QByteArray(
               R"({"kind":"user","key":"k","tags":["a"],"n":1,)"
               R"("_meta":{"privateAttributes":["/tags/0","/n/x","/missing/x","~bad","/a~2"]}})")
        << QStringList {QStringLiteral("/tags/0"), QStringLiteral("/n/x"),
               QStringLiteral("/missing/x"), QStringLiteral("~bad"), QStringLiteral("/a~2")}
        << QByteArray(R"({"key":"k","tags":["a"],"n":1})") << QString();
    QTest::newRow("key is never removed")
        << QByteArray(
               R"({"kind":"user","key":"k","name":"N","_meta":{"privateAttributes":["key"]}})")
        << QStringList {QStringLiteral("key")} << QByteArray(R"({"key":"k","name":"N"})")
        << QStringLiteral("N");
    QTest::newRow("context as a string, value sent anyway") << QByteArray(
        R"("{\"kind\":\"user\",\"key\":\"k\",\"ssn\":\"123-45-6789\",\"_meta\":{\"redactedAttributes\":[\"/ssn\"]}}")")
                                                            << QStringList {QStringLiteral("/ssn")}
                                                            << QByteArray(R"({"key":"k"})")
                                                            << QString();
}

void tst_JsonDecoder::privateAttributes()
{
    QFETCH(QByteArray, context);
    QFETCH(QStringList, expectedPrivate);
    QFETCH(QByteArray, expectedAttributes);
    QFETCH(QString, expectedName);
    const auto result = ctx::decodeContextsPage(oneContext(context));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().items.size(), 1);
    const ContextRecord &r = result.value().items.first();
    QCOMPARE(r.privateAttributes, expectedPrivate);
    QCOMPARE(r.attributesJson, expectedAttributes);
    QCOMPARE(r.name, expectedName);
    QCOMPARE(attributes(r).value(QStringLiteral("key")).toString(), QStringLiteral("k"));
    for (const char *secret : {"secret", "Secret", "123-45-6789", "1 Main St", "spy", "_meta"})
        QVERIFY2(!r.attributesJson.contains(secret), r.attributesJson.constData());
}

void tst_JsonDecoder::totalCount_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("value");
    QTest::newRow("missing") << QByteArray() << false << qint64(0);
    QTest::newRow("null") << QByteArray(R"("totalCount":null,)") << false << qint64(0);
    QTest::newRow("integer") << QByteArray(R"("totalCount":300,)") << true << qint64(300);
    QTest::newRow("large") << QByteArray(R"("totalCount":9000000000,)") << true
                           << qint64(9000000000);
    QTest::newRow("integral float") << QByteArray(R"("totalCount":12.0,)") << true << qint64(12);
    QTest::newRow("numeric string") << QByteArray(R"("totalCount":"42",)") << true << qint64(42);
}

void tst_JsonDecoder::totalCount()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, present);
    QFETCH(qint64, value);
    const auto result = ctx::decodeContextsPage(page({}, extra));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().totalCount.has_value(), present);
    if (present)
        QCOMPARE(*result.value().totalCount, value);
    QVERIFY(result.value().items.isEmpty());
}

void tst_JsonDecoder::nextLink_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("nextLink");
    QTest::addColumn<QString>("token");

    QTest::newRow("relative, token from the link") << QByteArray(
        R"("_links":{"next":{"href":"/api/v2/projects/p/environments/e/contexts?limit=2&continuationToken=abc%2Bdef"}},)")
                                                   << QStringLiteral(
                                                          "/api/v2/projects/p/environments/e/"
                                                          "contexts?limit=2&continuationToken=abc%"
                                                          "2Bdef")
                                                   << QStringLiteral("abc+def");
    QTest::newRow("absolute") << QByteArray(
        R"("_links":{"next":{"href":"https://app.launchdarkly.com/api/v2/x?continuationToken=T1"}},)")
                              << QStringLiteral(
                                     "https://app.launchdarkly.com/api/v2/x?continuationToken=T1")
                              << QStringLiteral("T1");
    QTest::newRow("spec's own example, host in the path") << QByteArray(
        R"("_links":{"next":{"href":"/app.launchdarkly.com/api/v2/projects/my-project/environments/my-environment/contexts?filter=kind:{\"equals\": [\"organization\"]}&limit=2&continuationToken=QAGFKH1313KUGI2351","type":"application/json"}},)")
                                                          << QStringLiteral(
                                                                 "/app.launchdarkly.com/api/v2/"
                                                                 "projects/my-project/environments/"
                                                                 "my-environment/"
                                                                 "contexts?filter=kind:{\"equals\":"
                                                                 " [\"organization\"]}&limit=2&"
                                                                 "continuationToken="
                                                                 "QAGFKH1313KUGI2351")
                                                          << QStringLiteral("QAGFKH1313KUGI2351");
    QTest::newRow("explicit token wins") << QByteArray(
        R"("continuationToken":"explicit","_links":{"next":{"href":"/x?continuationToken=fromlink"}},)")
                                         << QStringLiteral("/x?continuationToken=fromlink")
                                         << QStringLiteral("explicit");
    QTest::newRow("no next link") << QByteArray(R"("_links":{"self":{"href":"/x"}},)") << QString()
                                  << QString();
    QTest::newRow("next without href")
        << QByteArray(R"("_links":{"next":{}},)") << QString() << QString();
}

void tst_JsonDecoder::nextLink()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, nextLink);
    QFETCH(QString, token);
    const auto result = ctx::decodeContextsPage(page({}, extra));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().nextLink, nextLink);
    QCOMPARE(result.value().continuationToken, token);
    QCOMPARE(result.value().hasMore(), !token.isEmpty());
}

void tst_JsonDecoder::lastSeen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("nanoseconds Z")
        << QStringLiteral("2022-04-15T15:00:57.526470334Z") << utc(2022, 4, 15, 15, 0, 57, 526);
    QTest::newRow("no fraction") << QStringLiteral("2022-04-15T15:00:57Z")
                                 << utc(2022, 4, 15, 15, 0, 57, 0);
    QTest::newRow("one digit") << QStringLiteral("2022-04-15T15:00:57.5Z")
                               << utc(2022, 4, 15, 15, 0, 57, 500);
    QTest::newRow("positive offset") << QStringLiteral("2022-04-15T17:30:57.123456789+02:30")
                                     << utc(2022, 4, 15, 15, 0, 57, 123);
    QTest::newRow("negative offset crossing midnight")
        << QStringLiteral("2022-12-31T22:00:00.000000001-05:00") << utc(2023, 1, 1, 3, 0, 0, 0);
    QTest::newRow("+00:00") << QStringLiteral("2022-09-21T19:03:15+00:00")
                            << utc(2022, 9, 21, 19, 3, 15, 0);
    QTest::newRow("lower case t and z")
        << QStringLiteral("2022-09-21t19:03:15.9z") << utc(2022, 9, 21, 19, 3, 15, 900);
}

void tst_JsonDecoder::lastSeen()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QByteArray item
        = R"({"lastSeen":")" + text.toUtf8() + R"(","context":{"kind":"user","key":"k"}})";
    const auto result = ctx::decodeContextsPage(page(item));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    const QDateTime actual = result.value().items.first().lastSeen;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void tst_JsonDecoder::unknownFieldsIgnored()
{
    const QByteArray body = R"({"_environmentId":"e","newTopLevel":{"x":[1,2]},"items":[
        {"context":{"kind":"user","key":"k","custom":null},"futureField":true,
         "_links":{"site":{"href":"/s","type":"text/html","extra":1},"other":{"href":5}},
         "_access":{"denied":[{"action":"x"}],"allowed":[]},"anonymousKinds":["device"]}],
        "_links":{"self":{"href":"/self"},"prev":{"href":"/p"}}})";
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().items.first().siteLink, QStringLiteral("/s"));
    QCOMPARE(
        result.value().items.first().attributesJson, QByteArray(R"({"key":"k","custom":null})"));
}

void tst_JsonDecoder::legacyUserWithoutKind()
{
    const auto result = ctx::decodeContextsPage(oneContext(R"({"key":"old-user","name":"Bo"})"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().items.first().kind, QStringLiteral("user"));
    QCOMPARE(result.value().items.first().name, QStringLiteral("Bo"));
}

void tst_JsonDecoder::invalidPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail"); // a substring the detail must contain

    const QByteArray ok = R"("context":{"kind":"user","key":"k"})";
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace body") << QByteArray(" \r\n ") << QStringLiteral("empty");
    QTest::newRow("html body") << QByteArray("<html><body>Bad gateway</body></html>")
                               << QStringLiteral("not valid JSON (at byte 1)");
    QTest::newRow("malformed") << QByteArray(R"({"items":[}]})")
                               << QStringLiteral("not valid JSON (at byte 11)");
    QTest::newRow("truncated") << page(R"({"context":{"kind":"user","key":"k"}})").chopped(5)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("trailing garbage") << page({}) + "x" << QStringLiteral("not valid JSON");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"items\":[{\"context\":{\"kind\":\"user\",\"key\":\"k\xff\xfe\"}}]}")
        << QStringLiteral("not valid JSON");
    QTest::newRow("lone surrogate escape")
        << QByteArray(R"({"items":[{"context":{"kind":"user","key":"\ud800"}}]})")
        << QStringLiteral("not valid JSON");
    QTest::newRow("root is an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("root is a string")
        << QByteArray(R"("x")") << QStringLiteral("not a JSON object");
    QTest::newRow("items missing")
        << QByteArray(R"({"_environmentId":"e"})") << QStringLiteral("items is missing");
    QTest::newRow("items null") << QByteArray(R"({"items":null})")
                                << QStringLiteral("items is missing");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("items string") << QByteArray(R"({"items":"[]"})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("item not an object")
        << page(R"({)" + ok + R"(},{)" + ok + R"(},{)" + ok + R"(},42)")
        << QStringLiteral("items[3] is not an object");
    QTest::newRow("context missing") << page(R"({"lastSeen":"2022-01-01T00:00:00Z"})")
                                     << QStringLiteral("items[0].context is missing");
    QTest::newRow("context null") << page(R"({"context":null})")
                                  << QStringLiteral("items[0].context is missing");
    QTest::newRow("context number")
        << oneContext("5") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context array")
        << oneContext("[]") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context string not JSON")
        << oneContext(R"("not json")") << QStringLiteral("items[0].context is not valid JSON");
    QTest::newRow("context string holding an array")
        << oneContext(R"("[1]")") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context string empty")
        << oneContext(R"("")") << QStringLiteral("items[0].context is empty");
    QTest::newRow("key missing") << page(R"({)" + ok + R"(},{"context":{"kind":"user"}})")
                                 << QStringLiteral("items[1].context.key is missing");
    QTest::newRow("key number") << oneContext(R"({"kind":"user","key":12})")
                                << QStringLiteral("items[0].context.key is not a string");
    QTest::newRow("key missing in a string context") << oneContext(
        R"("{\"kind\":\"user\"}")") << QStringLiteral("items[0].context.key is missing");
    QTest::newRow("kind number") << oneContext(R"({"kind":1,"key":"k"})")
                                 << QStringLiteral("items[0].context.kind is not a string");
    QTest::newRow("name number") << oneContext(R"({"kind":"user","key":"k","name":5})")
                                 << QStringLiteral("items[0].context.name is not a string");
    QTest::newRow("_meta array") << oneContext(R"({"kind":"user","key":"k","_meta":[]})")
                                 << QStringLiteral("items[0].context._meta is not an object");
    QTest::newRow("privateAttributes string")
        << oneContext(R"({"kind":"user","key":"k","_meta":{"privateAttributes":"email"}})")
        << QStringLiteral("items[0].context._meta.privateAttributes is not an array");
    QTest::newRow("redactedAttributes entry number")
        << oneContext(R"({"kind":"user","key":"k","_meta":{"redactedAttributes":["a",1]}})")
        << QStringLiteral("items[0].context._meta.redactedAttributes[1] is not a string");
    QTest::newRow("multi member not an object")
        << oneContext(R"({"kind":"multi","user":{"key":"u"},"org":"x"})")
        << QStringLiteral("items[0].context.org is not an object");
    QTest::newRow("multi member without key")
        << oneContext(R"({"kind":"multi","user":{"name":"u"}})")
        << QStringLiteral("items[0].context.user.key is missing");
    QTest::newRow("lastSeen number") << oneContext(R"({"key":"k"})", R"("lastSeen":1650034857526,)")
                                     << QStringLiteral("items[0].lastSeen is not a string");
    QTest::newRow("lastSeen not a date") << oneContext(R"({"key":"k"})",
        R"("lastSeen":"yesterday",)") << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("lastSeen without zone")
        << oneContext(R"({"key":"k"})", R"("lastSeen":"2022-04-15T15:00:57",)")
        << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("lastSeen bad month")
        << oneContext(R"({"key":"k"})", R"("lastSeen":"2022-13-15T15:00:57Z",)")
        << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("applicationId number") << oneContext(R"({"key":"k"})",
        R"("applicationId":3,)") << QStringLiteral("items[0].applicationId is not a string");
    QTest::newRow("associatedContexts string")
        << oneContext(R"({"key":"k"})", R"("associatedContexts":"many",)")
        << QStringLiteral("items[0].associatedContexts is not an integer");
    QTest::newRow("associatedContexts fraction")
        << oneContext(R"({"key":"k"})", R"("associatedContexts":1.5,)")
        << QStringLiteral("items[0].associatedContexts is not an integer");
    QTest::newRow("item _links array") << oneContext(R"({"key":"k"})", R"("_links":[],)")
                                       << QStringLiteral("items[0]._links is not an object");
    QTest::newRow("site not an object") << oneContext(R"({"key":"k"})",
        R"("_links":{"site":"/s"},)") << QStringLiteral("items[0]._links.site is not an object");
    QTest::newRow("site href number")
        << oneContext(R"({"key":"k"})", R"("_links":{"site":{"href":1}},)")
        << QStringLiteral("items[0]._links.site.href is not a string");
    QTest::newRow("totalCount string")
        << page({}, R"("totalCount":"lots",)") << QStringLiteral("totalCount is not an integer");
    QTest::newRow("totalCount bool")
        << page({}, R"("totalCount":true,)") << QStringLiteral("totalCount is not an integer");
    QTest::newRow("totalCount too large") << page({}, R"("totalCount":18446744073709551615,)")
                                          << QStringLiteral("totalCount is out of range");
    QTest::newRow("continuationToken number") << page(
        {}, R"("continuationToken":7,)") << QStringLiteral("continuationToken is not a string");
    QTest::newRow("_environmentId object")
        << page({}, R"("_environmentId":{},)") << QStringLiteral("_environmentId is not a string");
    QTest::newRow("_links string")
        << page({}, R"("_links":"x",)") << QStringLiteral("_links is not an object");
    QTest::newRow("next href array") << page({}, R"("_links":{"next":{"href":[]}},)")
                                     << QStringLiteral("_links.next.href is not a string");
}

void tst_JsonDecoder::invalidPages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
    QVERIFY(!result.error().userMessage().isEmpty());
}

void tst_JsonDecoder::deepNesting()
{
    const int depth = 100000;
    for (const QByteArray &body :
        {QByteArray(depth, '['), QByteArray(depth, '[') + QByteArray(depth, ']'),
            R"({"items":[{"context":{"kind":"user","key":"k","deep":)" + QByteArray(depth, '[')
                + QByteArray(depth, ']') + "}}]}",
            QByteArray(depth, '{')}) {
        const auto result = ctx::decodeContextsPage(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error().detail().contains(QLatin1String("deeper than 512")),
            qPrintable(result.error().detail()));
        QVERIFY(!ctx::decodeContextKinds(body).ok());
        QCOMPARE(
            ctx::errorFromResponse(500, body, QStringLiteral("Internal Server Error")).detail(),
            QStringLiteral("Internal Server Error"));
    }
}

void tst_JsonDecoder::deepNestingInsideContextString()
{
    QByteArray inner
        = R"({\"key\":\"k\",\"deep\":)" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}";
    const auto result = ctx::decodeContextsPage(oneContext("\"" + inner + "\""));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().detail().contains(QLatin1String("items[0].context is nested deeper")),
        qPrintable(result.error().detail()));
}

void tst_JsonDecoder::nestingAtTheLimit()
{
    // The page itself takes 3 levels (root, items, item) and the context 1: 508 more fit.
    const int extra = 512 - 4;
    const QByteArray context = R"({"kind":"user","key":"k","deep":)" + QByteArray(extra, '[')
        + QByteArray(extra, ']') + "}";
    const auto fits = ctx::decodeContextsPage(oneContext(context));
    QVERIFY2(fits.ok(), qPrintable(fits.ok() ? QString() : fits.error().detail()));
    const QByteArray tooDeep = R"({"kind":"user","key":"k","deep":)" + QByteArray(extra + 1, '[')
        + QByteArray(extra + 1, ']') + "}";
    QVERIFY(!ctx::decodeContextsPage(oneContext(tooDeep)).ok());
    // Brackets inside strings do not count.
    const QByteArray inString = R"({"kind":"user","key":")" + QByteArray(5000, '[') + R"("})";
    QVERIFY(ctx::decodeContextsPage(oneContext(inString)).ok());
}

void tst_JsonDecoder::contextKinds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("lastSeen");

    const QDateTime created = QDateTime::fromMSecsSinceEpoch(1668530155141, Qt::UTC);
    const QDateTime seen = QDateTime::fromMSecsSinceEpoch(1671563538193, Qt::UTC);
    QTest::newRow("millis as strings (the spec's examples)")
        << QByteArray(R"({"items":[{"key":"organization-key-123abc","name":"Organization",
             "description":"An example context kind","version":4,"creationDate":"1668530155141",
             "lastModified":"1670341705251","lastSeen":"1671563538193","createdFrom":"auto-add",
             "hideInTargeting":false,"archived":false,"_links":{}}],"_links":{}})")
        << created << seen;
    QTest::newRow("millis as integers") << QByteArray(
        R"({"items":[{"key":"organization-key-123abc","name":"Organization",
             "description":"An example context kind","version":4,"creationDate":1668530155141,
             "lastModified":1670341705251,"lastSeen":1671563538193,"createdFrom":"auto-add"}],
             "_links":{}})") << created << seen;
    QTest::newRow("never seen") << QByteArray(
        R"({"items":[{"key":"organization-key-123abc","name":"Organization",
             "description":"An example context kind","version":4,"creationDate":1668530155141,
             "lastModified":1670341705251,"createdFrom":"auto-add"}]})")
                                << created << QDateTime();
}

void tst_JsonDecoder::contextKinds()
{
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, lastSeen);
    const auto result = ctx::decodeContextKinds(body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    QCOMPARE(result.value().size(), 1);
    const ctx::ContextKind &kind = result.value().first();
    QCOMPARE(kind.key, QStringLiteral("organization-key-123abc"));
    QCOMPARE(kind.name, QStringLiteral("Organization"));
    QCOMPARE(kind.description, QStringLiteral("An example context kind"));
    QCOMPARE(kind.version, 4);
    QCOMPARE(kind.creationDate, created);
    QCOMPARE(kind.lastModified, QDateTime::fromMSecsSinceEpoch(1670341705251, Qt::UTC));
    QCOMPARE(kind.lastSeen, lastSeen);
    QCOMPARE(kind.createdFrom, QStringLiteral("auto-add"));
    QVERIFY(!kind.archived);

    const auto archived = ctx::decodeContextKinds(
        R"({"items":[{"key":"a","hideInTargeting":true},{"key":"b","archived":true},{"key":"c"}]})");
    QVERIFY(archived.ok());
    QCOMPARE(archived.value().size(), 3);
    QVERIFY(archived.value()[0].archived);
    QVERIFY(archived.value()[1].archived);
    QVERIFY(!archived.value()[2].archived);
    QCOMPARE(archived.value()[2].name, QStringLiteral("c")); // name falls back to the key
}

void tst_JsonDecoder::invalidContextKinds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<!doctype html>") << QStringLiteral("not valid JSON");
    QTest::newRow("items missing")
        << QByteArray(R"({"_links":{}})") << QStringLiteral("items is missing");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("item string") << QByteArray(R"({"items":["user"]})")
                                 << QStringLiteral("items[0] is not an object");
    QTest::newRow("key missing") << QByteArray(R"({"items":[{"key":"a"},{"name":"B"}]})")
                                 << QStringLiteral("items[1].key is missing");
    QTest::newRow("name number") << QByteArray(R"({"items":[{"key":"a","name":1}]})")
                                 << QStringLiteral("items[0].name is not a string");
    QTest::newRow("version string") << QByteArray(R"({"items":[{"key":"a","version":"four"}]})")
                                    << QStringLiteral("items[0].version is not an integer");
    QTest::newRow("creationDate not numeric")
        << QByteArray(R"({"items":[{"key":"a","creationDate":"2022-01-01"}]})")
        << QStringLiteral("items[0].creationDate is not an integer");
    QTest::newRow("lastSeen bool") << QByteArray(R"({"items":[{"key":"a","lastSeen":true}]})")
                                   << QStringLiteral("items[0].lastSeen is not an integer");
    QTest::newRow("archived string") << QByteArray(R"({"items":[{"key":"a","archived":"no"}]})")
                                     << QStringLiteral("items[0].archived is not a boolean");
    QTest::newRow("createdFrom number") << QByteArray(R"({"items":[{"key":"a","createdFrom":2}]})")
                                        << QStringLiteral("items[0].createdFrom is not a string");
}

void tst_JsonDecoder::invalidContextKinds()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeContextKinds(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
}

void tst_JsonDecoder::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");

    using K = ApiError::Kind;
    QTest::newRow("400 with code and message")
        << 400 << QByteArray(R"({"code":"invalid_request","message":"Invalid request body"})")
        << QStringLiteral("Bad Request") << int(K::BadRequest) << QStringLiteral("invalid_request")
        << QStringLiteral("Invalid request body");
    QTest::newRow("401 with id")
        << 401
        << QByteArray(R"({"code":"unauthorized","message":"Invalid access token","id":"req-1"})")
        << QString() << int(K::Unauthorized) << QStringLiteral("unauthorized")
        << QStringLiteral("Invalid access token");
    QTest::newRow("403") << 403 << QByteArray(R"({"code":"forbidden","message":"Forbidden."})")
                         << QString() << int(K::Forbidden) << QStringLiteral("forbidden")
                         << QStringLiteral("Forbidden.");
    QTest::newRow("404 message only")
        << 404 << QByteArray(R"({"message":"Unknown environment"})") << QStringLiteral("Not Found")
        << int(K::NotFound) << QString() << QStringLiteral("Unknown environment");
    QTest::newRow("409") << 409
                         << QByteArray(
                                R"({"code":"optimistic_locking_error","message":"Conflict"})")
                         << QString() << int(K::Conflict)
                         << QStringLiteral("optimistic_locking_error")
                         << QStringLiteral("Conflict");
    QTest::newRow("429 code only")
        << 429 << QByteArray(R"({"code":"rate_limited"})") << QStringLiteral("Too Many Requests")
        << int(K::RateLimited) << QStringLiteral("rate_limited")
        << QStringLiteral("Too Many Requests");
    QTest::newRow("500 empty body")
        << 500 << QByteArray() << QStringLiteral("Internal Server Error") << int(K::ServerError)
        << QString() << QStringLiteral("Internal Server Error");
    QTest::newRow("502 html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << QStringLiteral("Bad Gateway") << int(K::ServerError) << QString()
                              << QStringLiteral("Bad Gateway");
    QTest::newRow("503 plain text")
        << 503 << QByteArray("upstream connect error\n") << QStringLiteral("Service Unavailable")
        << int(K::ServerError) << QString() << QStringLiteral("upstream connect error");
    QTest::newRow("418 other") << 418 << QByteArray(R"({"message":"teapot"})") << QString()
                               << int(K::UnexpectedStatus) << QString() << QStringLiteral("teapot");
    QTest::newRow("message wrong type")
        << 400 << QByteArray(R"({"code":1,"message":{"a":1}})") << QStringLiteral("Bad Request")
        << int(K::BadRequest) << QString() << QStringLiteral("Bad Request");
    QTest::newRow("array body") << 400 << QByteArray(R"(["x"])") << QStringLiteral("Bad Request")
                                << int(K::BadRequest) << QString() << QStringLiteral("Bad Request");
    QTest::newRow("binary body") << 500 << QByteArray("\xff\xfe\x01garbage", 10) << QString()
                                 << int(K::ServerError) << QString() << QString();
}

void tst_JsonDecoder::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    const ApiError error = ctx::errorFromResponse(status, body, reason);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.detail(), detail);
}

QTEST_APPLESS_MAIN(tst_JsonDecoder)
#include "tst_JsonDecoder.moc"
