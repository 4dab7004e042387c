// The detail decoder's contexts: instances, their paging and errors, evaluation contexts.
#include "DetailDecoderSupport.h"
#include "InvalidResponseCheck.h"

#include <QTest>

class tst_DetailDecoder : public QObject
{
    Q_OBJECT
private slots:
    void specContextInstances();
    void multiKindInstance();
    void instanceContextAsString();
    void instancePaging();
    void invalidInstances_data();
    void invalidInstances();
    void evaluationContextSingle();
    void evaluationContextMulti();
};

void tst_DetailDecoder::specContextInstances()
{
    const auto result = ctx::decodeContextInstancesPage(specExample("ContextInstances"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const auto &page = result.value();
    QCOMPARE(page.totalCount, std::optional<qint64>(100));
    QCOMPARE(page.continuationToken, QStringLiteral("QAGFKH1313KUGI2351"));
    QCOMPARE(page.items.size(), 1);
    const ContextInstance &instance = page.items.first();
    QCOMPARE(instance.id, QStringLiteral("b3JnOmxhdW5jaGRhcmtseQ"));
    QCOMPARE(instance.lastSeen, utc(2022, 4, 15, 15, 0, 57, 526));
    QCOMPARE(instance.applicationId, QStringLiteral("GoSDK/1.2"));
    QCOMPARE(instance.anonymousKinds,
        QStringList({QStringLiteral("device"), QStringLiteral("privateKind")}));
    QCOMPARE(instance.siteLink,
        QStringLiteral(
            "/my-project/my-environment/context-instances/organization:launch-darkly:user:henry"));
    // The spec's example sends the context as JSON text.
    QCOMPARE(instance.contexts.size(), 1);
    const ContextRecord &user = instance.contexts.first();
    QCOMPARE(user.kind, QStringLiteral("user"));
    QCOMPARE(user.key, QStringLiteral("context-key-123abc"));
    QCOMPARE(user.name, QStringLiteral("Sandy Smith"));
    QCOMPARE(user.attributesJson,
        QByteArray(
            R"({"key":"context-key-123abc","name":"Sandy Smith","email":"sandy@example.com"})"));
    QCOMPARE(user.applicationId, QStringLiteral("GoSDK/1.2"));
    QCOMPARE(user.lastSeen, instance.lastSeen);
    QCOMPARE(instance.kindKeys(), QStringList {QStringLiteral("user:context-key-123abc")});
}

void tst_DetailDecoder::multiKindInstance()
{
    // The server sends a private value anyway: it must not reach attributesJson.
    const QByteArray body = instances(R"({
        "id": "dXNlcjphbm5hOm9yZzphY21l", "applicationId": "JSClient/3.1",
        "lastSeen": "2024-06-01T12:30:00.250+02:00", "anonymousKinds": ["device"],
        "context": { "kind": "multi",
          "user": { "key": "anna", "name": "Anna", "email": "anna@example.com",
                    "address": { "street": "1 Main St", "city": "Springfield" },
                    "_meta": { "privateAttributes": ["email", "/address/street"] } },
          "organization": { "key": "acme", "name": "Acme", "plan": "gold",
                            "_meta": { "redactedAttributes": ["plan"] } } },
        "_links": { "site": { "href": "/p/e/context-instances/dXNlcjphbm5hOm9yZzphY21l" } }
      })",
        R"("totalCount":"1",)");
    const auto result = ctx::decodeContextInstancesPage(body);
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().totalCount, std::optional<qint64>(1));
    QVERIFY(result.value().continuationToken.isEmpty());
    const ContextInstance &instance = result.value().items.first();
    QCOMPARE(instance.anonymousKinds, QStringList {QStringLiteral("device")});
    QCOMPARE(instance.lastSeen, utc(2024, 6, 1, 10, 30, 0, 250));
    QCOMPARE(instance.siteLink, QStringLiteral("/p/e/context-instances/dXNlcjphbm5hOm9yZzphY21l"));
    QCOMPARE(instance.kindKeys(),
        QStringList({QStringLiteral("user:anna"), QStringLiteral("organization:acme")}));
    const ContextRecord &user = instance.contexts[0];
    QCOMPARE(user.name, QStringLiteral("Anna"));
    QCOMPARE(user.privateAttributes,
        QStringList({QStringLiteral("email"), QStringLiteral("/address/street")}));
    QCOMPARE(user.attributesJson,
        QByteArray(R"({"key":"anna","name":"Anna","address":{"city":"Springfield"}})"));
    const ContextRecord &org = instance.contexts[1];
    QCOMPARE(org.privateAttributes, QStringList {QStringLiteral("plan")});
    QCOMPARE(org.attributesJson, QByteArray(R"({"key":"acme","name":"Acme"})"));
    for (const ContextRecord &r : instance.contexts) {
        QCOMPARE(r.applicationId, QStringLiteral("JSClient/3.1"));
        QCOMPARE(r.lastSeen, instance.lastSeen);
        QVERIFY(r.siteLink.isEmpty());
        for (const char *secret : {"anna@example.com", "1 Main St", "gold", "_meta"})
            QVERIFY2(!r.attributesJson.contains(secret), r.attributesJson.constData());
    }
}

