#include "ColumnLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

class tst_ColumnLayout : public QObject
{
    Q_OBJECT

private:
    static ContextColumn builtin(ContextColumn::Builtin which) { return ContextColumn::of(which); }

    static ColumnLayout sample()
    {
        ColumnLayout layout;
        layout.columns = {{builtin(ContextColumn::Builtin::Key), true},
            {ContextColumn::attribute(QStringLiteral("/address/city")), true},
            {builtin(ContextColumn::Builtin::Kind), true},
            {builtin(ContextColumn::Builtin::Name), false},
            {builtin(ContextColumn::Builtin::LastSeen), true},
            {builtin(ContextColumn::Builtin::Source), true}};
        layout.widths = {{QStringLiteral("key"), 200}, {QStringLiteral("/address/city"), 150},
            {QStringLiteral("name"), 90}};
        layout.sort = SortOrder::OldestFirst;
        return layout;
    }

    static std::optional<ColumnLayout> parse(const char *json)
    {
        return ColumnLayout::fromJsonBytes(QByteArray(json));
    }

private slots:
    void defaultsAreTheFiveBuiltinsShown()
    {
        const ColumnLayout layout = ColumnLayout::defaults();
        QCOMPARE(layout.modelColumns(), ContextColumn::defaults());
        QCOMPARE(layout.visibleCount(), 5);
        QVERIFY(layout.widths.isEmpty());
        QCOMPARE(layout.sort, SortOrder::NewestFirst);
    }

    void visibleColumnsAreTheShownOnesInDisplayOrder()
    {
        // What an export writes: Name is hidden, the city column was moved second.
        const QList<ContextColumn> expected {builtin(ContextColumn::Builtin::Key),
            ContextColumn::attribute(QStringLiteral("/address/city")),
            builtin(ContextColumn::Builtin::Kind), builtin(ContextColumn::Builtin::LastSeen),
            builtin(ContextColumn::Builtin::Source)};
        QCOMPARE(sample().visibleColumns(), expected);
        QCOMPARE(ColumnLayout::defaults().visibleColumns(), ContextColumn::defaults());
    }

    void jsonRoundTrip()
    {
        const ColumnLayout layout = sample();
        QCOMPARE(ColumnLayout::fromJson(layout.toJson()), std::optional<ColumnLayout>(layout));
        const QByteArray bytes = QJsonDocument(layout.toJson()).toJson();
        QCOMPARE(ColumnLayout::fromJsonBytes(bytes), std::optional<ColumnLayout>(layout));
        ColumnLayout unsorted = ColumnLayout::defaults();
        unsorted.sort = SortOrder::Unsorted;
        QCOMPARE(ColumnLayout::fromJson(unsorted.toJson())->sort, SortOrder::Unsorted);
        QCOMPARE(layout.toJson().value(u"sort").toString(), QStringLiteral("ts"));
    }

