#include "AccountDecoder.h"

#include <QFile>
#include <QTest>

using namespace ctx;
using Kind = ApiError::Kind;

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

// Every text field of an environment, to check that no secret reached it.
QString allText(const EnvironmentSummary &environment)
{
    return environment.key + environment.name + environment.color;
}

} // namespace

class tst_AccountDecoder : public QObject
{
    Q_OBJECT

private slots:
    void specProjects()
    {
        const QByteArray body = specExample("Projects");
        QVERIFY(!body.isEmpty());
        const auto page = decodeProjectsPage(body);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail()));
        QCOMPARE(page.value().items.size(), 1);
        const ProjectSummary &project = page.value().items[0];
        QCOMPARE(project.key, QStringLiteral("project-key-123abc"));
        QCOMPARE(project.name, QStringLiteral("My Project"));
        QCOMPARE(project.environments.size(), 1);
        const EnvironmentSummary &environment = project.environments[0];
        QCOMPARE(environment.key, QStringLiteral("environment-key-123abc"));
        QCOMPARE(environment.name, QStringLiteral("My Environment"));
        QCOMPARE(environment.color, QStringLiteral("F5A623"));
        QVERIFY(environment.critical);
        // The example carries apiKey "sdk-xxx" and mobileKey "mob-xxx": never read.
        QVERIFY(body.contains("sdk-xxx"));
        QVERIFY(!allText(environment).contains(QLatin1String("xxx")));
        // Only a self link: no next page; the example has no totalCount.
        QVERIFY(!page.value().hasNext);
        QVERIFY(!page.value().totalCount);
    }

    void specEnvironment()
    {
        const QByteArray body = specExample("Environment");
        QVERIFY(body.contains("mob-xxx"));
        const auto environment = decodeEnvironment(body);
        QVERIFY(environment.ok());
        QCOMPARE(environment.value().key, QStringLiteral("environment-key-123abc"));
        QCOMPARE(environment.value().name, QStringLiteral("My Environment"));
        QCOMPARE(environment.value().color, QStringLiteral("F5A623"));
        QVERIFY(environment.value().critical);
        QVERIFY(!allText(environment.value()).contains(QLatin1String("xxx")));
    }

    void specCallerIdentity()
    {
        // The spec has no example values for CallerIdentityRep: an empty scopes list only.
        const auto identity = decodeCallerIdentity(specExample("CallerIdentityRep"));
        QVERIFY(identity.ok());
        QVERIFY(identity.value().scopes.isEmpty());
        QVERIFY(identity.value().tokenName.isEmpty());
        QVERIFY(!identity.value().serviceToken);
    }

    void callerIdentityFields()
    {
        const auto identity = decodeCallerIdentity(R"({"accountId":"5f1a","environmentId":"e1",
            "projectId":"p1","environmentName":"Production","projectName":"Demo",
            "authKind":"token","tokenKind":"service","clientId":"c","tokenName":"CI reader",
            "tokenId":"t1","memberId":"m1","serviceToken":true,"scopes":["reader","writer"],
            "somethingNew":{"nested":[1,2]}})");
        QVERIFY(identity.ok());
        const CallerIdentity &id = identity.value();
        QCOMPARE(id.accountId, QStringLiteral("5f1a"));
        QCOMPARE(id.tokenName, QStringLiteral("CI reader"));
        QCOMPARE(id.tokenKind, QStringLiteral("service"));
        QCOMPARE(id.authKind, QStringLiteral("token"));
        QCOMPARE(id.memberId, QStringLiteral("m1"));
        QVERIFY(id.serviceToken);
        QCOMPARE(id.scopes, (QStringList {QStringLiteral("reader"), QStringLiteral("writer")}));
        QCOMPARE(id.projectName, QStringLiteral("Demo"));
        QCOMPARE(id.environmentName, QStringLiteral("Production"));
    }

    void callerIdentityIsLiberal()
    {
        // Display-only fields of the wrong type are ignored, not fatal to a connection test.
        const auto identity = decodeCallerIdentity(
            R"({"tokenName":42,"serviceToken":"yes","scopes":["reader",7,null]})");
        QVERIFY(identity.ok());
        QVERIFY(identity.value().tokenName.isEmpty());
        QVERIFY(!identity.value().serviceToken);
        QCOMPARE(identity.value().scopes, QStringList {QStringLiteral("reader")});
        QVERIFY(decodeCallerIdentity("{}").ok());
    }

    void projectsPaging()
    {
        const auto page = decodeProjectsPage(R"({"totalCount":57,"items":[
            {"key":"a","name":"Alpha","environments":{"totalCount":0,"items":[]}},
            {"key":"b"}],
            "_links":{"self":{"href":"/api/v2/projects?limit=2"},
                      "next":{"href":"/api/v2/projects?limit=2&offset=2"}}})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().totalCount, std::optional<int>(57));
        QVERIFY(page.value().hasNext);
        QVERIFY(page.value().items[1].name.isEmpty()); // missing name: empty
        QVERIFY(page.value().items[1].environments.isEmpty()); // not expanded
    }

    void environmentDefaults()
    {
        const auto environment = decodeEnvironment(R"({"key":"test"})");
        QVERIFY(environment.ok());
        QCOMPARE(environment.value().key, QStringLiteral("test"));
        QVERIFY(environment.value().name.isEmpty());
        QVERIFY(environment.value().color.isEmpty());
        QVERIFY(!environment.value().critical);
    }

    void secretsNeverSurface()
    {
        const auto page = decodeProjectsPage(R"({"items":[{"key":"p","name":"P",
            "environments":{"items":[{"key":"prod","name":"Prod","color":"417505",
            "apiKey":"sdk-SECRET-1","mobileKey":"mob-SECRET-2","critical":false}]}}]})");
        QVERIFY(page.ok());
        const EnvironmentSummary &environment = page.value().items[0].environments[0];
        QCOMPARE(environment.key, QStringLiteral("prod"));
        QVERIFY(!allText(environment).contains(QLatin1String("SECRET")));
        // A broken apiKey cannot fail the decode either: it is never looked at.
        QVERIFY(decodeEnvironment(R"({"key":"prod","apiKey":{"x":1},"mobileKey":[]})").ok());
    }

    void badInputs_data()
    {
        QTest::addColumn<int>("which"); // 0 projects, 1 environment, 2 caller identity
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail"); // a part of the detail the person sees

        QTest::newRow("projects malformed")
            << 0 << QByteArray(R"({"items":[)") << QStringLiteral("not valid JSON");
        QTest::newRow("projects empty") << 0 << QByteArray(" ") << QStringLiteral("is empty");
        QTest::newRow("projects not an object")
            << 0 << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("projects missing items")
            << 0 << QByteArray(R"({"totalCount":1})") << QStringLiteral("items is missing");
        QTest::newRow("projects items not an array")
            << 0 << QByteArray(R"({"items":{}})") << QStringLiteral("items is not an array");
        QTest::newRow("project not an object")
            << 0 << QByteArray(R"({"items":["a"]})") << QStringLiteral("items[0] is not an object");
        QTest::newRow("project key missing") << 0 << QByteArray(R"({"items":[{"name":"A"}]})")
                                             << QStringLiteral("items[0].key is missing");
        QTest::newRow("project key a number")
            << 0 << QByteArray(R"({"items":[{"key":"a"},{"key":5}]})")
            << QStringLiteral("items[1].key is not a string (found number)");
        QTest::newRow("environment key wrong")
            << 0 << QByteArray(R"({"items":[{"key":"a","environments":{"items":[{"key":true}]}}]})")
            << QStringLiteral("items[0].environments.items[0].key is not a string (found boolean)");
        QTest::newRow("environments items wrong")
            << 0 << QByteArray(R"({"items":[{"key":"a","environments":{"items":"x"}}]})")
            << QStringLiteral("items[0].environments.items is not an array");
        QTest::newRow("too deep") << 0
                                  << QByteArray(R"({"items":[)") + QByteArray(600, '[')
                + QByteArray(600, ']') + QByteArray("]}")
                                  << QStringLiteral("nested deeper than");
        QTest::newRow("environment malformed")
            << 1 << QByteArray("{\"key\":") << QStringLiteral("not valid JSON");
        QTest::newRow("environment key missing")
            << 1 << QByteArray(R"({"name":"Prod"})") << QStringLiteral("key is missing");
        QTest::newRow("environment key object")
            << 1 << QByteArray(R"({"key":{}})")
            << QStringLiteral("key is not a string (found object)");
        QTest::newRow("environment array")
            << 1 << QByteArray("[{}]") << QStringLiteral("not a JSON object");
        QTest::newRow("identity malformed")
            << 2 << QByteArray("nope") << QStringLiteral("not valid JSON");
        QTest::newRow("identity a string")
            << 2 << QByteArray(R"("token")") << QStringLiteral("not a JSON object");
    }

    void badInputs()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        std::optional<ApiError> error;
        if (which == 0) {
            if (const auto r = decodeProjectsPage(body); !r.ok())
                error = r.error();
        } else if (which == 1) {
            if (const auto r = decodeEnvironment(body); !r.ok())
                error = r.error();
        } else if (const auto r = decodeCallerIdentity(body); !r.ok()) {
            error = r.error();
        }
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::InvalidResponse);
        QVERIFY2(error->detail().contains(detail), qPrintable(error->detail()));
        QVERIFY(error->userMessage().contains(detail));
    }
};

QTEST_GUILESS_MAIN(tst_AccountDecoder)
#include "tst_AccountDecoder.moc"