void tst_DetailDecoder::instanceContextAsString()
{
    const QByteArray body = instances(
        R"({"id":"i1","context":"{\"kind\":\"multi\",\"user\":{\"key\":\"u\",\"ssn\":\"123-45-6789\",)"
        R"(\"_meta\":{\"redactedAttributes\":[\"ssn\"]}},\"device\":{\"key\":\"d\"}}"})");
    const auto result = ctx::decodeContextInstancesPage(body);
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const ContextInstance &instance = result.value().items.first();
    QCOMPARE(instance.contexts.size(), 2);
    QCOMPARE(instance.contexts[0].attributesJson, QByteArray(R"({"key":"u"})"));
    QCOMPARE(instance.contexts[1].kindKey(), QStringLiteral("device:d"));
    QVERIFY(instance.anonymousKinds.isEmpty());
    QVERIFY(!instance.lastSeen.isValid());
    QVERIFY(!result.value().totalCount.has_value());
}

void tst_DetailDecoder::instancePaging()
{
    const auto fromLink = ctx::decodeContextInstancesPage(instances({},
        R"("_links":{"next":{"href":"/api/v2/projects/p/environments/e/context-instances/search?limit=50&continuationToken=2022-04-15T15%3A00%3A57Z"}},)"));
    QVERIFY2(fromLink.ok(), qPrintable(errorOf(fromLink)));
    QCOMPARE(fromLink.value().continuationToken, QStringLiteral("2022-04-15T15:00:57Z"));
    const auto both = ctx::decodeContextInstancesPage(instances({},
        R"("continuationToken":"tok","_links":{"next":{"href":"/x?continuationToken=other"}},)"));
    QCOMPARE(both.value().continuationToken, QStringLiteral("tok"));
}

void tst_DetailDecoder::invalidInstances_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    const QByteArray ok = R"({"id":"i","context":{"kind":"user","key":"k"}})";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the response is empty");
    QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("items missing") << QByteArray("{}") << QStringLiteral("items is missing");
    QTest::newRow("item number") << instances(ok + ",3")
                                 << QStringLiteral("items[1] is not an object");
    QTest::newRow("id missing") << instances(R"({"context":{"key":"k"}})")
                                << QStringLiteral("items[0].id is missing");
    QTest::newRow("id number") << instances(R"({"id":5,"context":{"key":"k"}})")
                               << QStringLiteral("items[0].id is not a string");
    QTest::newRow("context missing")
        << instances(R"({"id":"i"})") << QStringLiteral("items[0].context is missing");
    QTest::newRow("multi member without key")
        << instances(R"({"id":"i","context":{"kind":"multi","user":{"name":"x"}}})")
        << QStringLiteral("items[0].context.user.key is missing");
    QTest::newRow("anonymousKinds string")
        << instances(R"({"id":"i","anonymousKinds":"device","context":{"key":"k"}})")
        << QStringLiteral("items[0].anonymousKinds is not an array");
    QTest::newRow("anonymousKinds entry number")
        << instances(R"({"id":"i","anonymousKinds":["a",2],"context":{"key":"k"}})")
        << QStringLiteral("items[0].anonymousKinds[1] is not a string");
    QTest::newRow("lastSeen not a date")
        << instances(R"({"id":"i","lastSeen":"soon","context":{"key":"k"}})")
        << QStringLiteral("items[0].lastSeen is not an RFC 3339 date-time");
    QTest::newRow("private list not an array")
        << instances(R"({"id":"i","context":{"key":"k","_meta":{"privateAttributes":"a"}}})")
        << QStringLiteral("items[0].context._meta.privateAttributes is not an array");
    QTest::newRow("totalCount string") << instances(ok, R"("totalCount":"many",)")
                                       << QStringLiteral("totalCount is not an integer");
    QTest::newRow("next link not an object") << instances(ok, R"("_links":{"next":"x"},)")
                                             << QStringLiteral("_links.next is not an object");
}

