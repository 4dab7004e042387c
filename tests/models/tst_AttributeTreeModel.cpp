#include "AttributeTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace ctx;

namespace {

ContextRecord record(const QByteArray &attributesJson, const QStringList &privateAttributes = {})
{
    ContextRecord r;
    r.kind = QStringLiteral("user");
    r.key = QStringLiteral("anna");
    r.applicationId = QStringLiteral("GoSDK/1.2");
    r.attributesJson = attributesJson;
    r.privateAttributes = privateAttributes;
    return r;
}

// The child of `parent` whose Attribute column reads `name`.
QModelIndex child(
    const QAbstractItemModel &model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QString text(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

// Every role of every index, as text, for the security check.
QStringList everything(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int role = 0; role <= Qt::UserRole + 20; ++role)
        out.append(model.headerData(0, Qt::Horizontal, role).toString());
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role = 0; role <= Qt::UserRole + 20; ++role) {
                const QVariant value = index.data(role);
                out.append(value.toString());
                out.append(QString::fromUtf8(value.toByteArray()));
            }
        }
        out.append(everything(model, model.index(row, 0, parent)));
    }
    return out;
}

} // namespace

class tst_AttributeTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void topLevelRowsKeepTheServersOrder()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.contextJson().isEmpty());
        model.setContext(record(R"({"key":"anna","name":"Anna","zeta":1,"alpha":"a"})"));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Attribute"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Type"));
        QCOMPARE(model.rowCount(), 5);
        const QStringList expected {QStringLiteral("kind"), QStringLiteral("key"),
            QStringLiteral("name"), QStringLiteral("zeta"), QStringLiteral("alpha")};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.index(row, 0).data().toString(), expected.at(row));
        QCOMPARE(text(model.index(0, 0), 1), QStringLiteral("user"));
        QCOMPARE(text(model.index(0, 0), 2), QStringLiteral("string"));
        QCOMPARE(model.index(0, 0).data(AttributeTreeModel::PointerRole).toString(),
            QStringLiteral("/kind"));
        QCOMPARE(text(model.index(1, 0), 1), QStringLiteral("anna"));
        QVERIFY(!child(model, QStringLiteral("_meta")).isValid()); // no private attributes
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void keyAndNameLeadWhenTheJsonArrivesSorted()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(record(R"({"address":{"city":"x"},"email":"e","key":"k","name":"N"})"));
        const QStringList expected {QStringLiteral("kind"), QStringLiteral("key"),
            QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("email")};
        QCOMPARE(model.rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.index(row, 0).data().toString(), expected.at(row));
    }

    void valuesAndTypes()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(record(R"({"key":"k","n":42,"f":1.5,"b":true,"z":null,"s":"text",)"
                                R"("o":{"a":1},"e":{},"arr":[1,"x",[true]]})"));
        const auto check = [&](const char *name, const char *value, const char *type,
                               const char *raw) {
            const QModelIndex index = child(model, QString::fromUtf8(name));
            QVERIFY2(index.isValid(), name);
            QCOMPARE(text(index, 1), QString::fromUtf8(value));
            QCOMPARE(text(index, 2), QString::fromUtf8(type));
            QCOMPARE(index.data(AttributeTreeModel::RawJsonRole).toByteArray(), QByteArray(raw));
            QCOMPARE(index.data(AttributeTreeModel::IsPrivateRole).toBool(), false);
        };
        check("n", "42", "number", "42");
        check("f", "1.5", "number", "1.5");
        check("b", "true", "boolean", "true");
        check("z", "null", "null", "null");
        check("s", "text", "string", "\"text\"");
        check("o", "{1 attribute}", "object", R"({"a":1})");
        check("e", "{0 attributes}", "object", "{}");
        check("arr", "[3 items]", "array", R"([1,"x",[true]])");
    }

    void nestedObjectsAndArraysExpand()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(
            record(R"({"key":"k","address":{"street":"Main 1","city":"Oslo","geo":{"lat":1}},)"
                   R"("tags":["a",{"x/y":2}]})"));
        const QModelIndex address = child(model, QStringLiteral("address"));
        QCOMPARE(model.rowCount(address), 3);
        QCOMPARE(model.index(0, 0, address).data().toString(), QStringLiteral("street"));
        QCOMPARE(model.index(1, 0, address).data().toString(), QStringLiteral("city"));
        const QModelIndex city = child(model, QStringLiteral("city"), address);
        QCOMPARE(city.parent(), address);
        QCOMPARE(
            city.data(AttributeTreeModel::PointerRole).toString(), QStringLiteral("/address/city"));
        QCOMPARE(text(city, 1), QStringLiteral("Oslo"));
        const QModelIndex lat
            = child(model, QStringLiteral("lat"), child(model, QStringLiteral("geo"), address));
        QCOMPARE(lat.data(AttributeTreeModel::PointerRole).toString(),
            QStringLiteral("/address/geo/lat"));
        QCOMPARE(lat.parent().parent(), address);

        const QModelIndex tags = child(model, QStringLiteral("tags"));
        QCOMPARE(model.rowCount(tags), 2);
        QCOMPARE(model.index(0, 0, tags).data().toString(), QStringLiteral("[0]"));
        QCOMPARE(text(model.index(0, 0, tags), 1), QStringLiteral("a"));
        const QModelIndex second = model.index(1, 0, tags);
        QCOMPARE(second.data().toString(), QStringLiteral("[1]"));
        QCOMPARE(text(second, 2), QStringLiteral("object"));
        QCOMPARE(model.index(0, 0, second).data(AttributeTreeModel::PointerRole).toString(),
            QStringLiteral("/tags/1/x~1y"));
        QCOMPARE(model.rowCount(model.index(0, 1, address)), 0); // only column 0 has children
    }

    void datesShowReadableWithTheRawStringInTheTooltip()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString raw = QStringLiteral("2022-04-15T15:00:57.526470334Z");
        model.setContext(record(R"({"key":"k","seen":"2022-04-15T15:00:57.526470334Z",)"
                                R"("offset":"2024-01-02T03:04:05+02:00","notDate":"2022-04-15"})"));
        const QModelIndex seen = child(model, QStringLiteral("seen"));
        QCOMPARE(text(seen, 2), QStringLiteral("date"));
        const QDateTime expected(QDate(2022, 4, 15), QTime(15, 0, 57, 526), Qt::UTC);
        QCOMPARE(text(seen, 1), QLocale().toString(expected.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(text(seen, 1) != raw);
        QCOMPARE(text(seen, 1, Qt::ToolTipRole), raw);
        QCOMPARE(
            seen.data(AttributeTreeModel::RawJsonRole).toByteArray(), '"' + raw.toUtf8() + '"');
        const QModelIndex offset = child(model, QStringLiteral("offset"));
        QCOMPARE(text(offset, 2), QStringLiteral("date"));
        QCOMPARE(text(offset, 1),
            QLocale().toString(QDateTime(QDate(2024, 1, 2), QTime(1, 4, 5), Qt::UTC).toLocalTime(),
                QLocale::ShortFormat));
        QCOMPARE(text(child(model, QStringLiteral("notDate")), 2), QStringLiteral("string"));
    }

    void privateAttributesAreListedUnderMetaWithoutValues()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(record(R"({"key":"k","name":"Anna"})",
            {QStringLiteral("email"), QStringLiteral("/address/street")}));
        const QModelIndex meta = model.index(model.rowCount() - 1, 0);
        QCOMPARE(meta.data().toString(), QStringLiteral("_meta"));
        QCOMPARE(text(meta, 1), QStringLiteral("2 private attributes"));
        QCOMPARE(model.rowCount(meta), 2);
        const QModelIndex email = model.index(0, 0, meta);
        QCOMPARE(email.data().toString(), QStringLiteral("email"));
        QCOMPARE(text(email, 1), QStringLiteral("private"));
        QCOMPARE(text(email, 1, Qt::ToolTipRole),
            QStringLiteral("The SDK marked this attribute private: LaunchDarkly never receives "
                           "its value"));
        QVERIFY(email.data(AttributeTreeModel::IsPrivateRole).toBool());
        QVERIFY(email.data(AttributeTreeModel::RawJsonRole).toByteArray().isEmpty());
        QCOMPARE(email.data(AttributeTreeModel::PointerRole).toString(), QStringLiteral("/email"));
        const QModelIndex street = model.index(1, 0, meta);
        QCOMPARE(street.data().toString(), QStringLiteral("/address/street"));
        QCOMPARE(street.data(AttributeTreeModel::PointerRole).toString(),
            QStringLiteral("/address/street"));
        QVERIFY(street.data(AttributeTreeModel::IsPrivateRole).toBool());
        QCOMPARE(model.rowCount(email), 0);
    }

    void privateValuesSentAnywayAreNeverExposed()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(record(R"({"key":"k","email":"anna@secret.example",)"
                                R"("address":{"street":"Hidden Lane 7","city":"Oslo"},)"
                                R"("a/b":{"c~d":"TildeSecret"},"other":"fine"})",
            {QStringLiteral("email"), QStringLiteral("/address/street"),
                QStringLiteral("/a~1b/c~0d")}));
        const QStringList all = everything(model);
        for (const QString &secret : {QStringLiteral("anna@secret.example"),
                 QStringLiteral("Hidden Lane 7"), QStringLiteral("TildeSecret")}) {
            for (const QString &value : all)
                QVERIFY2(!value.contains(secret), qPrintable(value));
        }
        QVERIFY(all.contains(QStringLiteral("Oslo")));
        QVERIFY(all.contains(QStringLiteral("fine")));
        const QModelIndex address = child(model, QStringLiteral("address"));
        QCOMPARE(model.rowCount(address), 1);
        QCOMPARE(text(child(model, QStringLiteral("city"), address), 1), QStringLiteral("Oslo"));
        QCOMPARE(address.data(AttributeTreeModel::RawJsonRole).toByteArray(),
            QByteArray(R"({"city":"Oslo"})"));
        QVERIFY(!child(model, QStringLiteral("email")).isValid());

        const QByteArray json = model.contextJson();
        for (const char *secret : {"anna@secret.example", "Hidden Lane 7", "TildeSecret"})
            QVERIFY2(!json.contains(secret), json.constData());
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
        QCOMPARE(object.value(QStringLiteral("address"))
                     .toObject()
                     .value(QStringLiteral("city"))
                     .toString(),
            QStringLiteral("Oslo"));
        QCOMPARE(object.value(QStringLiteral("_meta"))
                     .toObject()
                     .value(QStringLiteral("privateAttributes"))
                     .toVariant()
                     .toStringList(),
            (QStringList {QStringLiteral("email"), QStringLiteral("/address/street"),
                QStringLiteral("/a~1b/c~0d")}));
    }

    void contextJsonIsPrettyAndKeepsTheOrder()
    {
        AttributeTreeModel model;
        model.setContext(record(
            R"({"key":"anna","name":"Anna","zeta":[1,2],"alpha":{}})", {QStringLiteral("x")}));
        const QByteArray expected = "{\n"
                                    "    \"kind\": \"user\",\n"
                                    "    \"key\": \"anna\",\n"
                                    "    \"name\": \"Anna\",\n"
                                    "    \"zeta\": [\n"
                                    "        1,\n"
                                    "        2\n"
                                    "    ],\n"
                                    "    \"alpha\": {},\n"
                                    "    \"_meta\": {\n"
                                    "        \"privateAttributes\": [\n"
                                    "            \"x\"\n"
                                    "        ]\n"
                                    "    }\n"
                                    "}\n";
        QCOMPARE(model.contextJson(), expected);
    }

    void invalidAttributesStillShowTheKind()
    {
        AttributeTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(record("not json"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("kind"));
    }
};

QTEST_GUILESS_MAIN(tst_AttributeTreeModel)
#include "tst_AttributeTreeModel.moc"
