// Flags and segments of SandboxServer over real HTTP: evaluation against the seeded flags
// (answers known from SandboxFlagCatalog), individual settings, segment memberships, the
// FeatureFlag representation. The evaluator on its own is tst_SandboxEvaluator's.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"evaluation-token"_s;
const QString kEnv = u"/api/v2/projects/demo/environments/production"_s;
const QString kStaging = u"/api/v2/projects/demo/environments/staging"_s;
const QByteArray kAnna = R"({"kind": "user", "key": "user-key-123abc", "name": "Anna",
    "email": "anna@globalhealthexample.com", "jobFunction": "doctor"})";
const QByteArray kAnnaInSpringfield = R"({"kind": "multi",
    "user": {"key": "user-key-123abc", "name": "Anna", "jobFunction": "doctor"},
    "organization": {"key": "org-key-123abc", "name": "Global Health Services",
                     "address": {"street": "123 Main Street", "city": "Springfield"}},
    "device": {"key": "device-key-123abc", "type": "iPad", "operating_system": "iPadOS 15"}})";

QByteArray user(const QString &key, const QJsonObject &attributes = {})
{
    QJsonObject context = attributes;
    context.insert(u"kind"_s, u"user"_s);
    context.insert(u"key"_s, key);
    return QJsonDocument(context).toJson();
}

} // namespace

class tst_SandboxEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annasFlags();
    void evaluationShape();
    void nonDoctorsGetTheFallthrough();
    void rulesAcrossKindsAndSegments();
    void negatedClauseAndExperiment();
    void numericJsonAndDateRules();
    void rolloutIsStableAndWeighted();
    void stagingHasItsOwnTargeting();
    void filterSortAndPaging();
    void badRequests_data();
    void badRequests();
    void individualSettings();
    void settingErrors();
    void segmentMemberships();
    void featureFlag();

private:
    // flag key -> evaluation item
    QHash<QString, QJsonObject> evaluate(const QByteArray &context, const QString &env = kEnv);
    int put(const QString &kind, const QString &key, const QString &flag, const QByteArray &body);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxEvaluation::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seedContexts = 50;
    options.token = kToken;
    options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), kToken);
}

QHash<QString, QJsonObject> tst_SandboxEvaluation::evaluate(
    const QByteArray &context, const QString &env)
{
    const SandboxHttpResult result = m_client->post(env + u"/flags/evaluate"_s, context);
    if (result.status != 200)
        qWarning() << result.status << result.body;
    QHash<QString, QJsonObject> items;
    for (const QJsonValue item : result.json.value(u"items").toArray())
        items.insert(item.toObject().value(u"key").toString(), item.toObject());
    return items;
}

int tst_SandboxEvaluation::put(
    const QString &kind, const QString &key, const QString &flag, const QByteArray &body)
{
    return m_client
        ->send("PUT",
            kEnv + u"/contexts/%1/%2/flags/%3"_s.arg(segment(kind), segment(key), segment(flag)),
            body)
        .status;
}