void tst_DetailDecoder::invalidInstances()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeContextInstancesPage(body);
    verifyInvalidResponse(result, detail);
}

void tst_DetailDecoder::evaluationContextSingle()
{
    // The key goes first after the kind, whatever the attributes' order.
    QCOMPARE(ctx::evaluationContextJson(record(QStringLiteral("user"), QStringLiteral("u:1/ä"),
                 R"({"name":"Ann","key":"u:1/ä","address":{"city":"X"},"anonymous":false})")),
        QByteArray(R"({"kind":"user","key":"u:1/ä","name":"Ann","address":{"city":"X"},)"
                   R"("anonymous":false})"));
    QCOMPARE(ctx::evaluationContextJson(
                 record(QStringLiteral("device"), QStringLiteral("d"), QByteArray())),
        QByteArray(R"({"kind":"device","key":"d"})"));

    // From a decoded record: no private values, no _meta.
    const auto page = ctx::decodeContextInstancesPage(
        instances(R"({"id":"i","context":{"kind":"user","key":"k","email":"e@x","plan":"p",)"
                  R"("_meta":{"privateAttributes":["email"]}}})"));
    QVERIFY2(page.ok(), qPrintable(errorOf(page)));
    const ContextInstance &instance = page.value().items.first();
    QCOMPARE(ctx::evaluationContextJson(instance),
        QByteArray(R"({"kind":"user","key":"k","plan":"p"})"));
    QCOMPARE(ctx::evaluationContextJson(instance.contexts.first()),
        ctx::evaluationContextJson(instance));
}

void tst_DetailDecoder::evaluationContextMulti()
{
    const auto page = ctx::decodeContextInstancesPage(instances(R"({"id":"i","context":{
        "kind":"multi",
        "user":{"key":"anna","name":"Anna","email":"a@x","_meta":{"redactedAttributes":["email"]}},
        "organization":{"key":"acme","tier":2}}})"));
    QVERIFY2(page.ok(), qPrintable(errorOf(page)));
    const QByteArray json = ctx::evaluationContextJson(page.value().items.first());
    QCOMPARE(json,
        QByteArray(R"({"kind":"multi","user":{"key":"anna","name":"Anna"},)"
                   R"("organization":{"key":"acme","tier":2}})"));
    QVERIFY(!json.contains("_meta"));
    QVERIFY(!json.contains("a@x"));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.value(QStringLiteral("user")).toObject().contains(QStringLiteral("kind")));

    ContextInstance built;
    built.contexts = {record(QStringLiteral("user"), QStringLiteral("u"), R"({"key":"u"})"),
        record(QStringLiteral("device"), QStringLiteral("d"), R"({"os":"linux","key":"d"})")};
    QCOMPARE(ctx::evaluationContextJson(built),
        QByteArray(R"({"kind":"multi","user":{"key":"u"},"device":{"key":"d","os":"linux"}})"));
}

QTEST_GUILESS_MAIN(tst_DetailDecoder)
#include "tst_DetailDecoder.moc"