    void garbageIsNoLayout_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"columns\": [");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[\"kind\"]");
        QTest::newRow("no columns") << QByteArray("{\"widths\": {}}");
        QTest::newRow("columns not a list") << QByteArray("{\"columns\": \"kind,key\"}");
        QTest::newRow("empty list") << QByteArray("{\"columns\": []}");
        QTest::newRow("nothing known") << QByteArray("{\"columns\": [{\"id\": \"colour\"}, 7]}");
        QTest::newRow("newer version") << QByteArray("{\"version\": 2, \"columns\": [\"kind\"]}");
        QTest::newRow("too large") << QByteArray(qsizetype(70) * 1024, ' ');
    }

    void garbageIsNoLayout()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ColumnLayout::fromJsonBytes(json).has_value());
    }

    void wrongTypesAndUnknownIdsAreRepaired()
    {
        const std::optional<ColumnLayout> layout = parse(R"({
            "columns": [{"id": "key", "visible": "no"}, 42, {"id": "favouriteColour"},
                        {"id": "/a~2"}, {"id": "/email", "visible": true}, "lastSeen",
                        {"id": "key", "visible": false}, {"id": 5}, {"id": "/gone", "visible": false}],
            "widths": {"key": "wide", "lastSeen": 120, "/email": -5, "name": 100000,
                       "/nowhere": 50, "kind": 80.5},
            "sort": 7})");
        QVERIFY(layout);
        // Known entries in their order, then the built-ins the JSON did not name, shown.
        QList<ContextColumn> expected {builtin(ContextColumn::Builtin::Key),
            ContextColumn::attribute(QStringLiteral("/email")),
            builtin(ContextColumn::Builtin::LastSeen), builtin(ContextColumn::Builtin::Kind),
            builtin(ContextColumn::Builtin::Name), builtin(ContextColumn::Builtin::Source)};
        QCOMPARE(layout->modelColumns(), expected);
        QCOMPARE(layout->visibleCount(), 6); // "no" is not false
        const QHash<QString, int> widths {
            {QStringLiteral("lastSeen"), 120}, {QStringLiteral("kind"), 80}};
        QCOMPARE(layout->widths, widths);
        QCOMPARE(layout->sort, SortOrder::NewestFirst);
    }

    void allHiddenShowsTheBuiltins()
    {
        const std::optional<ColumnLayout> layout = parse(R"({"columns": [
            {"id": "kind", "visible": false}, {"id": "key", "visible": false},
            {"id": "name", "visible": false}, {"id": "lastSeen", "visible": false},
            {"id": "source", "visible": false}, {"id": "/email", "visible": false}]})");
        QVERIFY(layout);
        QCOMPARE(layout->modelColumns(), ContextColumn::defaults()); // hidden attribute: gone
        QCOMPARE(layout->visibleCount(), 5);

        ColumnLayout none = ColumnLayout::defaults();
        for (ColumnLayout::Entry &entry : none.columns)
            entry.visible = false;
        none.repair();
        QCOMPARE(none.visibleCount(), 5);
    }

    void attributeColumnsAreBounded()
    {
        QJsonArray columns;
        for (int i = 0; i < 200; ++i)
            columns.append(QStringLiteral("/attribute%1").arg(i));
        const std::optional<ColumnLayout> layout
            = ColumnLayout::fromJson({{QStringLiteral("columns"), columns}});
        QVERIFY(layout);
        QCOMPARE(layout->columns.size(), ColumnLayout::maxAttributeColumns + 5);
    }

    void storeSavesAndLoadsPerScope()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QString production = LayoutStore::scope(
            QStringLiteral("work"), QStringLiteral("demo"), QStringLiteral("production"));
        const QString staging = LayoutStore::scope(
            QStringLiteral("work"), QStringLiteral("demo"), QStringLiteral("staging"));
        {
            QSettings settings(path, QSettings::IniFormat);
            LayoutStore store(&settings);
            QVERIFY(!store.load(production));
            store.save(production, sample());
            store.save(staging, ColumnLayout::defaults());
        }
        QSettings settings(path, QSettings::IniFormat); // read back from the file
        LayoutStore store(&settings);
        QCOMPARE(store.load(production), std::optional<ColumnLayout>(sample()));
        QCOMPARE(store.load(staging), std::optional<ColumnLayout>(ColumnLayout::defaults()));
        QVERIFY(!store.load(QStringLiteral("elsewhere")));
        store.remove(production);
        QVERIFY(!store.load(production));
        QVERIFY(store.load(staging));
    }

    void brokenStoredValueLoadsAsNothing()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        LayoutStore store(&settings);
        const QString scope = QStringLiteral("a");
        for (const QVariant &value :
            {QVariant(QStringLiteral("{\"columns\": [")), QVariant(42),
                QVariant(QStringList {QStringLiteral("kind")}), QVariant(QStringLiteral("null"))}) {
            settings.setValue(LayoutStore::settingsKey(scope), value);
            QVERIFY2(!store.load(scope), qPrintable(value.toString()));
        }
        store.save(scope, sample()); // the next save replaces it
        QCOMPARE(store.load(scope), std::optional<ColumnLayout>(sample()));
    }

    void scopesAreEscapedForSettingsKeys()
    {
        const QStringList scopes {QStringLiteral("a/b"), QStringLiteral("a_2Fb"),
            QStringLiteral("a\\b"), QStringLiteral("50% off"), QStringLiteral("Zürich [eu]"),
            QStringLiteral("a=b;c"), QString()};
        QSet<QString> keys;
        const QRegularExpression safe(QStringLiteral("^layouts/[A-Za-z0-9._-]+$"));
        for (const QString &scope : scopes) {
            const QString key = LayoutStore::settingsKey(scope);
            QVERIFY2(safe.match(key).hasMatch(), qPrintable(key));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), scopes.size());
        QCOMPARE(LayoutStore::settingsKey(QStringLiteral("demo.prod-1")),
            QStringLiteral("layouts/demo.prod-1"));
        // The parts of a scope cannot run into each other.
        QVERIFY(LayoutStore::scope(QStringLiteral("a/b"), QStringLiteral("c"), QStringLiteral("d"))
            != LayoutStore::scope(QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d")));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        LayoutStore store(&settings);
        for (const QString &scope : scopes)
            store.save(scope, ColumnLayout::defaults());
        settings.sync();
        QCOMPARE(settings.childGroups(), QStringList {QStringLiteral("layouts")});
        settings.beginGroup(QStringLiteral("layouts"));
        QCOMPARE(settings.childKeys().size(), scopes.size());
    }
};

QTEST_GUILESS_MAIN(tst_ColumnLayout)
#include "tst_ColumnLayout.moc"
