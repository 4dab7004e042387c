// The detail decoder's flags: evaluations, segment memberships, variations and their errors.
#include "DetailDecoderSupport.h"
#include "InvalidResponseCheck.h"

#include <QTest>

class tst_DetailDecoderFlags : public QObject
{
    Q_OBJECT
private slots:
    void specEvaluations();
    void specSegmentMemberships();
    void specFeatureFlag();
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
};

void tst_DetailDecoderFlags::specEvaluations()
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

void tst_DetailDecoderFlags::specSegmentMemberships()
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

void tst_DetailDecoderFlags::specFeatureFlag()
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

void tst_DetailDecoderFlags::evaluationReasons_data()
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

void tst_DetailDecoderFlags::evaluationReasons()
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

void tst_DetailDecoderFlags::evaluationValues_data()
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

void tst_DetailDecoderFlags::evaluationValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QByteArray member = value.isEmpty() ? QByteArray() : ",\"_value\":" + value;
    const auto result = ctx::decodeFlagEvaluations(items(R"({"key":"f")" + member + "}"));
    QVERIFY2(result.ok(), qPrintable(errorOf(result)));
    QCOMPARE(result.value().first().valueJson, expected);
    QCOMPARE(result.value().first().name, QStringLiteral("f")); // no name: the key
}

void tst_DetailDecoderFlags::invalidEvaluations_data()
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

void tst_DetailDecoderFlags::invalidEvaluations()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeFlagEvaluations(body);
    verifyInvalidResponse(result, detail);
}

void tst_DetailDecoderFlags::segmentFlags_data()
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

void tst_DetailDecoderFlags::segmentFlags()
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

void tst_DetailDecoderFlags::invalidSegments_data()
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

void tst_DetailDecoderFlags::invalidSegments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeSegmentMemberships(body);
    verifyInvalidResponse(result, detail);
}

void tst_DetailDecoderFlags::variations_data()
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

void tst_DetailDecoderFlags::variations()
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

void tst_DetailDecoderFlags::invalidVariations_data()
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

void tst_DetailDecoderFlags::invalidVariations()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeFlagVariations(body);
    verifyInvalidResponse(result, detail);
}

QTEST_GUILESS_MAIN(tst_DetailDecoderFlags)
#include "tst_DetailDecoderFlags.moc"
