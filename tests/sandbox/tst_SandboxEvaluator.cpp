// SandboxEvaluator, SandboxEvalContext and SandboxOperators on their own, without HTTP:
// LaunchDarkly's bucketing, errors in flags, attribute references, segments.

#include "SandboxEvalContext.h"
#include "SandboxEvaluator.h"
#include "SandboxFlagCatalog.h"
#include "SandboxOperators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sandbox;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

SandboxEvalContext context(const QByteArray &json)
{
    QString error;
    const std::optional<SandboxEvalContext> parsed = SandboxEvalContext::parse(json, &error);
    if (!parsed)
        qFatal("bad test context: %s", qPrintable(error));
    return *parsed;
}

QList<QJsonObject> catalogSegments()
{
    QList<QJsonObject> list;
    for (const QJsonValue segment : SandboxFlagCatalog::segments({u"a"_s, u"b"_s, u"c"_s}))
        list.append(segment.toObject());
    return list;
}

} // namespace

class tst_SandboxEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void operators_data();
    void operators();
    void bucketingMatchesTheSdks();
    void prerequisiteCycleIsAnError();
    void badVariationIsAnError();
    void attributeReferences();
    void contextParsing();
    void segmentIncludedExcludedAndRules();
    void segmentRecursionStops();
};

void tst_SandboxEvaluator::operators_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonValue>("context");
    QTest::addColumn<QJsonValue>("clause");
    QTest::addColumn<bool>("matches");
    QTest::newRow("in number") << u"in"_s << QJsonValue(5) << QJsonValue(5.0) << true;
    QTest::newRow("in type") << u"in"_s << QJsonValue(u"5"_s) << QJsonValue(5) << false;
    QTest::newRow("endsWith") << u"endsWith"_s << QJsonValue(u"a@x.com"_s)
                              << QJsonValue(u"@x.com"_s) << true;
    QTest::newRow("contains") << u"contains"_s << QJsonValue(u"Springfield"_s)
                              << QJsonValue(u"field"_s) << true;
    QTest::newRow("matches") << u"matches"_s << QJsonValue(u"user-42"_s)
                             << QJsonValue(u"^user-\\d+$"_s) << true;
    QTest::newRow("bad regex") << u"matches"_s << QJsonValue(u"x"_s) << QJsonValue(u"("_s) << false;
    QTest::newRow("lessThan") << u"lessThan"_s << QJsonValue(4) << QJsonValue(5) << true;
    QTest::newRow("lessThan string")
        << u"lessThan"_s << QJsonValue(u"4"_s) << QJsonValue(5) << false;
    QTest::newRow("greaterThanOrEqual")
        << u"greaterThanOrEqual"_s << QJsonValue(5) << QJsonValue(5) << true;
    QTest::newRow("before") << u"before"_s << QJsonValue(u"2024-01-01T00:00:00Z"_s)
                            << QJsonValue(1735689600000.0) << true;
    QTest::newRow("after") << u"after"_s << QJsonValue(u"2026-01-01T00:00:00+02:00"_s)
                           << QJsonValue(u"2025-12-31T23:00:00Z"_s) << false;
    QTest::newRow("semVer short") << u"semVerEqual"_s << QJsonValue(u"17.4"_s)
                                  << QJsonValue(u"17.4.0"_s) << true;
    QTest::newRow("semVer numeric")
        << u"semVerLessThan"_s << QJsonValue(u"2.9.0"_s) << QJsonValue(u"2.10.0"_s) << true;
    QTest::newRow("semVer prerelease")
        << u"semVerLessThan"_s << QJsonValue(u"1.0.0-beta.2"_s) << QJsonValue(u"1.0.0"_s) << true;
    QTest::newRow("semVer prerelease order")
        << u"semVerGreaterThan"_s << QJsonValue(u"1.0.0-beta.11"_s) << QJsonValue(u"1.0.0-beta.2"_s)
        << true;
    QTest::newRow("semVer invalid")
        << u"semVerGreaterThan"_s << QJsonValue(u"x"_s) << QJsonValue(u"1"_s) << false;
    QTest::newRow("unknown op") << u"lte"_s << QJsonValue(1) << QJsonValue(2) << false;
}

void tst_SandboxEvaluator::operators()
{
    QFETCH(QString, op);
    QFETCH(QJsonValue, context);
    QFETCH(QJsonValue, clause);
    QFETCH(bool, matches);
    QCOMPARE(SandboxOperators::apply(op, context, clause), matches);
}