void tst_SandboxEvaluation::annasFlags()
{
    const QHash<QString, QJsonObject> flags = evaluate(kAnna);
    QCOMPARE(flags.size(), 14);
    // patient-records: rule 0 (free plans) does not match, rule 1 (doctors) does.
    const QJsonObject records = flags.value(u"patient-records"_s);
    QCOMPARE(records.value(u"_value"), QJsonValue(true));
    QCOMPARE(records.value(u"reason").toObject().value(u"kind").toString(), u"RULE_MATCH"_s);
    QCOMPARE(records.value(u"reason").toObject().value(u"ruleIndex").toInt(-1), 1);
    QCOMPARE(records.value(u"reason").toObject().value(u"ruleID").toString().size(), 36);
    const auto reasonOf = [&flags](const char *key) {
        return flags.value(QLatin1StringView(key)).value(u"reason").toObject();
    };
    QCOMPARE(reasonOf("new-checkout"), QJsonObject({{u"kind"_s, u"OFF"_s}}));
    QCOMPARE(flags.value(u"new-checkout"_s).value(u"_value"), QJsonValue(false));
    // checkout-redesign-banner needs new-checkout, which is off.
    QCOMPARE(reasonOf("checkout-redesign-banner"),
        QJsonObject(
            {{u"kind"_s, u"PREREQUISITE_FAILED"_s}, {u"prerequisiteKey"_s, u"new-checkout"_s}}));
    QCOMPARE(flags.value(u"checkout-redesign-banner"_s).value(u"_value"), QJsonValue(false));
    // telehealth-video's prerequisite (patient-records) passes; no rule matches a lone user.
    QCOMPARE(reasonOf("telehealth-video").value(u"kind").toString(), u"FALLTHROUGH"_s);
    // beta-features names Anna as an individual target.
    QCOMPARE(reasonOf("beta-features").value(u"kind").toString(), u"TARGET_MATCH"_s);
    QCOMPARE(flags.value(u"beta-features"_s).value(u"_value"), QJsonValue(true));
    // A context without "kind" is a user.
    QByteArray withoutKind = kAnna;
    withoutKind.replace(R"("kind": "user",)", "");
    QCOMPARE(evaluate(withoutKind).value(u"patient-records"_s), records);
}

void tst_SandboxEvaluation::evaluationShape()
{
    const SandboxHttpResult result = m_client->post(kEnv + u"/flags/evaluate"_s, kAnna);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"totalCount").toInt(), 14);
    QCOMPARE(
        result.json.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
        kEnv + u"/flags/evaluate"_s);
    for (const QJsonValue value : result.json.value(u"items").toArray()) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"name").isString());
        QVERIFY(item.value(u"key").isString());
        QVERIFY(item.contains(u"_value"));
        QVERIFY(item.value(u"reason").toObject().value(u"kind").isString());
        const QJsonObject site = item.value(u"_links").toObject().value(u"site").toObject();
        QCOMPARE(site.value(u"href").toString(),
            u"/demo/production/features/%1/targeting"_s.arg(item.value(u"key").toString()));
        QCOMPARE(site.value(u"type").toString(), u"text/html"_s);
    }
}

void tst_SandboxEvaluation::nonDoctorsGetTheFallthrough()
{
    const QJsonObject nurse = evaluate(user(u"nurse-1"_s, {{u"jobFunction"_s, u"nurse"_s}}))
                                  .value(u"patient-records"_s);
    QCOMPARE(nurse.value(u"_value"), QJsonValue(false));
    QCOMPARE(nurse.value(u"reason").toObject(), QJsonObject({{u"kind"_s, u"FALLTHROUGH"_s}}));
    // A doctor on the free plan: rule 0 serves "Hidden" first.
    const QJsonObject freeDoctor
        = evaluate(user(u"doc-2"_s, {{u"jobFunction"_s, u"doctor"_s}, {u"plan"_s, u"free"_s}}))
              .value(u"patient-records"_s);
    QCOMPARE(freeDoctor.value(u"_value"), QJsonValue(false));
    QCOMPARE(freeDoctor.value(u"reason").toObject().value(u"ruleIndex").toInt(-1), 0);
}

