// The filter grammar's parser: clauses, trees, blank input and errors.
#include "FilterExpressionSupport.h"

#include <QTest>

class tst_FilterExpression : public QObject
{
    Q_OBJECT

private slots:
    void parseClause_data();
    void parseClause();
    void parseTree_data();
    void parseTree();
    void blank_data();
    void blank();
    void errors_data();
    void errors();
};

void tst_FilterExpression::parseClause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QJsonValue>("value");

    // Every operator.
    QTest::newRow("equals") << "key equals abc"
                            << "key" << Operator::Equals << QJsonValue("abc");
    QTest::newRow("notEquals") << "key notEquals abc"
                               << "key" << Operator::NotEquals << QJsonValue("abc");
    QTest::newRow("anyOf") << R"(kind anyOf ["user","org"])"
                           << "kind" << Operator::AnyOf << QJsonValue(QJsonArray {"user", "org"});
    QTest::newRow("startsWith") << "key startsWith ab"
                                << "key" << Operator::StartsWith << QJsonValue("ab");
    QTest::newRow("exists") << "name exists false"
                            << "name" << Operator::Exists << QJsonValue(false);
    QTest::newRow("before") << "user.created before 1700000000000"
                            << "user.created" << Operator::Before
                            << QJsonValue(qint64(1700000000000));
    QTest::newRow("after") << R"(myField after "2022-09-21T19:03:15+00:00")"
                           << "myField" << Operator::After
                           << QJsonValue("2022-09-21T19:03:15+00:00");
    QTest::newRow("contains") << R"(myListField contains ["phone","tablet"])"
                              << "myListField" << Operator::Contains
                              << QJsonValue(QJsonArray {"phone", "tablet"});

    // Fields.
    QTest::newRow("kind.attr") << "user.email equals a@b.c"
                               << "user.email" << Operator::Equals << QJsonValue("a@b.c");
    QTest::newRow("*.attr") << "*.name exists true"
                            << "*.name" << Operator::Exists << QJsonValue(true);
    QTest::newRow("json pointer") << "user./job~1title equals Engineer"
                                  << "user./job~1title" << Operator::Equals
                                  << QJsonValue("Engineer");
    QTest::newRow("quoted field") << R"("my field" equals x)"
                                  << "my field" << Operator::Equals << QJsonValue("x");
    QTest::newRow("quoted field escapes") << R"("a\tb\"c" equals x)"
                                          << "a\tb\"c" << Operator::Equals << QJsonValue("x");
    QTest::newRow("kindKey") << "kindKey equals user:abc"
                             << "kindKey" << Operator::Equals << QJsonValue("user:abc");

    // JSON values of each type.
    QTest::newRow("json string") << R"(k equals "hello, world (1) | !")"
                                 << "k" << Operator::Equals << QJsonValue("hello, world (1) | !");
    QTest::newRow("json string escapes") << R"(k equals "a\"b\\c\n\u00fc")"
                                         << "k" << Operator::Equals << QJsonValue("a\"b\\c\nü");
    QTest::newRow("integer") << "k equals 42"
                             << "k" << Operator::Equals << QJsonValue(42);
    QTest::newRow("negative") << "k equals -7"
                              << "k" << Operator::Equals << QJsonValue(-7);
    QTest::newRow("fraction") << "k equals 1.5"
                              << "k" << Operator::Equals << QJsonValue(1.5);
    QTest::newRow("exponent") << "k equals 1e3"
                              << "k" << Operator::Equals << QJsonValue(1000);
    QTest::newRow("true") << "k equals true"
                          << "k" << Operator::Equals << QJsonValue(true);
    QTest::newRow("false") << "k equals false"
                           << "k" << Operator::Equals << QJsonValue(false);
    QTest::newRow("null") << "k equals null"
                          << "k" << Operator::Equals << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << R"(k equals [1, "a", true, null])"
                           << "k" << Operator::Equals
                           << QJsonValue(QJsonArray {1, "a", true, QJsonValue::Null});
    QTest::newRow("empty array") << "k equals []"
                                 << "k" << Operator::Equals << QJsonValue(QJsonArray {});
    QTest::newRow("nested array") << R"(k equals [[1],["]"]])"
                                  << "k" << Operator::Equals
                                  << QJsonValue(QJsonArray {QJsonArray {1}, QJsonArray {"]"}});
    QTest::newRow("object") << R"(k equals {"a": [1], "b": "}"})"
                            << "k" << Operator::Equals
                            << QJsonValue(QJsonObject {{"a", QJsonArray {1}}, {"b", "}"}});

    // Unquoted strings.
    QTest::newRow("unquoted") << "location equals Springfield"
                              << "location" << Operator::Equals << QJsonValue("Springfield");
    QTest::newRow("unquoted date")
        << "k after 2022-09-21T19:03:15+00:00"
        << "k" << Operator::After << QJsonValue("2022-09-21T19:03:15+00:00");
    QTest::newRow("unquoted dash") << "query equals dark-mode"
                                   << "query" << Operator::Equals << QJsonValue("dark-mode");
    QTest::newRow("unquoted number-like") << "k equals 42abc"
                                          << "k" << Operator::Equals << QJsonValue("42abc");
    QTest::newRow("unquoted leading zero") << "k equals 007"
                                           << "k" << Operator::Equals << QJsonValue("007");
    QTest::newRow("unquoted non-ASCII") << "k equals Zürich"
                                        << "k" << Operator::Equals << QJsonValue("Zürich");
    QTest::newRow("unquoted inner quote") << R"(k equals a"b)"
                                          << "k" << Operator::Equals << QJsonValue("a\"b");
    QTest::newRow("escaped comma") << R"(k equals a\,b)"
                                   << "k" << Operator::Equals << QJsonValue("a,b");
    QTest::newRow("escaped pipe") << R"(k equals a\|b)"
                                  << "k" << Operator::Equals << QJsonValue("a|b");
    QTest::newRow("escaped open paren") << R"(k equals a\(b)"
                                        << "k" << Operator::Equals << QJsonValue("a(b");
    QTest::newRow("escaped close paren") << R"(k equals a\)b)"
                                         << "k" << Operator::Equals << QJsonValue("a)b");
    QTest::newRow("escaped bang") << R"(k equals \!b)"
                                  << "k" << Operator::Equals << QJsonValue("!b");
    QTest::newRow("escaped backslash") << R"(k equals a\\b)"
                                       << "k" << Operator::Equals << QJsonValue("a\\b");
    QTest::newRow("escaped space") << R"(k equals New\ York)"
                                   << "k" << Operator::Equals << QJsonValue("New York");
    QTest::newRow("escaped tab") << "k equals a\\\tb"
                                 << "k" << Operator::Equals << QJsonValue("a\tb");
    QTest::newRow("escaped trailing space") << R"(k equals a\ )"
                                            << "k" << Operator::Equals << QJsonValue("a ");
    QTest::newRow("escaped number is a string") << R"(k equals \42)"
                                                << "k" << Operator::Equals << QJsonValue("42");
    QTest::newRow("escaped true is a string") << R"(k equals \true)"
                                              << "k" << Operator::Equals << QJsonValue("true");
    QTest::newRow("escaped bracket is a string") << R"(k equals \[x])"
                                                 << "k" << Operator::Equals << QJsonValue("[x]");

    // Whitespace.
    QTest::newRow("extra spaces") << "  key   equals \t abc  "
                                  << "key" << Operator::Equals << QJsonValue("abc");
    QTest::newRow("parenthesised") << "( key equals abc )"
                                   << "key" << Operator::Equals << QJsonValue("abc");
    QTest::newRow("unquoted ends at paren") << "(key equals abc)"
                                            << "key" << Operator::Equals << QJsonValue("abc");
}