void tst_SandboxEvaluator::bucketingMatchesTheSdks()
{
    // The SDKs' own test vectors: SHA-1("hashKey.saltyA.userKeyA") buckets to 0.42157587,
    // userKeyB to 0.6708485, userKeyC to 0.10343106. Variation 1 is the sliver
    // [0.42157, 0.42158).
    const QJsonObject flag = object(R"({"key": "hashKey", "salt": "saltyA", "on": true,
        "variations": [{"value": "a"}, {"value": "b"}, {"value": "c"}],
        "fallthrough": {"rollout": {"variations": [{"variation": 0, "weight": 42157},
            {"variation": 1, "weight": 1}, {"variation": 2, "weight": 57842}]}}})");
    const SandboxEvaluator evaluator({flag}, {});
    const auto served = [&](const char *key) {
        return evaluator.evaluate(flag, context(QByteArray(R"({"key": ")") + key + "\"}")).value;
    };
    QCOMPARE(served("userKeyA"), QJsonValue(u"b"_s));
    QCOMPARE(served("userKeyB"), QJsonValue(u"c"_s));
    QCOMPARE(served("userKeyC"), QJsonValue(u"a"_s));
    // Without the rollout's context kind, everyone lands in the first bucket.
    QCOMPARE(evaluator.evaluate(flag, context(R"({"kind": "device", "key": "userKeyB"})")).value,
        QJsonValue(u"a"_s));
}

void tst_SandboxEvaluator::prerequisiteCycleIsAnError()
{
    const QJsonObject a = object(R"({"key": "a", "on": true, "offVariation": 1,
        "variations": [{"value": 1}, {"value": 2}], "fallthrough": {"variation": 0},
        "prerequisites": [{"key": "b", "variation": 0}]})");
    const QJsonObject b = object(R"({"key": "b", "on": true, "offVariation": 1,
        "variations": [{"value": 1}, {"value": 2}], "fallthrough": {"variation": 0},
        "prerequisites": [{"key": "a", "variation": 0}]})");
    const QJsonObject c = object(R"({"key": "c", "on": true, "offVariation": 1,
        "variations": [{"value": 1}, {"value": 2}], "fallthrough": {"variation": 0},
        "prerequisites": [{"key": "missing", "variation": 0}]})");
    const SandboxEvaluator evaluator({a, b, c}, {});
    const SandboxEvaluator::Result result = evaluator.evaluate(a, context(R"({"key": "k"})"));
    QCOMPARE(result.reason.value(u"kind").toString(), u"PREREQUISITE_FAILED"_s);
    QCOMPARE(result.value, QJsonValue(2));
    const SandboxEvaluator::Result missing = evaluator.evaluate(c, context(R"({"key": "k"})"));
    QCOMPARE(missing.reason.value(u"prerequisiteKey").toString(), u"missing"_s);
}

void tst_SandboxEvaluator::badVariationIsAnError()
{
    const QJsonObject flag = object(R"({"key": "f", "on": true,
        "variations": [{"value": true}], "fallthrough": {"variation": 3}})");
    const SandboxEvaluator::Result result
        = SandboxEvaluator({flag}, {}).evaluate(flag, context(R"({"key": "k"})"));
    QCOMPARE(result.reason.value(u"kind").toString(), u"ERROR"_s);
    QCOMPARE(result.reason.value(u"errorKind").toString(), u"MALFORMED_FLAG"_s);
    QVERIFY(result.value.isNull());
    // No off variation: the value is null, the reason still OFF.
    const QJsonObject off = object(R"({"key": "o", "on": false, "variations": [{"value": 1}]})");
    const SandboxEvaluator::Result offResult
        = SandboxEvaluator({off}, {}).evaluate(off, context(R"({"key": "k"})"));
    QVERIFY(offResult.value.isNull());
    QCOMPARE(offResult.reason.value(u"kind").toString(), u"OFF"_s);
}