void tst_SandboxEvaluation::rulesAcrossKindsAndSegments()
{
    const QHash<QString, QJsonObject> flags = evaluate(kAnnaInSpringfield);
    const auto check = [&flags](const char *key, const QJsonValue &value, int ruleIndex) {
        const QJsonObject item = flags.value(QLatin1StringView(key));
        QCOMPARE(item.value(u"_value"), value);
        QCOMPARE(item.value(u"reason").toObject().value(u"kind").toString(), u"RULE_MATCH"_s);
        QCOMPARE(item.value(u"reason").toObject().value(u"ruleIndex").toInt(-1), ruleIndex);
    };
    check("telehealth-video", true, 0); // organization./address/city in ["Springfield"]
    check("springfield-clinic-pilot", true, 0); // segmentMatch springfield-staff
    check("ipad-layout", u"split-view"_s, 0); // device.type in ["iPad"]
    // A nurse counts only with a healthcare organization: two kinds in one rule.
    const QByteArray nurse = R"({"kind": "multi", "user": {"key": "n", "jobFunction": "nurse"},
        "organization": {"key": "o", "industry": "healthcare"}})";
    QCOMPARE(
        evaluate(nurse).value(u"patient-records"_s).value(u"reason").toObject().value(u"ruleIndex"),
        QJsonValue(2));
    // The Midway site is an individual target of another kind than user.
    const QByteArray midway = R"({"kind": "multi", "user": {"key": "u"},
        "organization": {"key": "org-key-456def", "address": {"city": "Springfield"}}})";
    const QJsonObject pilot = evaluate(midway).value(u"springfield-clinic-pilot"_s);
    QCOMPARE(pilot.value(u"_value"), QJsonValue(false));
    QCOMPARE(pilot.value(u"reason").toObject().value(u"kind").toString(), u"TARGET_MATCH"_s);
    // device./os/version semVerGreaterThan "17.0", with os name iPadOS.
    const QByteArray ipad = R"({"kind": "device", "key": "d",
        "os": {"name": "iPadOS", "version": "17.4"}})";
    const QJsonObject telehealth = evaluate(ipad).value(u"telehealth-video"_s);
    QCOMPARE(telehealth.value(u"reason").toObject().value(u"kind").toString(),
        u"PREREQUISITE_FAILED"_s); // a device alone never gets patient-records
    QByteArray doctorWithIpad = R"({"kind": "multi", "user": {"key": "x", "jobFunction": "doctor"},
        "device": {"key": "d", "os": {"name": "iPadOS", "version": "17.4"}}})";
    QCOMPARE(evaluate(doctorWithIpad)
                 .value(u"telehealth-video"_s)
                 .value(u"reason")
                 .toObject()
                 .value(u"ruleIndex"),
        QJsonValue(1));
    doctorWithIpad.replace("17.4", "16.7");
    QCOMPARE(
        evaluate(doctorWithIpad).value(u"telehealth-video"_s).value(u"_value"), QJsonValue(false));
}

void tst_SandboxEvaluation::negatedClauseAndExperiment()
{
    // Rule 0: plan NOT in [free, starter] -> control.
    const QJsonObject pro
        = evaluate(user(u"p"_s, {{u"plan"_s, u"pro"_s}})).value(u"pricing-page-experiment"_s);
    QCOMPARE(pro.value(u"_value").toString(), u"control"_s);
    QCOMPARE(pro.value(u"reason").toObject().value(u"kind").toString(), u"RULE_MATCH"_s);
    const QJsonObject free
        = evaluate(user(u"f"_s, {{u"plan"_s, u"free"_s}})).value(u"pricing-page-experiment"_s);
    QCOMPARE(free.value(u"reason").toObject().value(u"kind").toString(), u"FALLTHROUGH"_s);
    QCOMPARE(free.value(u"reason").toObject().value(u"inExperiment"), QJsonValue(true));
    // A missing attribute never matches, negated or not.
    QCOMPARE(evaluate(kAnna)
                 .value(u"pricing-page-experiment"_s)
                 .value(u"reason")
                 .toObject()
                 .value(u"kind"),
        QJsonValue(u"FALLTHROUGH"_s));
}

