#include "AttributeValueSuggestions.h"
#include "FakeContextsApi.h"

#include <QSignalSpy>
#include <QTest>

using ctx::AttributeValueSuggestions;
using ctx::KindAttributeValues;

namespace {

const ctx::EnvironmentRef kEnv {QStringLiteral("proj"), QStringLiteral("prod")};

KindAttributeValues group(const QString &kind, const QList<std::pair<QByteArray, int>> &values)
{
    KindAttributeValues result;
    result.kind = kind;
    for (const auto &[json, weight] : values)
        result.values.append(ctx::AttributeValue {json, weight});
    return result;
}

bool replyValues(FakeContextsApi &api, int index, ctx::Result<QList<KindAttributeValues>> result)
{
    return FakeContextsApi::reply(api.attributeValueCalls, index, std::move(result));
}

} // namespace

class tst_AttributeValueSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void filterFor_data();
    void filterFor();
    void requestsAndMerges();
    void staleRepliesAreDropped();
    void sameRequestIsNotRepeated();
    void errorIsKept();
    void noEnvironmentNoRequest();
    void environmentChangeForgets();
};

void tst_AttributeValueSuggestions::filterFor_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("filter");
    QTest::newRow("nothing") << ""
                             << ""
                             << "";
    QTest::newRow("kind") << "user"
                          << ""
                          << "kind equals \"user\"";
    QTest::newRow("prefix") << ""
                            << "An"
                            << "value startsWith \"An\"";
    QTest::newRow("both") << "user"
                          << "An"
                          << "kind equals \"user\",value startsWith \"An\"";
    QTest::newRow("odd prefix") << ""
                                << "a, b|(c) \"d\" \\ é"
                                << "value startsWith \"a, b|(c) \\\"d\\\" \\\\ é\"";
}

void tst_AttributeValueSuggestions::filterFor()
{
    QFETCH(QString, kind);
    QFETCH(QString, prefix);
    QFETCH(QString, filter);
    QCOMPARE(AttributeValueSuggestions::filterFor(kind, prefix), filter);
}

void tst_AttributeValueSuggestions::requestsAndMerges()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    suggestions.setEnvironment(kEnv);
    QSignalSpy changed(&suggestions, &AttributeValueSuggestions::changed);

    suggestions.request(
        QStringLiteral("/address/city"), QStringLiteral("user"), QStringLiteral("Sp"));
    QCOMPARE(api.attributeValueCalls.size(), 1);
    const auto &call = api.attributeValueCalls.at(0);
    QCOMPARE(call.environment, kEnv);
    QCOMPARE(call.key, QStringLiteral("/address/city"));
    QCOMPARE(call.filter, QStringLiteral("kind equals \"user\",value startsWith \"Sp\""));
    QCOMPARE(call.limit, 50);
    QVERIFY(suggestions.isLoading());
    QCOMPARE(changed.size(), 1);

    QVERIFY(replyValues(api, 0,
        QList<KindAttributeValues> {
            group(QStringLiteral("user"), {{"\"Springfield\"", 3}, {"\"Spa\"", 9}, {"42", 1}}),
            group(QStringLiteral("org"), {{"\"Springfield\"", 10}, {"{ \"a\" : 1 }", 2}}),
        }));
    QVERIFY(!suggestions.isLoading());
    QCOMPARE(changed.size(), 2);
    const QList<QJsonValue> values = suggestions.values();
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(0), QJsonValue(QStringLiteral("Springfield"))); // 13
    QCOMPARE(values.at(1), QJsonValue(QStringLiteral("Spa"))); // 9
    QVERIFY(values.at(2).isObject()); // 2
    QCOMPARE(values.at(3), QJsonValue(42)); // 1
}

