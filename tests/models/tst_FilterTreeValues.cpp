// The filter tree's values: edit text to value and escaping round trips.
#include "FilterTreeSupport.h"

#include <QTest>

class tst_FilterTreeValues : public QObject
{
    Q_OBJECT

private slots:
    void valueFromEditText_data();
    void valueFromEditText();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void listEscapeRoundTrip();
    void quotedFieldRoundTrip();
};

void tst_FilterTreeValues::valueFromEditText_data()
{
    using enum Operator;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("valueJson");
    QTest::newRow("attr number") << "42" << Equals << "user.age"
                                 << "42";
    QTest::newRow("attr decimal") << "-1.5" << Equals << "user.score"
                                  << "-1.5";
    QTest::newRow("attr bool") << "true" << Equals << "user.beta"
                               << "true";
    QTest::newRow("attr null") << "null" << Equals << "user.x"
                               << "null";
    QTest::newRow("attr text") << "New York" << Equals << "user.city"
                               << "\"New York\"";
    QTest::newRow("attr quoted number") << "\"42\"" << Equals << "user.age"
                                        << "\"42\"";
    QTest::newRow("attr spaces kept") << " a " << StartsWith << "user.x"
                                      << "\" a \"";
    QTest::newRow("key number is text") << "42" << Equals << "key"
                                        << "\"42\"";
    QTest::newRow("key true is text") << "true" << Equals << "key"
                                      << "\"true\"";
    QTest::newRow("bad json is text") << "\"half" << Equals << "user.x"
                                      << "\"\\\"half\"";
    QTest::newRow("json array") << "[1,\"a\"]" << Equals << "user.tags"
                                << "[1,\"a\"]";
    QTest::newRow("list") << "user, org" << AnyOf << "kind"
                          << "[\"user\",\"org\"]";
    QTest::newRow("list quoted comma") << "\"a, b\", c" << AnyOf << "user.x"
                                       << "[\"a, b\",\"c\"]";
    QTest::newRow("list numbers") << "1, 2" << Contains << "user.n"
                                  << "[1,2]";
    QTest::newRow("list empty items") << "a,, b ," << AnyOf << "key"
                                      << "[\"a\",\"b\"]";
    QTest::newRow("list json") << " [\"x\",1] " << AnyOf << "user.x"
                               << "[\"x\",1]";
    QTest::newRow("list empty") << "" << AnyOf << "key"
                                << "[]";
    QTest::newRow("kinds equals is a list") << "user, org" << Equals << "kinds"
                                            << "[\"user\",\"org\"]";
    QTest::newRow("exists true") << "true" << Exists << "name"
                                 << "true";
    QTest::newRow("exists false") << "false" << Exists << "user.x"
                                  << "false";
    QTest::newRow("date") << "2024-01-01T00:00:00Z" << Before << "user.created"
                          << "\"2024-01-01T00:00:00Z\"";
    QTest::newRow("epoch") << "1700000000000" << After << "user.created"
                           << "1700000000000";
}

void tst_FilterTreeValues::valueFromEditText()
{
    QFETCH(QString, text);
    QFETCH(Operator, op);
    QFETCH(QString, field);
    QFETCH(QString, valueJson);
    const QJsonValue value = FilterValue(field, op).fromText(text);
    QCOMPARE(json(value), valueJson);
    // And the box shows a text that reads back to the same value.
    QCOMPARE(FilterValue(field, op).fromText(FilterValue(field, op).toText(value)), value);
}

void tst_FilterTreeValues::escapeRoundTrip_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QString>("value");
    const QList<std::pair<QString, Operator>> targets {
        {QStringLiteral("key"), Operator::Equals},
        {QStringLiteral("name"), Operator::StartsWith},
        {QStringLiteral("user.email"), Operator::Equals},
        {QStringLiteral("*./address/city"), Operator::NotEquals},
    };
    for (const auto &[field, op] : targets) {
        const QJsonArray values = oddStrings();
        for (qsizetype i = 0; i < values.size(); ++i) {
            QTest::addRow(
                "%s %s #%d", qPrintable(field), qPrintable(ctx::filter::operatorName(op)), int(i))
                << field << op << values.at(i).toString();
        }
    }
}

// Build condition -> text -> parse -> the same value, and the value box shows a text that
// reads back to the same value.
void tst_FilterTreeValues::escapeRoundTrip()
{
    QFETCH(QString, field);
    QFETCH(Operator, op);
    QFETCH(QString, value);
    FilterTree tree;
    const FilterCondition condition {field, op, QJsonValue(value)};
    tree.addCondition({}, condition);
    const QString text = tree.toText();
    const ctx::filter::ParseResult parsed = ctx::filter::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QVERIFY(parsed.expression);
    QCOMPARE(parsed.expression->clause.field, field);
    QCOMPARE(parsed.expression->clause.op, op);
    QCOMPARE(parsed.expression->clause.value, QJsonValue(value));

    const FilterTree::TextResult back = FilterTree::fromText(text);
    QVERIFY2(back.tree, qPrintable(back.unsupported));
    QCOMPARE(back.tree->root().children.at(0).condition, condition);
    QCOMPARE(back.tree->toText(), text);

    const QString edit = FilterValue(field, op).toText(QJsonValue(value));
    QCOMPARE(FilterValue(field, op).fromText(edit), QJsonValue(value));
}

void tst_FilterTreeValues::listEscapeRoundTrip()
{
    for (const QString &field : {QStringLiteral("key"), QStringLiteral("user.tags")}) {
        for (const Operator op : {Operator::AnyOf, Operator::Contains}) {
            const QJsonArray values = oddStrings();
            FilterTree tree;
            tree.addCondition({}, FilterCondition {field, op, values});
            const QString text = tree.toText();
            const FilterTree::TextResult back = FilterTree::fromText(text);
            QVERIFY2(back.tree, qPrintable(text));
            QCOMPARE(back.tree->root().children.at(0).condition.value, QJsonValue(values));
            const QString edit = FilterValue(field, op).toText(values);
            QCOMPARE(FilterValue(field, op).fromText(edit), QJsonValue(values));
        }
    }
    // Plain items show as a plain comma-separated list.
    const QJsonArray plain {QStringLiteral("user"), QStringLiteral("org"), QStringLiteral("é")};
    QCOMPARE(FilterValue(QStringLiteral("kind"), Operator::AnyOf).toText(plain),
        QStringLiteral("user, org, é"));
    const QJsonArray awkward {QStringLiteral("a,b"), QStringLiteral(" c")};
    QCOMPARE(FilterValue(QStringLiteral("kind"), Operator::AnyOf).toText(awkward),
        QStringLiteral("\"a,b\", \" c\""));
}

void tst_FilterTreeValues::quotedFieldRoundTrip()
{
    const QString field = FilterFields::attributeField(
        QStringLiteral("user"), QStringLiteral("/first name, \"nick\" (ü)"));
    FilterTree tree;
    tree.addCondition({}, FilterCondition {field, Operator::Exists, true});
    const QString text = tree.toText();
    QVERIFY(text.startsWith(u'"'));
    const FilterTree::TextResult back = FilterTree::fromText(text);
    QVERIFY(back.tree);
    QCOMPARE(back.tree->root().children.at(0).condition.field, field);
}

QTEST_GUILESS_MAIN(tst_FilterTreeValues)
#include "tst_FilterTreeValues.moc"