void tst_SandboxEvaluation::numericJsonAndDateRules()
{
    const QJsonObject newUser
        = evaluate(user(u"n"_s, {{u"logins"_s, 3}})).value(u"onboarding-checklist"_s);
    QCOMPARE(newUser.value(u"_value").toObject().value(u"style").toString(), u"cards"_s);
    QCOMPARE(newUser.value(u"_value").toObject().value(u"steps").toArray().size(), 3);
    const QJsonObject veteran
        = evaluate(user(u"v"_s, {{u"logins"_s, 150}})).value(u"onboarding-checklist"_s);
    QCOMPARE(veteran.value(u"reason").toObject().value(u"ruleIndex").toInt(-1), 1);
    const QByteArray enterprise = R"({"kind": "multi", "user": {"key": "e"},
        "organization": {"key": "o", "plan": "enterprise", "employees": 20}})";
    const QHash<QString, QJsonObject> flags = evaluate(enterprise);
    QCOMPARE(flags.value(u"search-results-limit"_s).value(u"_value"), QJsonValue(100));
    QCOMPARE(flags.value(u"api-rate-limit"_s).value(u"_value"), QJsonValue(100)); // lessThan 50
    const QJsonObject old = evaluate(user(u"o"_s, {{u"createdAt"_s, u"2024-05-01T08:00:00Z"_s}}))
                                .value(u"legacy-export"_s);
    QCOMPARE(old.value(u"_value"), QJsonValue(true));
    QCOMPARE(old.value(u"reason").toObject().value(u"ruleIndex").toInt(-1), 1);
}

void tst_SandboxEvaluation::rolloutIsStableAndWeighted()
{
    int dark = 0;
    for (int i = 0; i < 300; ++i) {
        const QByteArray context = user(u"rollout-user-%1"_s.arg(i));
        const QJsonObject item = evaluate(context).value(u"dark-mode"_s);
        QCOMPARE(item.value(u"reason").toObject().value(u"kind").toString(), u"FALLTHROUGH"_s);
        dark += item.value(u"_value").toBool();
        if (i < 5)
            QCOMPARE(evaluate(context).value(u"dark-mode"_s), item);
    }
    QVERIFY2(dark > 60 && dark < 120, qPrintable(QString::number(dark))); // 30% of 300
}

void tst_SandboxEvaluation::stagingHasItsOwnTargeting()
{
    const QHash<QString, QJsonObject> staging = evaluate(kAnna, kStaging);
    QCOMPARE(staging.size(), 14);
    QVERIFY(staging.value(u"new-checkout"_s).value(u"reason").toObject().value(u"kind")
        != QJsonValue(u"OFF"_s));
    QCOMPARE(staging.value(u"new-checkout"_s)
                 .value(u"_links")
                 .toObject()
                 .value(u"site")
                 .toObject()
                 .value(u"href"),
        QJsonValue(u"/demo/staging/features/new-checkout/targeting"_s));
}

void tst_SandboxEvaluation::filterSortAndPaging()
{
    const auto keys = [this](const QString &query) {
        const SandboxHttpResult r = m_client->post(kEnv + u"/flags/evaluate?"_s + query, kAnna);
        QStringList list;
        for (const QJsonValue item : r.json.value(u"items").toArray())
            list.append(item.toObject().value(u"key").toString());
        return std::pair(list, r.json.value(u"totalCount").toInt(-1));
    };
    QCOMPARE(keys(u"filter="_s + segment(u"query equals PATIENT"_s)).first,
        QStringList({u"patient-records"_s}));
    QCOMPARE(keys(u"filter="_s + segment(u"query equals \"Video visits\""_s)).first,
        QStringList({u"telehealth-video"_s}));
    QCOMPARE(keys(u"filter="_s + segment(u"tags contains [\"clinical\",\"pilot\"]"_s)).first,
        QStringList({u"springfield-clinic-pilot"_s}));
    QCOMPARE(
        keys(u"filter="_s + segment(u"tags contains [\"clinical\"], query equals tele"_s)).first,
        QStringList({u"telehealth-video"_s}));
    const auto [page, total] = keys(u"limit=5&offset=10"_s);
    QCOMPARE(page.size(), 4);
    QCOMPARE(total, 14);
    QCOMPARE(keys(u"sort=-key&limit=1"_s).first, QStringList({u"telehealth-video"_s}));
    QCOMPARE(keys(u"sort=name&limit=1"_s).first, QStringList({u"api-rate-limit"_s}));
}