void tst_FilterExpression::parseClause()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(Operator, op);
    QFETCH(QJsonValue, value);

    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error->message));
    QVERIFY(result.expression.has_value());
    QCOMPARE(result.expression->type, Expression::Type::Clause);
    QCOMPARE(result.expression->clause.field, field);
    QCOMPARE(result.expression->clause.op, op);
    QCOMPARE(result.expression->clause.value, value);
}

void tst_FilterExpression::parseTree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Expression>("expected");

    const Expression a = eq("a", 1), b = eq("b", 2), c = eq("c", 3), d = eq("d", 4);
    QTest::newRow("and") << "a equals 1,b equals 2" << andOf({a, b});
    QTest::newRow("or") << "a equals 1|b equals 2" << orOf({a, b});
    QTest::newRow("and binds tighter (left)")
        << "a equals 1,b equals 2|c equals 3" << orOf({andOf({a, b}), c});
    QTest::newRow("and binds tighter (right)")
        << "a equals 1|b equals 2,c equals 3" << orOf({a, andOf({b, c})});
    QTest::newRow("parens override")
        << "a equals 1,(b equals 2|c equals 3)" << andOf({a, orOf({b, c})});
    QTest::newRow("parens first") << "(a equals 1|b equals 2),c equals 3"
                                  << andOf({orOf({a, b}), c});
    QTest::newRow("two groups") << "(a equals 1|b equals 2),(c equals 3|d equals 4)"
                                << andOf({orOf({a, b}), orOf({c, d})});
    QTest::newRow("flatten and") << "a equals 1,(b equals 2,c equals 3)" << andOf({a, b, c});
    QTest::newRow("flatten or") << "(a equals 1|b equals 2)|c equals 3" << orOf({a, b, c});
    QTest::newRow("redundant parens") << "((a equals 1))" << a;
    QTest::newRow("nested") << "a equals 1,(b equals 2|(c equals 3,d equals 4))"
                            << andOf({a, orOf({b, andOf({c, d})})});
    QTest::newRow("whitespace everywhere")
        << " ( a equals 1 , b equals 2 ) | c equals 3 " << orOf({andOf({a, b}), c});
    QTest::newRow("unquoted values end at separators")
        << "a equals x|b equals y,c equals z"
        << orOf({eq("a", "x"), andOf({eq("b", "y"), eq("c", "z")})});

    // The API documentation's examples.
    QTest::newRow("docs: startsWith and anyOf")
        << R"(*.name startsWith Jo,kind anyOf ["user","organization"])"
        << andOf({clause("*.name", Operator::StartsWith, "Jo"),
               clause("kind", Operator::AnyOf, QJsonArray {"user", "organization"})});
    QTest::newRow("docs: grouped or")
        << R"(myFirstField equals "device",(mySecondField equals "iPhone"|mySecondField equals "iPad"))"
        << andOf({eq("myFirstField", "device"),
               orOf({eq("mySecondField", "iPhone"), eq("mySecondField", "iPad")})});
    QTest::newRow("docs: after") << R"(myField after "2022-09-21T19:03:15+00:00")"
                                 << clause("myField", Operator::After, "2022-09-21T19:03:15+00:00");
    QTest::newRow("docs: exists") << "*.name exists true"
                                  << clause("*.name", Operator::Exists, true);
    QTest::newRow("docs: contains")
        << R"(myListField contains ["phone","tablet"])"
        << clause("myListField", Operator::Contains, QJsonArray {"phone", "tablet"});
    QTest::newRow("docs: unquoted")
        << "location equals Springfield" << eq("location", "Springfield");
    QTest::newRow("docs: space after comma")
        << R"(query equals dark-mode, tags contains ["a"])"
        << andOf({eq("query", "dark-mode"), clause("tags", Operator::Contains, QJsonArray {"a"})});
    QTest::newRow("docs: organization anyOf")
        << R"(organization.location anyOf ["Springfield","Midway"])"
        << clause("organization.location", Operator::AnyOf, QJsonArray {"Springfield", "Midway"});
}

