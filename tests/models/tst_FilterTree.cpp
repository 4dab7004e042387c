// The filter tree: operators and fields, text to tree and back, groups and limits.
#include "FilterTreeSupport.h"

#include <QTest>

class tst_FilterTree : public QObject
{
    Q_OBJECT

private slots:
    void operatorsFor_data();
    void operatorsFor();
    void attributeFields_data();
    void attributeFields();
    void textToTreeToText_data();
    void textToTreeToText();
    void treeShapeFromText();
    void builderToText();
    void groupsAndCombinators();
    void removeAndIncomplete();
    void depthLimit();
    void unsupported_data();
    void unsupported();
    void parseErrorKeepsPosition();
};

void tst_FilterTree::operatorsFor_data()
{
    using enum Operator;
    QTest::addColumn<QString>("field");
    QTest::addColumn<QList<Operator>>("operators");
    QTest::newRow("key") << "key" << QList<Operator> {Equals, NotEquals, AnyOf, StartsWith};
    QTest::newRow("kind") << "kind" << QList<Operator> {Equals, NotEquals, AnyOf};
    QTest::newRow("kinds") << "kinds" << QList<Operator> {Equals, AnyOf, Contains};
    QTest::newRow("kindKeys") << "kindKeys" << QList<Operator> {Equals, AnyOf, Contains};
    QTest::newRow("name") << "name"
                          << QList<Operator> {Equals, NotEquals, Exists, AnyOf, StartsWith};
    QTest::newRow("applicationId") << "applicationId" << QList<Operator> {Equals, NotEquals, AnyOf};
    QTest::newRow("id") << "id" << QList<Operator> {Equals, NotEquals, AnyOf};
    QTest::newRow("kindKey") << "kindKey" << QList<Operator> {Equals, NotEquals, AnyOf};
    QTest::newRow("q") << "q" << QList<Operator> {Equals};
    const QList<Operator> attribute {
        Equals, NotEquals, Exists, StartsWith, Before, After, AnyOf, Contains};
    QTest::newRow("kind.attr") << "user.email" << attribute;
    QTest::newRow("*.attr") << "*.email" << attribute;
    QTest::newRow("pointer") << "user./address/city" << attribute;
    QTest::newRow("escaped pointer") << "*./job~1title" << attribute;
    QTest::newRow("bare unknown") << "email" << QList<Operator> {};
    QTest::newRow("empty") << "" << QList<Operator> {};
    QTest::newRow("dot only") << "user." << QList<Operator> {};
    QTest::newRow("no kind") << ".email" << QList<Operator> {};
}

void tst_FilterTree::operatorsFor()
{
    QFETCH(QString, field);
    QFETCH(QList<Operator>, operators);
    QCOMPARE(FilterTree::operatorsFor(field), operators);
}

void tst_FilterTree::attributeFields_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("field");
    QTest::newRow("simple") << "user"
                            << "/email"
                            << "user.email";
    QTest::newRow("any kind") << ""
                              << "/email"
                              << "*.email";
    QTest::newRow("nested") << "user"
                            << "/address/city"
                            << "user./address/city";
    QTest::newRow("escaped slash") << "user"
                                   << "/job~1title"
                                   << "user./job~1title";
    QTest::newRow("escaped tilde") << "org"
                                   << "/a~0b"
                                   << "org./a~0b";
    QTest::newRow("space") << "user"
                           << "/first name"
                           << "user./first name";
    QTest::newRow("comma") << "user"
                           << "/a,b"
                           << "user./a,b";
    QTest::newRow("dotted name") << "user"
                                 << "/a.b"
                                 << "user.a.b";
    QTest::newRow("non-ASCII") << "user"
                               << "/straße"
                               << "user.straße";
    QTest::newRow("plain name") << "user"
                                << "job/title"
                                << "user./job~1title";
}

void tst_FilterTree::attributeFields()
{
    QFETCH(QString, kind);
    QFETCH(QString, pointer);
    QFETCH(QString, field);
    QCOMPARE(FilterFields::attributeField(kind, pointer), field);
    const std::optional<FilterFields::Attribute> back = FilterFields::attribute(field);
    QVERIFY(back);
    QCOMPARE(back->kind, kind);
    QCOMPARE(back->pointer, pointer.startsWith(u'/') ? pointer : QStringLiteral("/job~1title"));
}