void tst_SandboxEvaluator::attributeReferences()
{
    const SandboxEvalContext c = context(R"({"kind": "multi",
        "user": {"key": "u", "a/b": 1, "job": {"title~x": "nurse"}, "tags": ["x", "y"],
                 "_meta": {"privateAttributes": ["job"]}},
        "org": {"key": "o", "name": "Acme"}})");
    QCOMPARE(c.kinds(), QStringList({u"org"_s, u"user"_s}));
    QCOMPARE(c.value(u"user"_s, u"a/b"_s), QJsonValue(1)); // a plain name may hold '/'
    QCOMPARE(c.value(u"user"_s, u"/a~1b"_s), QJsonValue(1));
    QCOMPARE(c.value(u"user"_s, u"/job/title~0x"_s), QJsonValue(u"nurse"_s));
    QCOMPARE(c.value(u"user"_s, u"kind"_s), QJsonValue(u"user"_s));
    QVERIFY(c.value(u"user"_s, u"_meta"_s).isUndefined());
    QVERIFY(c.value(u"user"_s, u"/_meta/privateAttributes"_s).isUndefined());
    QVERIFY(c.value(u"device"_s, u"key"_s).isUndefined());
    QVERIFY(c.value(u"user"_s, u"/"_s).isUndefined());
    // Arrays match when any element does; "kind" matches the context's kinds.
    const QJsonObject flag = object(R"({"key": "f", "on": true, "variations": [{"value": 0},
        {"value": 1}, {"value": 2}], "fallthrough": {"variation": 0}, "rules": [
        {"_id": "r0", "variation": 1, "clauses": [{"contextKind": "user", "attribute": "tags",
          "op": "in", "values": ["y"], "negate": false},
          {"attribute": "kind", "op": "in", "values": ["org"]}]}]})");
    QCOMPARE(SandboxEvaluator({flag}, {}).evaluate(flag, c).value, QJsonValue(1));
}

void tst_SandboxEvaluator::contextParsing()
{
    QString error;
    QVERIFY(SandboxEvalContext::parse(R"({"key": "k"})", &error)->individual(u"user"_s));
    for (const QByteArray &bad : {QByteArray(R"({"kind": "multi", "user": {"key": "u"},
             "org": {"name": "no key"}})"),
             QByteArray(R"({"kind": "us er", "key": "k"})"),
             QByteArray(R"({"key": "k", "name": 5})"),
             QByteArray(R"({"key": "k", "anonymous": "yes"})"), QByteArray("null")}) {
        error.clear();
        QVERIFY2(!SandboxEvalContext::parse(bad, &error), bad.constData());
        QVERIFY(!error.isEmpty());
    }
}

void tst_SandboxEvaluator::segmentIncludedExcludedAndRules()
{
    const QList<QJsonObject> segments = catalogSegments();
    const SandboxEvaluator evaluator({}, segments);
    const auto find = [&segments](const QString &key) {
        for (const QJsonObject &segment : segments) {
            if (segment.value(u"key").toString() == key)
                return segment;
        }
        return QJsonObject();
    };
    // legacy-devices: Anna's Android phone by rule; her iPad matches a rule but is excluded.
    const QJsonObject legacy = find(u"legacy-devices"_s);
    auto m = evaluator.membership(legacy, context(R"({"kind": "device",
        "key": "device-key-456def", "operating_system": "Android 13"})"));
    QVERIFY(m.isMember() && m.ruleTargeted && !m.included);
    m = evaluator.membership(legacy, context(R"({"kind": "device",
        "key": "device-key-123abc", "operating_system": "iPadOS 15"})"));
    QVERIFY(!m.isMember() && m.excluded && !m.ruleTargeted);
    // internal-staff: "a" and "b" included, "c" excluded even with the rule's group.
    const QJsonObject internal = find(u"internal-staff"_s);
    m = evaluator.membership(internal, context(R"({"key": "a"})"));
    QVERIFY(m.isMember() && m.included);
    m = evaluator.membership(internal, context(R"({"key": "c", "groups": ["internal"]})"));
    QVERIFY(!m.isMember());
    m = evaluator.membership(internal, context(R"({"key": "d", "groups": ["vip", "internal"]})"));
    QVERIFY(m.isMember() && m.ruleTargeted);
}

void tst_SandboxEvaluator::segmentRecursionStops()
{
    const QJsonObject loop = object(R"({"key": "loop", "rules": [{"clauses": [
        {"attribute": "segmentMatch", "op": "segmentMatch", "values": ["loop"]}]}]})");
    const QJsonObject flag = object(R"({"key": "f", "on": true, "variations": [{"value": 0},
        {"value": 1}], "fallthrough": {"variation": 0}, "rules": [{"_id": "r", "variation": 1,
        "clauses": [{"attribute": "segmentMatch", "op": "segmentMatch",
                     "values": ["loop"]}]}]})");
    const SandboxEvaluator evaluator({flag}, {loop});
    QCOMPARE(evaluator.evaluate(flag, context(R"({"key": "k"})")).value, QJsonValue(0));
    QVERIFY(!evaluator.membership(loop, context(R"({"key": "k"})")).isMember());
}

QTEST_GUILESS_MAIN(tst_SandboxEvaluator)
#include "tst_SandboxEvaluator.moc"