void tst_AttributeValueSuggestions::staleRepliesAreDropped()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    suggestions.setEnvironment(kEnv);

    suggestions.request(QStringLiteral("/name"), {}, QStringLiteral("A"));
    suggestions.request(QStringLiteral("/name"), {}, QStringLiteral("An"));
    QCOMPARE(api.attributeValueCalls.size(), 2);
    QVERIFY(api.attributeValueCalls.at(0).isCancelled());
    QCOMPARE(api.attributeValueCalls.at(1).filter, QStringLiteral("value startsWith \"An\""));

    // Even a reply that arrives despite the cancel (a race in the transport) is dropped.
    QSignalSpy changed(&suggestions, &AttributeValueSuggestions::changed);
    api.attributeValueCalls[0].done(
        QList<KindAttributeValues> {group(QStringLiteral("user"), {{"\"Albert\"", 5}})});
    QCOMPARE(changed.size(), 0);
    QVERIFY(suggestions.values().isEmpty());
    QVERIFY(suggestions.isLoading());

    QVERIFY(replyValues(
        api, 1, QList<KindAttributeValues> {group(QStringLiteral("user"), {{"\"Anna\"", 5}})}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(suggestions.values(), QList<QJsonValue> {QJsonValue(QStringLiteral("Anna"))});

    // A reply to a request that was cleared is dropped too.
    suggestions.request(QStringLiteral("/email"));
    suggestions.clear();
    QVERIFY(api.attributeValueCalls.at(2).isCancelled());
    api.attributeValueCalls[2].done(
        QList<KindAttributeValues> {group(QStringLiteral("user"), {{"\"x@y\"", 1}})});
    QVERIFY(suggestions.values().isEmpty());
    QVERIFY(!suggestions.isLoading());
}

void tst_AttributeValueSuggestions::sameRequestIsNotRepeated()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    suggestions.setEnvironment(kEnv);
    suggestions.request(QStringLiteral("/plan"), QStringLiteral("user"));
    suggestions.request(QStringLiteral("/plan"), QStringLiteral("user"));
    QCOMPARE(api.attributeValueCalls.size(), 1);
    QVERIFY(replyValues(
        api, 0, QList<KindAttributeValues> {group(QStringLiteral("user"), {{"\"pro\"", 1}})}));
    suggestions.request(QStringLiteral("/plan"), QStringLiteral("user"));
    QCOMPARE(api.attributeValueCalls.size(), 1);
    QCOMPARE(suggestions.values().size(), 1);
    suggestions.request(QStringLiteral("/plan"), QStringLiteral("org"));
    QCOMPARE(api.attributeValueCalls.size(), 2);
    QCOMPARE(api.attributeValueCalls.at(1).filter, QStringLiteral("kind equals \"org\""));
}

void tst_AttributeValueSuggestions::errorIsKept()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    suggestions.setEnvironment(kEnv);
    suggestions.request(QStringLiteral("/plan"));
    QCOMPARE(api.attributeValueCalls.at(0).filter, QString());
    QVERIFY(replyValues(
        api, 0, ctx::ApiError(ctx::ApiError::Kind::BadRequest, QStringLiteral("bad filter"), 400)));
    QVERIFY(suggestions.lastError());
    QCOMPARE(suggestions.lastError()->httpStatus(), 400);
    QVERIFY(suggestions.values().isEmpty());
    // After a failure the same request may be tried again.
    suggestions.request(QStringLiteral("/plan"));
    QCOMPARE(api.attributeValueCalls.size(), 2);
    QVERIFY(!suggestions.lastError());
}

void tst_AttributeValueSuggestions::noEnvironmentNoRequest()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    QSignalSpy changed(&suggestions, &AttributeValueSuggestions::changed);
    suggestions.request(QStringLiteral("/plan"));
    QCOMPARE(api.attributeValueCalls.size(), 0);
    QVERIFY(!suggestions.isLoading());
    QCOMPARE(changed.size(), 1);
    suggestions.request({});
    QCOMPARE(api.attributeValueCalls.size(), 0);
}

void tst_AttributeValueSuggestions::environmentChangeForgets()
{
    FakeContextsApi api;
    AttributeValueSuggestions suggestions(&api);
    suggestions.setEnvironment(kEnv);
    suggestions.request(QStringLiteral("/plan"));
    suggestions.setEnvironment(
        ctx::EnvironmentRef {QStringLiteral("proj"), QStringLiteral("test")});
    QVERIFY(api.attributeValueCalls.at(0).isCancelled());
    QVERIFY(suggestions.pointer().isEmpty());
    QVERIFY(!suggestions.isLoading());
    suggestions.request(QStringLiteral("/plan"));
    QCOMPARE(api.attributeValueCalls.at(1).environment.environmentKey, QStringLiteral("test"));
}

QTEST_GUILESS_MAIN(tst_AttributeValueSuggestions)
#include "tst_AttributeValueSuggestions.moc"