void tst_FilterExpression::parseTree()
{
    QFETCH(QString, text);
    QFETCH(Expression, expected);

    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error->message));
    QVERIFY(result.expression.has_value());
    QVERIFY2(*result.expression == expected,
        qPrintable(describe(*result.expression) + " != " + describe(expected)));
}

void tst_FilterExpression::blank_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << "   ";
    QTest::newRow("tabs and newlines") << "\t\n ";
}

void tst_FilterExpression::blank()
{
    QFETCH(QString, text);
    const auto result = ctx::filter::parse(text);
    QVERIFY(result.ok());
    QVERIFY(!result.expression.has_value());
}

void tst_FilterExpression::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a substring of the message
    QTest::addColumn<int>("position");

    QTest::newRow("unknown operator") << "key lte 5"
                                      << "unknown operator \"lte\"" + kUnknownOperator << 4;
    QTest::newRow("operator is case-sensitive")
        << "key Equals x"
        << "unknown operator \"Equals\"" + kUnknownOperator << 4;
    QTest::newRow("unknown operator later") << "a equals 1,b gte 2"
                                            << "unknown operator \"gte\"" << 13;
    QTest::newRow("missing operator") << "key"
                                      << "expected an operator after \"key\"" << 3;
    QTest::newRow("missing operator before comma") << "key ,b equals c"
                                                   << "expected an operator after \"key\"" << 4;
    QTest::newRow("missing value") << "key equals"
                                   << "expected a value after \"equals\"" << 10;
    QTest::newRow("missing value, trailing spaces") << "key equals   "
                                                    << "expected a value after \"equals\"" << 13;
    QTest::newRow("missing value before comma") << "key equals ,b equals c"
                                                << "expected a value after \"equals\"" << 11;
    QTest::newRow("missing value in group") << "(key anyOf)"
                                            << "expected a value after \"anyOf\"" << 10;
    QTest::newRow("missing close paren") << "(key equals x"
                                         << "missing \")\"" << 0;
    QTest::newRow("missing inner close paren") << "a equals 1,(b equals 2|(c equals 3)"
                                               << "missing \")\"" << 11;
    QTest::newRow("unbalanced close paren") << "key equals x)"
                                            << "unbalanced \")\"" << 12;
    QTest::newRow("leading close paren") << ")"
                                         << "unbalanced \")\"" << 0;
    QTest::newRow("extra close paren") << "(a equals 1)) "
                                       << "unbalanced \")\"" << 12;
    QTest::newRow("trailing comma") << "key equals x,"
                                    << "empty filter clause" << 13;
    QTest::newRow("trailing comma and space") << "key equals x, "
                                              << "empty filter clause" << 14;
    QTest::newRow("double comma") << "key equals x,,b equals y"
                                  << "empty filter clause" << 13;
    QTest::newRow("leading comma") << ",key equals x"
                                   << "empty filter clause" << 0;
    QTest::newRow("trailing pipe") << "key equals x|"
                                   << "empty filter clause" << 13;
    QTest::newRow("empty parens") << "()"
                                  << "empty filter clause" << 1;
    QTest::newRow("comma before close paren") << "(a equals 1,)"
                                              << "empty filter clause" << 12;
    QTest::newRow("unterminated string value") << R"(key equals "abc)"
                                               << "unterminated string" << 11;
    QTest::newRow("unterminated string escape") << R"(key equals "abc\")"
                                                << "unterminated string" << 11;
    QTest::newRow("unterminated field") << R"("my field equals x)"
                                        << "unterminated string" << 0;
    QTest::newRow("unterminated string in array") << R"(k anyOf ["a", "b])"
                                                  << "unterminated string" << 14;
    QTest::newRow("bad JSON array: trailing comma") << R"(kind anyOf ["user",])"
                                                    << "invalid JSON value" << 19;
    QTest::newRow("bad JSON array: bare word") << "kind anyOf [user]"
                                               << "invalid JSON value" << 12;
    QTest::newRow("bad JSON array: missing ]") << R"(kind anyOf ["user")"
                                               << "missing \"]\"" << 11;
    QTest::newRow("bad JSON array: wrong bracket") << R"(kind anyOf ["user"})"
                                                   << "expected \"]\" but found \"}\"" << 18;
    QTest::newRow("bad JSON string escape") << R"(k equals "a\u12")"
                                            << "invalid JSON value" << 15;
    QTest::newRow("unescaped open paren") << "key equals a(b"
                                          << "unescaped \"(\"" << 12;
    QTest::newRow("value starts with paren") << "key equals (x)"
                                             << "unescaped \"(\"" << 11;
    QTest::newRow("unescaped bang") << "key equals !x"
                                    << "unescaped \"!\"" << 11;
    QTest::newRow("dangling backslash") << R"(key equals a\)"
                                        << "escape" << 12;
    QTest::newRow("unescaped space") << "location equals Spring field"
                                     << "unexpected \"field\" after a clause" << 23;
    QTest::newRow("text after JSON value") << R"(key equals "a"b)"
                                           << "unexpected \"b\"" << 14;
    QTest::newRow("missing separator in group") << "(a equals 1 b equals 2)"
                                                << "unexpected \"b\"" << 12;
    QTest::newRow("nested too deeply")
        << QString(100, u'(') + "a equals 1" + QString(100, u')') << "nested too deeply" << 64;
    QTest::newRow("no space before value") << R"(key equals"x")"
                                           << "unknown operator \"equals\"x\"\"" << 4;
}

void tst_FilterExpression::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, position);

    const auto result = ctx::filter::parse(text);
    QVERIFY(!result.ok());
    QVERIFY(!result.expression.has_value());
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QCOMPARE(result.error->position, position);
}

QTEST_GUILESS_MAIN(tst_FilterExpression)
#include "tst_FilterExpression.moc"