void tst_SandboxEvaluation::badRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString flags = kEnv + u"/flags/evaluate"_s;
    const QString segments = kEnv + u"/segments/evaluate"_s;
    QTest::newRow("not JSON") << flags << QByteArray("{\"key\": ") << 400;
    QTest::newRow("array") << flags << QByteArray("[]") << 400;
    QTest::newRow("empty") << segments << QByteArray() << 400;
    QTest::newRow("no key") << flags << QByteArray(R"({"kind": "user"})") << 400;
    QTest::newRow("empty key") << flags << QByteArray(R"({"key": ""})") << 400;
    QTest::newRow("kind number") << flags << QByteArray(R"({"kind": 5, "key": "a"})") << 400;
    QTest::newRow("kind kind") << flags << QByteArray(R"({"kind": "kind", "key": "a"})") << 400;
    QTest::newRow("empty multi") << segments << QByteArray(R"({"kind": "multi"})") << 400;
    QTest::newRow("multi member") << flags << QByteArray(R"({"kind": "multi", "user": "a"})")
                                  << 400;
    QTest::newRow("unknown filter field") << flags + u"?filter=name%20equals%20x"_s << kAnna << 400;
    QTest::newRow("limit") << flags + u"?limit=abc"_s << kAnna << 400;
    QTest::newRow("sort") << flags + u"?sort=creationDate"_s << kAnna << 400;
    QTest::newRow("unknown environment")
        << u"/api/v2/projects/demo/environments/nope/flags/evaluate"_s << kAnna << 404;
    QTest::newRow("GET") << flags << QByteArray() << 405;
}

void tst_SandboxEvaluation::badRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const SandboxHttpResult result = m_client->send(status == 405 ? "GET" : "POST", path, body);
    QCOMPARE(result.status, status);
    QVERIFY(!result.json.value(u"message").toString().isEmpty());
}

void tst_SandboxEvaluation::individualSettings()
{
    const QString key = u"settings:user/ä b"_s; // encoded in the path
    const QByteArray context = user(key);
    const auto darkMode = [&] { return evaluate(context).value(u"dark-mode"_s); };
    QCOMPARE(darkMode().value(u"reason").toObject().value(u"kind").toString(), u"FALLTHROUGH"_s);
    for (const bool value : {false, true}) {
        QCOMPARE(put(u"user"_s, key, u"dark-mode"_s,
                     value ? R"({"setting": true, "comment": "QA"})" : R"({"setting": false})"),
            204);
        QCOMPARE(darkMode().value(u"_value"), QJsonValue(value));
        QCOMPARE(
            darkMode().value(u"reason").toObject().value(u"kind").toString(), u"TARGET_MATCH"_s);
    }
    // The key moved from the false target to the true one.
    const QJsonObject config = m_client->get(u"/api/v2/flags/demo/dark-mode?env=production"_s)
                                   .json.value(u"environments")
                                   .toObject()
                                   .value(u"production")
                                   .toObject();
    QCOMPARE(config.value(u"targets").toArray(),
        QJsonArray({QJsonObject {
            {u"contextKind"_s, u"user"_s}, {u"values"_s, QJsonArray {key}}, {u"variation"_s, 0}}}));
    // Staging is untouched.
    QCOMPARE(evaluate(context, kStaging)
                 .value(u"dark-mode"_s)
                 .value(u"reason")
                 .toObject()
                 .value(u"kind"),
        QJsonValue(u"FALLTHROUGH"_s));
    QCOMPARE(put(u"user"_s, key, u"dark-mode"_s, R"({"setting": null})"), 204);
    QCOMPARE(darkMode().value(u"reason").toObject().value(u"kind").toString(), u"FALLTHROUGH"_s);
    QCOMPARE(put(u"user"_s, key, u"dark-mode"_s, R"({"setting": false})"), 204);
    QCOMPARE(put(u"user"_s, key, u"dark-mode"_s, R"({"comment": "no setting clears"})"), 204);
    QCOMPARE(darkMode().value(u"reason").toObject().value(u"kind").toString(), u"FALLTHROUGH"_s);

    // Multivariate values, and another kind than user.
    QCOMPARE(put(u"user"_s, key, u"search-results-limit"_s, R"({"setting": 50})"), 204);
    QCOMPARE(evaluate(context).value(u"search-results-limit"_s).value(u"_value"), QJsonValue(50));
    QCOMPARE(put(u"user"_s, key, u"onboarding-checklist"_s,
                 R"({"setting": {"steps": [], "style": "hidden"}})"),
        204);
    QCOMPARE(evaluate(context)
                 .value(u"onboarding-checklist"_s)
                 .value(u"_value")
                 .toObject()
                 .value(u"style"),
        QJsonValue(u"hidden"_s));
    QCOMPARE(
        put(u"organization"_s, u"org-x"_s, u"ipad-layout"_s, R"({"setting": "compact"})"), 204);
    const QJsonObject layout
        = evaluate(R"({"kind": "organization", "key": "org-x"})").value(u"ipad-layout"_s);
    QCOMPARE(layout.value(u"_value").toString(), u"compact"_s);
    QCOMPARE(layout.value(u"reason").toObject().value(u"kind").toString(), u"TARGET_MATCH"_s);
}

