#include "DetailDecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ctx::ApiError;
using ctx::ContextInstance;
using ctx::ContextRecord;
using ctx::FlagEvaluation;
using ctx::FlagVariation;
using ctx::SegmentMembership;

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

// A ContextInstances page with the given items (a JSON array's inner text).
QByteArray instances(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"_environmentId":"env1",)" + extra + R"("items":[)" + items + "]}";
}

// An envelope {"items": [...], "_links": {}} for evaluations and memberships.
QByteArray items(const QByteArray &inner)
{
    return R"({"items":[)" + inner + R"(],"_links":{}})";
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

template <typename T> QString errorOf(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().detail();
}

ContextRecord record(const QString &kind, const QString &key, const QByteArray &attributes)
{
    ContextRecord r;
    r.kind = kind;
    r.key = key;
    r.attributesJson = attributes;
    return r;
}

} // namespace

class tst_DetailDecoder : public QObject
{
    Q_OBJECT
private slots:
    void specContextInstances();
    void specEvaluations();
    void specSegmentMemberships();
    void specFeatureFlag();
    void multiKindInstance();
    void instanceContextAsString();
    void instancePaging();
    void invalidInstances_data();
    void invalidInstances();
    void evaluationReasons_data();
    void evaluationReasons();
    void evaluationValues_data();
    void evaluationValues();
    void invalidEvaluations_data();
    void invalidEvaluations();
    void segmentFlags_data();
    void segmentFlags();
    void invalidSegments_data();
    void invalidSegments();
    void variations_data();
    void variations();
    void invalidVariations_data();
    void invalidVariations();
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

void tst_DetailDecoder::specEvaluations()
{
    const auto result = ctx::decodeFlagEvaluations(specExample("ContextInstanceEvaluations"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<FlagEvaluation> &list = result.value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].key, QStringLiteral("sort.order"));
    QCOMPARE(list[0].name, QStringLiteral("SortOrder"));
    QCOMPARE(list[0].valueJson, QByteArray("true"));
    QCOMPARE(list[0].reason.kind, QStringLiteral("FALLTHROUGH"));
    QCOMPARE(list[0].reason.ruleIndex, -1);
    QCOMPARE(list[0].siteLink,
        QStringLiteral("/my-project/my-environment/features/sort.order/targeting"));
    QCOMPARE(list[1].key, QStringLiteral("alternate.page"));
    QCOMPARE(list[1].valueJson, QByteArray("false"));
    QCOMPARE(list[1].reason.kind, QStringLiteral("RULE_MATCH"));
    QCOMPARE(list[1].reason.ruleId, QStringLiteral("b2530cdf-14c6-4e16-b660-00239e08f19b"));
    QCOMPARE(list[1].reason.ruleIndex, 1);
    QVERIFY(!list[1].reason.inExperiment);
}

void tst_DetailDecoder::specSegmentMemberships()
{
    const auto result
        = ctx::decodeSegmentMemberships(specExample("ContextInstanceSegmentMemberships"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().size(), 1);
    const SegmentMembership &m = result.value().first();
    QCOMPARE(m.key, QStringLiteral("segment-key-123abc"));
    QCOMPARE(m.name, QStringLiteral("Segment Name"));
    QCOMPARE(m.description, QStringLiteral("Segment description"));
    QVERIFY(m.isMember);
    QVERIFY(m.isIndividuallyTargeted);
    QVERIFY(!m.isRuleTargeted);
    QVERIFY(!m.unbounded);
    QCOMPARE(m.external, QStringLiteral("https://amplitude.com/myCohort"));
    QVERIFY(m.siteLink.isEmpty());
}

void tst_DetailDecoder::specFeatureFlag()
{
    const auto result = ctx::decodeFlagVariations(specExample("FeatureFlag"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const QList<FlagVariation> &list = result.value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].valueJson, QByteArray("true"));
    QCOMPARE(list[1].valueJson, QByteArray("false"));
    QVERIFY(list[0].name.isEmpty());
    QVERIFY(list[0].description.isEmpty());
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
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
}

void tst_DetailDecoder::evaluationReasons_data()
{
    QTest::addColumn<QByteArray>("reason"); // the "reason" member's JSON, or empty: absent
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("prerequisiteKey");
    QTest::addColumn<bool>("inExperiment");
    QTest::addColumn<QString>("errorKind");

    const QString none;
    QTest::newRow("OFF") << QByteArray(R"({"kind":"OFF"})") << "OFF" << -1 << none << none << false
                         << none;
    QTest::newRow("FALLTHROUGH in experiment")
        << QByteArray(R"({"kind":"FALLTHROUGH","inExperiment":true})") << "FALLTHROUGH" << -1
        << none << none << true << none;
    QTest::newRow("TARGET_MATCH") << QByteArray(R"({"kind":"TARGET_MATCH"})") << "TARGET_MATCH"
                                  << -1 << none << none << false << none;
    QTest::newRow("RULE_MATCH ruleID")
        << QByteArray(R"({"kind":"RULE_MATCH","ruleIndex":0,"ruleID":"r-1"})") << "RULE_MATCH" << 0
        << "r-1" << none << false << none;
    QTest::newRow("RULE_MATCH ruleId (SDK spelling)")
        << QByteArray(R"({"kind":"RULE_MATCH","ruleIndex":3,"ruleId":"r-3","inExperiment":false})")
        << "RULE_MATCH" << 3 << "r-3" << none << false << none;
    QTest::newRow("PREREQUISITE_FAILED")
        << QByteArray(R"({"kind":"PREREQUISITE_FAILED","prerequisiteKey":"other-flag"})")
        << "PREREQUISITE_FAILED" << -1 << none << "other-flag" << false << none;
    QTest::newRow("ERROR") << QByteArray(
        R"({"kind":"ERROR","errorKind":"tried to use uninitialized Context"})")
                           << "ERROR" << -1 << none << none << false
                           << "tried to use uninitialized Context";
    QTest::newRow("as JSON text (the spec's field example)")
        << QByteArray(R"("{\"kind\": \"RULE_MATCH\"}")") << "RULE_MATCH" << -1 << none << none
        << false << none;
    QTest::newRow("absent") << QByteArray() << none << -1 << none << none << false << none;
    QTest::newRow("null") << QByteArray("null") << none << -1 << none << none << false << none;
    QTest::newRow("empty object") << QByteArray("{}") << none << -1 << none << none << false
                                  << none;
}

void tst_DetailDecoder::evaluationReasons()
{
    QFETCH(QByteArray, reason);
    QFETCH(QString, kind);
    QFETCH(int, ruleIndex);
    QFETCH(QString, ruleId);
    QFETCH(QString, prerequisiteKey);
    QFETCH(bool, inExperiment);
    QFETCH(QString, errorKind);
    const QByteArray member = reason.isEmpty() ? QByteArray() : ",\"reason\":" + reason;
    const auto result
        = ctx::decodeFlagEvaluations(items(R"({"key":"f","name":"F","_value":1)" + member + "}"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const ctx::EvaluationReason &r = result.value().first().reason;
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.ruleIndex, ruleIndex);
    QCOMPARE(r.ruleId, ruleId);
    QCOMPARE(r.prerequisiteKey, prerequisiteKey);
    QCOMPARE(r.inExperiment, inExperiment);
    QCOMPARE(r.errorKind, errorKind);
}

void tst_DetailDecoder::evaluationValues_data()
{
    QTest::addColumn<QByteArray>("value"); // the "_value" member's JSON, or empty: absent
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("true") << QByteArray("true") << QByteArray("true");
    QTest::newRow("string") << QByteArray(R"("blue")") << QByteArray(R"("blue")");
    QTest::newRow("string that looks like a bool")
        << QByteArray(R"("true")") << QByteArray(R"("true")");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("42");
    QTest::newRow("float") << QByteArray("1.5") << QByteArray("1.5");
    QTest::newRow("object, compacted in order") << QByteArray(R"({ "z": 1, "a": [ true, null ] })")
                                                << QByteArray(R"({"z":1,"a":[true,null]})");
    QTest::newRow("non-ASCII") << QByteArray("\"gr\xc3\xbc\\u00df\"")
                               << QByteArray("\"gr\xc3\xbc\xc3\x9f\"");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("absent") << QByteArray() << QByteArray("null");
}

void tst_DetailDecoder::evaluationValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QByteArray member = value.isEmpty() ? QByteArray() : ",\"_value\":" + value;
    const auto result = ctx::decodeFlagEvaluations(items(R"({"key":"f")" + member + "}"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().first().valueJson, expected);
    QCOMPARE(result.value().first().name, QStringLiteral("f")); // no name: the key
}

void tst_DetailDecoder::invalidEvaluations_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("key missing") << items(R"({"name":"F","_value":true})")
                                 << QStringLiteral("items[0].key is missing");
    QTest::newRow("name number") << items(R"({"key":"f","name":1})")
                                 << QStringLiteral("items[0].name is not a string");
    QTest::newRow("reason array") << items(R"({"key":"f","reason":[]})")
                                  << QStringLiteral("items[0].reason is not an object");
    QTest::newRow("reason text not JSON") << items(R"({"key":"f","reason":"OFF"})")
                                          << QStringLiteral("items[0].reason is not valid JSON");
    QTest::newRow("reason kind number") << items(R"({"key":"f","reason":{"kind":1}})")
                                        << QStringLiteral("items[0].reason.kind is not a string");
    QTest::newRow("ruleIndex string")
        << items(R"({"key":"f","reason":{"kind":"RULE_MATCH","ruleIndex":"1"}})")
        << QStringLiteral("items[0].reason.ruleIndex is not an integer");
    QTest::newRow("inExperiment string")
        << items(R"({"key":"f","reason":{"inExperiment":"yes"}})")
        << QStringLiteral("items[0].reason.inExperiment is not a boolean");
    QTest::newRow("site href number")
        << items(R"({"key":"f","_links":{"site":{"href":2}}})")
        << QStringLiteral("items[0]._links.site.href is not a string");
}

void tst_DetailDecoder::invalidEvaluations()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeFlagEvaluations(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
}

void tst_DetailDecoder::segmentFlags_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<bool>("isMember");
    QTest::addColumn<bool>("individually");
    QTest::addColumn<bool>("byRule");
    QTest::addColumn<bool>("unbounded");
    QTest::addColumn<QString>("external");
    QTest::newRow("included by a rule")
        << QByteArray(R"("isMember":true,"isIndividuallyTargeted":false,"isRuleTargeted":true)")
        << true << false << true << false << QString();
    QTest::newRow("not a member") << QByteArray(
        R"("isMember":false,"isIndividuallyTargeted":false,"isRuleTargeted":false)")
                                  << false << false << false << false << QString();
    QTest::newRow("big synced segment")
        << QByteArray(R"("isMember":true,"unbounded":true,"external":"amplitude")") << true << false
        << false << true << QStringLiteral("amplitude");
    QTest::newRow("booleans missing or null") << QByteArray(R"("isMember":null,"external":null)")
                                              << false << false << false << false << QString();
}

void tst_DetailDecoder::segmentFlags()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, isMember);
    QFETCH(bool, individually);
    QFETCH(bool, byRule);
    QFETCH(bool, unbounded);
    QFETCH(QString, external);
    const auto result = ctx::decodeSegmentMemberships(
        items(R"({"key":"beta","_links":{"site":{"href":"/p/e/segments/beta"}},)" + fields + "}"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    const SegmentMembership &m = result.value().first();
    QCOMPARE(m.key, QStringLiteral("beta"));
    QCOMPARE(m.name, QStringLiteral("beta"));
    QVERIFY(m.description.isEmpty());
    QCOMPARE(m.isMember, isMember);
    QCOMPARE(m.isIndividuallyTargeted, individually);
    QCOMPARE(m.isRuleTargeted, byRule);
    QCOMPARE(m.unbounded, unbounded);
    QCOMPARE(m.external, external);
    QCOMPARE(m.siteLink, QStringLiteral("/p/e/segments/beta"));
}

void tst_DetailDecoder::invalidSegments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("items missing")
        << QByteArray(R"({"_links":{}})") << QStringLiteral("items is missing");
    QTest::newRow("key missing") << items(R"({"key":"a"},{"name":"B"})")
                                 << QStringLiteral("items[1].key is missing");
    QTest::newRow("isMember string") << items(R"({"key":"a","isMember":"true"})")
                                     << QStringLiteral("items[0].isMember is not a boolean");
    QTest::newRow("description number") << items(R"({"key":"a","description":0})")
                                        << QStringLiteral("items[0].description is not a string");
    QTest::newRow("external object") << items(R"({"key":"a","external":{}})")
                                     << QStringLiteral("items[0].external is not a string");
}

void tst_DetailDecoder::invalidSegments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeSegmentMemberships(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
}

void tst_DetailDecoder::variations_data()
{
    QTest::addColumn<QByteArray>("variations");
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("descriptions");
    QTest::newRow("boolean") << QByteArray(
        R"([{"_id":"a","value":true,"name":"On"},{"_id":"b","value":false}])")
                             << QList<QByteArray> {"true", "false"}
                             << QStringList {QStringLiteral("On"), QString()}
                             << QStringList {QString(), QString()};
    QTest::newRow("string") << QByteArray(
        R"([{"value":"red","name":"Red","description":"warm"},)"
        R"({"value":"blue","name":"Blue"},{"value":"","name":"None"}])")
                            << QList<QByteArray> {R"("red")", R"("blue")", R"("")"}
                            << QStringList {QStringLiteral("Red"), QStringLiteral("Blue"),
                                   QStringLiteral("None")}
                            << QStringList {QStringLiteral("warm"), QString(), QString()};
    QTest::newRow("number and JSON")
        << QByteArray(R"([{"value":3},{"value":{"b":[1, 2],"a":null}},{"value":null}])")
        << QList<QByteArray> {"3", R"({"b":[1,2],"a":null})", "null"}
        << QStringList {QString(), QString(), QString()}
        << QStringList {QString(), QString(), QString()};
    QTest::newRow("none") << QByteArray("[]") << QList<QByteArray>() << QStringList()
                          << QStringList();
}

void tst_DetailDecoder::variations()
{
    QFETCH(QByteArray, variations);
    QFETCH(QList<QByteArray>, values);
    QFETCH(QStringList, names);
    QFETCH(QStringList, descriptions);
    const auto result = ctx::decodeFlagVariations(
        R"({"key":"f","kind":"multivariate","variations":)" + variations + "}");
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(result.value()[i].valueJson, values[i]);
        QCOMPARE(result.value()[i].name, names[i]);
        QCOMPARE(result.value()[i].description, descriptions[i]);
    }
}

void tst_DetailDecoder::invalidVariations_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("variations missing")
        << QByteArray(R"({"key":"f"})") << QStringLiteral("variations is missing");
    QTest::newRow("variations object")
        << QByteArray(R"({"variations":{}})") << QStringLiteral("variations is not an array");
    QTest::newRow("variation string") << QByteArray(R"({"variations":[{"value":1},"x"]})")
                                      << QStringLiteral("variations[1] is not an object");
    QTest::newRow("value missing") << QByteArray(R"({"variations":[{"name":"A"}]})")
                                   << QStringLiteral("variations[0].value is missing");
    QTest::newRow("name number") << QByteArray(R"({"variations":[{"value":1,"name":1}]})")
                                 << QStringLiteral("variations[0].name is not a string");
    QTest::newRow("description bool")
        << QByteArray(R"({"variations":[{"value":1,"description":true}]})")
        << QStringLiteral("variations[0].description is not a string");
}

void tst_DetailDecoder::invalidVariations()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeFlagVariations(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
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
