#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "TableCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ctx;

// What Copy rows / Copy cell / Copy rows as JSON produce, over a real ContextListModel.
class tst_TableCopy : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    // alice: private email, street and name, all still in the JSON (a server that did not
    // remove them); bob: a tab and a line break in his name.
    static ContextsPage page()
    {
        ContextsPage page = makePage(0, 3, QString(), 3);
        ContextRecord &alice = page.items[0];
        alice.key = QStringLiteral("alice");
        alice.name = QStringLiteral("Alice Secret-Name");
        alice.attributesJson = QByteArrayLiteral(
            R"({"key":"alice","name":"Alice Secret-Name","email":"secret@example.com",)"
            R"("plan":"pro","address":{"city":"Paris","street":"Hidden lane 7"}})");
        alice.privateAttributes
            = {QStringLiteral("email"), QStringLiteral("/address/street"), QStringLiteral("name")};
        ContextRecord &bob = page.items[1];
        bob.key = QStringLiteral("bob");
        bob.name = QStringLiteral("Bob\tthe\nBuilder");
        bob.attributesJson = QByteArrayLiteral(R"({"zeta":1,"key":"bob","alpha":true})");
        return page;
    }

    struct Fixture
    {
        explicit Fixture(const EnvironmentRef &env)
        {
            model.setClock([] { return QDateTime(QDate(2026, 11, 21), QTime(12, 5), Qt::UTC); });
            model.setColumns(ContextColumn::defaults()
                << ContextColumn::attribute(QStringLiteral("/email"))
                << ContextColumn::attribute(QStringLiteral("/address")));
            model.setEnvironment(env);
            api.replySearch(0, page());
        }
        FakeContextsApi api;
        ContextListModel model {&api};
    };

private slots:
    void rowsAsTextHasAHeaderAndTheColumnsGiven()
    {
        Fixture f(env);
        // Key, Last seen, Kind: the order the view shows them in, not the model's.
        const QString text = TableCopy::rowsAsText(&f.model, {2, 1}, {1, 3, 0});
        QCOMPARE(text,
            QStringLiteral("Key\tLast seen\tKind\n"
                           "bob\t6 minutes ago\tuser\n"
                           "key-0002\t7 minutes ago\tuser\n"));
    }

    void rowsAsTextFlattensTabsAndLineBreaks()
    {
        Fixture f(env);
        const QString text = TableCopy::rowsAsText(&f.model, {1, 1}, {1, 2});
        QCOMPARE(text, QStringLiteral("Key\tName\nbob\tBob the Builder\n")); // once, flat
        QVERIFY(TableCopy::rowsAsText(&f.model, {}, {1}).isEmpty());
        QVERIFY(TableCopy::rowsAsText(&f.model, {1}, {}).isEmpty());
    }

    void privateValuesAreCopiedAsTheMarker()
    {
        Fixture f(env);
        const QString text = TableCopy::rowsAsText(&f.model, {0}, {1, 2, 5, 6});
        QCOMPARE(text,
            QStringLiteral("Key\tName\t/email\t/address\n"
                           "alice\t[private]\t[private]\t{\"city\":\"Paris\"}\n"));
        QVERIFY(!text.contains(QStringLiteral("secret")));
        QVERIFY(!text.contains(QStringLiteral("Secret")));
        QVERIFY(!text.contains(QStringLiteral("Hidden")));
        QCOMPARE(TableCopy::cellText(f.model.index(0, 5)), QStringLiteral("[private]"));
        QCOMPARE(TableCopy::cellText(f.model.index(0, 2)), QStringLiteral("[private]"));
        QCOMPARE(TableCopy::cellText(f.model.index(1, 1)), QStringLiteral("bob"));
        QVERIFY(TableCopy::cellText({}).isEmpty());
    }

    void jsonHasTheRecordsWithoutPrivateValues()
    {
        Fixture f(env);
        const QByteArray json = TableCopy::recordsAsJson({f.model.record(0), f.model.record(1)});
        QVERIFY2(!json.contains("secret@example.com"), json.constData());
        QVERIFY2(!json.contains("Hidden lane"), json.constData());
        QVERIFY2(!json.contains("Secret-Name"), json.constData());

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject alice = array.at(0).toObject();
        QCOMPARE(alice.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
        QCOMPARE(alice.value(QStringLiteral("key")).toString(), QStringLiteral("alice"));
        QVERIFY(!alice.contains(QStringLiteral("name"))); // private
        QCOMPARE(alice.value(QStringLiteral("lastSeen")).toString(),
            QStringLiteral("2026-11-21T12:00:00.000Z"));
        QCOMPARE(
            alice.value(QStringLiteral("applicationId")).toString(), QStringLiteral("GoSDK/1.2"));
        const QJsonObject attributes = alice.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));
        QVERIFY(!attributes.contains(QStringLiteral("email")));
        QVERIFY(!attributes.contains(QStringLiteral("name")));
        QCOMPARE(attributes.value(QStringLiteral("address")).toObject(),
            QJsonObject({{QStringLiteral("city"), QStringLiteral("Paris")}}));
        QCOMPARE(alice.value(QStringLiteral("privateAttributes")).toArray().size(),
            3); // names, not values

        const QJsonObject bob = array.at(1).toObject();
        QCOMPARE(bob.value(QStringLiteral("name")).toString(), QStringLiteral("Bob\tthe\nBuilder"));
        QVERIFY(!bob.contains(QStringLiteral("privateAttributes")));
    }

    void jsonKeepsTheMemberOrder()
    {
        Fixture f(env);
        const QByteArray json = TableCopy::recordsAsJson({f.model.record(1)});
        // The record's own fields first, then the attributes in the server's order.
        const qsizetype kind = json.indexOf("\"kind\"");
        const qsizetype key = json.indexOf("\"key\"");
        const qsizetype attributes = json.indexOf("\"attributes\"");
        const qsizetype zeta = json.indexOf("\"zeta\"");
        const qsizetype alpha = json.indexOf("\"alpha\"");
        QVERIFY(kind >= 0 && kind < key && key < attributes && attributes < zeta && zeta < alpha);
        QVERIFY2(json.startsWith("[\n    {\n        \"kind\": \"user\","), json.constData());
        QCOMPARE(TableCopy::recordsAsJson({}), QByteArray("[]\n"));
    }
};

QTEST_GUILESS_MAIN(tst_TableCopy)
#include "tst_TableCopy.moc"