void tst_SandboxEvaluation::settingErrors()
{
    const QString path = kEnv + u"/contexts/user/someone/flags/dark-mode"_s;
    SandboxHttpResult result = m_client->send("PUT", path, R"({"setting": "maybe"})");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"message").toString(),
        u"setting does not match a variation of flag dark-mode"_s);
    QCOMPARE(m_client->send("PUT", path, R"({"setting": 1})").status, 400); // not a boolean
    QCOMPARE(m_client->send("PUT", path, "setting=true").status, 400);
    QCOMPARE(m_client->send("PUT", path, R"({"setting": true, "comment": 5})").status, 400);
    result = m_client->send(
        "PUT", kEnv + u"/contexts/user/someone/flags/no-such-flag"_s, R"({"setting": true})");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json.value(u"code").toString(), u"not_found"_s);
    QCOMPARE(m_client->send("PUT", path, R"({"setting": true})", u"wrong"_s).status, 401);
    QCOMPARE(m_client->send("POST", path, R"({"setting": true})").status, 405);
    QCOMPARE(evaluate(user(u"someone"_s))
                 .value(u"dark-mode"_s)
                 .value(u"reason")
                 .toObject()
                 .value(u"kind"),
        QJsonValue(u"FALLTHROUGH"_s));
}

void tst_SandboxEvaluation::segmentMemberships()
{
    const SandboxHttpResult result
        = m_client->post(kEnv + u"/segments/evaluate"_s, kAnnaInSpringfield);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.value(u"_links").toObject().contains(u"self"));
    QHash<QString, QJsonObject> segments;
    for (const QJsonValue value : result.json.value(u"items").toArray()) {
        const QJsonObject item = value.toObject();
        // Every field the spec requires, with its type.
        for (const char *text : {"name", "key", "description", "external"})
            QVERIFY2(item.value(QLatin1StringView(text)).isString(), text);
        for (const char *flag :
            {"unbounded", "isMember", "isIndividuallyTargeted", "isRuleTargeted"})
            QVERIFY2(item.value(QLatin1StringView(flag)).isBool(), flag);
        QCOMPARE(
            item.value(u"_links").toObject().value(u"site").toObject().value(u"href").toString(),
            u"/demo/production/segments/"_s + item.value(u"key").toString());
        segments.insert(item.value(u"key").toString(), item);
    }
    QCOMPARE(segments.size(), 6);
    const QJsonObject springfield = segments.value(u"springfield-staff"_s);
    QCOMPARE(springfield.value(u"isMember"), QJsonValue(true));
    QCOMPARE(springfield.value(u"isRuleTargeted"), QJsonValue(true));
    QCOMPARE(springfield.value(u"isIndividuallyTargeted"), QJsonValue(false));
    const QJsonObject beta = segments.value(u"beta-testers"_s);
    QCOMPARE(beta.value(u"isMember"), QJsonValue(true));
    QCOMPARE(beta.value(u"isIndividuallyTargeted"), QJsonValue(true));
    QCOMPARE(segments.value(u"global-health-orgs"_s).value(u"isIndividuallyTargeted"),
        QJsonValue(true)); // an organization key
    QCOMPARE(segments.value(u"enterprise-customers"_s).value(u"isMember"), QJsonValue(false));
}