void tst_FilterTree::textToTreeToText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("blank") << "  "
                           << "";
    QTest::newRow("one") << "key equals abc"
                         << "key equals \"abc\"";
    QTest::newRow("and") << "key startsWith a, name exists true"
                         << "key startsWith \"a\",name exists true";
    QTest::newRow("or") << "kind equals user|kind equals org"
                        << "kind equals \"user\"|kind equals \"org\"";
    QTest::newRow("and of or") << "user.plan equals pro,(kind equals user|kind equals org)"
                               << "user.plan equals \"pro\",(kind equals \"user\"|kind equals "
                                  "\"org\")";
    QTest::newRow("or of ands") << "(a.x equals 1,a.y equals 2)|(b.x equals 3,b.y equals 4)"
                                << "a.x equals 1,a.y equals 2|b.x equals 3,b.y equals 4";
    QTest::newRow("three deep") << "a.x equals 1,(a.y equals 2|(a.z equals 3,a.w equals 4))"
                                << "a.x equals 1,(a.y equals 2|a.z equals 3,a.w equals 4)";
    QTest::newRow("escaped unquoted") << "user.city equals New\\ York\\,\\ NY"
                                      << "user.city equals \"New York, NY\"";
    QTest::newRow("list") << "kind anyOf [\"user\", \"org\"]"
                          << "kind anyOf [\"user\",\"org\"]";
    QTest::newRow("dates")
        << "user.created after \"2024-01-01T00:00:00Z\",user.seen before 1700000000000"
        << "user.created after \"2024-01-01T00:00:00Z\",user.seen before "
           "1700000000000";
    QTest::newRow("quoted field") << "\"user./first name\" equals Ann"
                                  << "\"user./first name\" equals \"Ann\"";
}

void tst_FilterTree::textToTreeToText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const FilterTree::TextResult result = FilterTree::fromText(text);
    QVERIFY(!result.error);
    QVERIFY2(result.tree, qPrintable(result.unsupported));
    QCOMPARE(result.tree->toText(), canonical);
    // And back again: the canonical text gives the same tree.
    const FilterTree::TextResult again = FilterTree::fromText(canonical);
    QVERIFY(again.tree);
    QVERIFY(again.tree->root() == result.tree->root());
}

void tst_FilterTree::treeShapeFromText()
{
    const FilterTree::TextResult result
        = FilterTree::fromText(QStringLiteral("a.x equals 1,(a.y equals 2|a.z exists false)"));
    QVERIFY(result.tree);
    const FilterNode &root = result.tree->root();
    QCOMPARE(root.type, FilterNode::Type::Group);
    QCOMPARE(root.combinator, Expression::Type::And);
    QCOMPARE(root.children.size(), 2);
    QCOMPARE(root.children.at(0).type, FilterNode::Type::Condition);
    QCOMPARE(root.children.at(0).condition.field, QStringLiteral("a.x"));
    QCOMPARE(root.children.at(0).condition.value, QJsonValue(1));
    const FilterNode &group = root.children.at(1);
    QCOMPARE(group.type, FilterNode::Type::Group);
    QCOMPARE(group.combinator, Expression::Type::Or);
    QCOMPARE(group.children.at(1).condition.op, Operator::Exists);
    QCOMPARE(group.children.at(1).condition.value, QJsonValue(false));
    QCOMPARE(result.tree->conditionCount(), 3);

    // A single clause sits in an AND root; an OR text makes an OR root.
    const FilterTree single = *FilterTree::fromText(QStringLiteral("key equals a")).tree;
    QCOMPARE(single.root().combinator, Expression::Type::And);
    QCOMPARE(single.root().children.size(), 1);
    const FilterTree either
        = *FilterTree::fromText(QStringLiteral("key equals a|key equals b")).tree;
    QCOMPARE(either.root().combinator, Expression::Type::Or);
    QCOMPARE(either.root().children.size(), 2);
}

void tst_FilterTree::builderToText()
{
    FilterTree tree;
    QVERIFY(tree.isEmpty());
    QCOMPARE(tree.toText(), QString());
    const FilterPath first = tree.addCondition({},
        FilterCondition {
            QStringLiteral("user.email"), Operator::StartsWith, QJsonValue(QStringLiteral("ann"))});
    QCOMPARE(first, FilterPath {0});
    QCOMPARE(tree.toText(), QStringLiteral("user.email startsWith \"ann\""));
    tree.addCondition({},
        FilterCondition {QStringLiteral("kind"), Operator::AnyOf,
            QJsonArray {QStringLiteral("user"), QStringLiteral("org")}});
    QCOMPARE(tree.toText(),
        QStringLiteral("user.email startsWith \"ann\",kind anyOf [\"user\",\"org\"]"));
    tree.setCondition({0}, FilterCondition {QStringLiteral("name"), Operator::Exists, true});
    QCOMPARE(tree.toText(), QStringLiteral("name exists true,kind anyOf [\"user\",\"org\"]"));
    tree.setCombinator({}, Expression::Type::Or);
    QCOMPARE(tree.toText(), QStringLiteral("name exists true|kind anyOf [\"user\",\"org\"]"));
    QCOMPARE(tree.conditionCount(), 2);
}

