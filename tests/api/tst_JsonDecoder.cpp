// The JSON decoder on good input: Contexts pages, their records and context kinds.
#include "JsonDecoderSupport.h"

#include <QTest>

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
    void contextKinds_data();
    void contextKinds();
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

QTEST_APPLESS_MAIN(tst_JsonDecoder)
#include "tst_JsonDecoder.moc"