void tst_SandboxEvaluation::featureFlag()
{
    SandboxHttpResult result = m_client->get(u"/api/v2/flags/demo/patient-records"_s);
    QCOMPARE(result.status, 200);
    const QJsonObject &flag = result.json;
    for (const char *text : {"name", "kind", "key", "description", "maintainerId"})
        QVERIFY2(flag.value(QLatin1StringView(text)).isString(), text);
    for (const char *flagField : {"temporary", "archived", "deprecated"})
        QVERIFY2(flag.value(QLatin1StringView(flagField)).isBool(), flagField);
    QVERIFY(flag.value(u"_version").isDouble());
    QVERIFY(flag.value(u"creationDate").toInteger() > 1'600'000'000'000);
    QVERIFY(flag.value(u"tags").isArray());
    QVERIFY(flag.value(u"customProperties").isObject());
    QCOMPARE(flag.value(u"experiments").toObject().value(u"items"), QJsonValue(QJsonArray()));
    QCOMPARE(flag.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
        u"/api/v2/flags/demo/patient-records"_s);
    QCOMPARE(flag.value(u"kind").toString(), u"boolean"_s);
    const QJsonArray variations = flag.value(u"variations").toArray();
    QCOMPARE(variations.size(), 2);
    QCOMPARE(variations[0].toObject().value(u"value"), QJsonValue(true));
    QCOMPARE(variations[0].toObject().value(u"name").toString(), u"Available"_s);
    QCOMPARE(variations[0].toObject().value(u"_id").toString().size(), 36);
    const QJsonObject environments = flag.value(u"environments").toObject();
    QCOMPARE(environments.keys(), QStringList({u"production"_s, u"staging"_s}));
    const QJsonObject production = environments.value(u"production").toObject();
    QCOMPARE(production.value(u"on"), QJsonValue(true));
    QCOMPARE(production.value(u"rules").toArray().size(), 3);
    QCOMPARE(production.value(u"_environmentName").toString(), u"Production"_s);

    result = m_client->get(u"/api/v2/flags/demo/onboarding-checklist?env=staging"_s);
    QCOMPARE(result.json.value(u"kind").toString(), u"multivariate"_s);
    QVERIFY(result.json.value(u"variations").toArray()[0].toObject().value(u"value").isObject());
    QCOMPARE(result.json.value(u"environments").toObject().keys(), QStringList({u"staging"_s}));
    QCOMPARE(m_client->get(u"/api/v2/flags/demo/no-such-flag"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v2/flags/nope/patient-records"_s).status, 404);
    QCOMPARE(m_client->get(u"/api/v2/flags/demo/patient-records"_s, u"wrong"_s).status, 401);
}

QTEST_GUILESS_MAIN(tst_SandboxEvaluation)
#include "tst_SandboxEvaluation.moc"