void tst_FilterTree::groupsAndCombinators()
{
    FilterTree tree;
    tree.addCondition({},
        FilterCondition {
            QStringLiteral("user.plan"), Operator::Equals, QJsonValue(QStringLiteral("pro"))});
    const std::optional<FilterPath> group = tree.addGroup({});
    QVERIFY(group);
    QCOMPARE(*group, FilterPath({1}));
    // A new group takes the other combinator and starts with one empty condition.
    QCOMPARE(tree.node(*group)->combinator, Expression::Type::Or);
    QCOMPARE(tree.node(*group)->children.size(), 1);
    QCOMPARE(tree.toText(), QStringLiteral("user.plan equals \"pro\""));
    tree.setCondition({1, 0},
        FilterCondition {
            QStringLiteral("kind"), Operator::Equals, QJsonValue(QStringLiteral("user"))});
    // A group of one is that one condition.
    QCOMPARE(tree.toText(), QStringLiteral("user.plan equals \"pro\",kind equals \"user\""));
    tree.addCondition(*group,
        FilterCondition {
            QStringLiteral("kind"), Operator::Equals, QJsonValue(QStringLiteral("org"))});
    QCOMPARE(tree.toText(),
        QStringLiteral("user.plan equals \"pro\",(kind equals \"user\"|kind equals \"org\")"));
    // A group of the same combinator as its parent merges into it.
    tree.setCombinator(*group, Expression::Type::And);
    QCOMPARE(tree.toText(),
        QStringLiteral("user.plan equals \"pro\",kind equals \"user\",kind equals \"org\""));
    tree.setCombinator({}, Expression::Type::Or);
    tree.setCombinator(*group, Expression::Type::And);
    QCOMPARE(tree.toText(),
        QStringLiteral("user.plan equals \"pro\"|kind equals \"user\",kind equals \"org\""));
    // The text reads back as the same tree.
    const FilterTree::TextResult back = FilterTree::fromText(tree.toText());
    QVERIFY(back.tree);
    QVERIFY(back.tree->root() == tree.root());
}

void tst_FilterTree::removeAndIncomplete()
{
    FilterTree tree;
    tree.addCondition({}); // being written: no field yet
    QVERIFY(tree.isEmpty());
    QCOMPARE(tree.conditionCount(), 0);
    tree.addCondition({},
        FilterCondition {QStringLiteral("key"), Operator::Equals, QJsonValue(QStringLiteral("a"))});
    QCOMPARE(tree.toText(), QStringLiteral("key equals \"a\""));
    const std::optional<FilterPath> group = tree.addGroup({});
    QVERIFY(group);
    QCOMPARE(tree.toText(), QStringLiteral("key equals \"a\"")); // an empty group is nothing
    tree.remove(*group);
    tree.remove({0});
    QCOMPARE(tree.root().children.size(), 1);
    QCOMPARE(tree.toText(), QStringLiteral("key equals \"a\""));
    tree.remove({}); // the root stays
    tree.remove({7}); // out of range: ignored
    tree.setCondition({3, 1}, {}); // ignored
    QCOMPARE(tree.root().children.size(), 1);
    tree.clear();
    QVERIFY(tree.isEmpty());
    QCOMPARE(tree.root().type, FilterNode::Type::Group);
}

void tst_FilterTree::depthLimit()
{
    FilterTree tree;
    const std::optional<FilterPath> second = tree.addGroup({});
    QVERIFY(second);
    const std::optional<FilterPath> third = tree.addGroup(*second);
    QVERIFY(third);
    QCOMPARE(third->size(), FilterTree::maxDepth - 1);
    QVERIFY(!tree.canAddGroup(*third));
    QVERIFY(!tree.addGroup(*third));
    QVERIFY(!tree.addGroup({0, 0})); // a condition is no group
}

void tst_FilterTree::unsupported_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("four deep") << "a.x equals 1,(a.y equals 2|(a.z equals 3,(a.w equals 4|a.v "
                                  "equals 5)))"
                               << "groups are nested more than 3 deep";
    QTest::newRow("number for a string field") << "key equals 42"
                                               << "the value 42 of key cannot be edited in the "
                                                  "builder";
    QTest::newRow("empty field") << "\"\" equals 1"
                                 << "a condition has an empty field";
}

void tst_FilterTree::unsupported()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const FilterTree::TextResult result = FilterTree::fromText(text);
    QVERIFY(!result.error);
    QVERIFY(!result.tree);
    QCOMPARE(result.unsupported, reason);
}

void tst_FilterTree::parseErrorKeepsPosition()
{
    const FilterTree::TextResult result
        = FilterTree::fromText(QStringLiteral("key equals a,name foo b"));
    QVERIFY(!result.tree);
    QVERIFY(result.error);
    QCOMPARE(result.error->position, 18);
    QVERIFY(result.error->message.startsWith(QStringLiteral("unknown operator \"foo\"")));
}

QTEST_GUILESS_MAIN(tst_FilterTree)
#include "tst_FilterTree.moc"
