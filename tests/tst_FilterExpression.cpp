#include "filter/FilterExpression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

using ctx::filter::Clause;
using ctx::filter::Expression;
using ctx::filter::Operator;

Q_DECLARE_METATYPE(ctx::filter::Expression)
Q_DECLARE_METATYPE(ctx::filter::Operator)

namespace {

Expression clause(const QString &field, Operator op, const QJsonValue &value)
{
    Expression e;
    e.clause = Clause {field, op, value};
    return e;
}

Expression eq(const QString &field, const QJsonValue &value)
{
    return clause(field, Operator::Equals, value);
}

Expression group(Expression::Type type, const QList<Expression> &children)
{
    Expression e;
    e.type = type;
    e.children = children;
    return e;
}

Expression andOf(const QList<Expression> &children)
{
    return group(Expression::Type::And, children);
}

Expression orOf(const QList<Expression> &children)
{
    return group(Expression::Type::Or, children);
}

// The tree shape, for failure messages: And[Or[{a equals 1}, ...], ...].
QString describe(const Expression &e)
{
    if (e.type == Expression::Type::Clause)
        return u'{' + ctx::filter::print(e) + u'}';
    QStringList parts;
    for (const Expression &child : e.children)
        parts.append(describe(child));
    return (e.type == Expression::Type::And ? QStringLiteral("And[") : QStringLiteral("Or["))
        + parts.join(QStringLiteral(", ")) + u']';
}

// Writes a string as an unquoted value, backslash-escaping every special character.
QString escapeUnquoted(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || QStringLiteral(",|()!\\").contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

const QString kUnknownOperator = QStringLiteral(
    "; expected one of equals, notEquals, anyOf, startsWith, exists, before, after, contains");

} // namespace

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
    void print_data();
    void print();
    void printValue_data();
    void printValue();
    void roundTripString_data();
    void roundTripString();
    void roundTripField_data();
    void roundTripField();
    void roundTripValue_data();
    void roundTripValue();
    void roundTripExpression_data();
    void roundTripExpression();
    void operatorNames();
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

void tst_FilterExpression::print_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");

    QTest::newRow("docs example") << R"(*.name startsWith Jo,kind anyOf ["user", "organization"])"
                                  << R"(*.name startsWith "Jo",kind anyOf ["user","organization"])";
    QTest::newRow("spaces removed") << "a equals 1 , ( b equals 2 | c equals 3 )"
                                    << "a equals 1,(b equals 2|c equals 3)";
    QTest::newRow("no parens for and inside or") << "a equals 1|(b equals 2,c equals 3)"
                                                 << "a equals 1|b equals 2,c equals 3";
    QTest::newRow("flattened") << "a equals 1,(b equals 2,(c equals 3))"
                               << "a equals 1,b equals 2,c equals 3";
    QTest::newRow("quoted field") << R"("my field" equals x)"
                                  << R"("my field" equals "x")";
    QTest::newRow("escaped value") << R"(key equals a\,b\ c)"
                                   << R"(key equals "a,b c")";
    QTest::newRow("integral double") << "n equals 42.0"
                                     << "n equals 42";
    QTest::newRow("exponent") << "n equals 1e3"
                              << "n equals 1000";
    QTest::newRow("epoch millis") << "t before 1.7e12"
                                  << "t before 1700000000000";
    QTest::newRow("fraction") << "n equals 1.5"
                              << "n equals 1.5";
    QTest::newRow("json pointer") << "user./job~1title exists true"
                                  << "user./job~1title exists true";
}

void tst_FilterExpression::print()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);

    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error->message));
    QCOMPARE(ctx::filter::print(*result.expression), printed);
}

void tst_FilterExpression::printValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("printed");

    QTest::newRow("int") << QJsonValue(42) << "42";
    QTest::newRow("integral double") << QJsonValue(42.0) << "42";
    QTest::newRow("negative") << QJsonValue(-7.0) << "-7";
    QTest::newRow("large integral double") << QJsonValue(1700000000000.0) << "1700000000000";
    QTest::newRow("qint64") << QJsonValue(qint64(1700000000000)) << "1700000000000";
    QTest::newRow("fraction") << QJsonValue(0.25) << "0.25";
    QTest::newRow("true") << QJsonValue(true) << "true";
    QTest::newRow("false") << QJsonValue(false) << "false";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "null";
    QTest::newRow("string") << QJsonValue("Jo") << R"("Jo")";
    QTest::newRow("string escapes") << QJsonValue("a\"b\\c\nd\te") << R"("a\"b\\c\nd\te")";
    QTest::newRow("specials kept") << QJsonValue("a,b|(c)!") << R"("a,b|(c)!")";
    QTest::newRow("non-ASCII") << QJsonValue("Zürich 東京") << "\"Zürich 東京\"";
    QTest::newRow("array") << QJsonValue(QJsonArray {"a", "b"}) << R"(["a","b"])";
    QTest::newRow("array of numbers") << QJsonValue(QJsonArray {1.0, 2.5}) << "[1,2.5]";
    QTest::newRow("object") << QJsonValue(QJsonObject {{"a", 1}}) << R"({"a":1})";
}

void tst_FilterExpression::printValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, printed);
    QCOMPARE(ctx::filter::printValue(value), printed);
}

void tst_FilterExpression::roundTripString_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << "Springfield";
    QTest::newRow("space") << "New York";
    QTest::newRow("leading and trailing spaces") << "  padded  ";
    QTest::newRow("comma") << "a,b";
    QTest::newRow("pipe") << "a|b";
    QTest::newRow("parentheses") << "(a) b)(";
    QTest::newRow("quotes") << R"(say "hi")";
    QTest::newRow("lone quote") << "\"";
    QTest::newRow("backslashes") << R"(C:\path\to\)";
    QTest::newRow("bang") << "!important";
    QTest::newRow("newline") << "line1\nline2";
    QTest::newRow("tab") << "a\tb";
    QTest::newRow("control") << QString(QChar(0x01));
    QTest::newRow("umlaut") << "Zürich";
    QTest::newRow("cjk") << "東京";
    QTest::newRow("emoji") << "party 🎉 time";
    QTest::newRow("empty") << "";
    QTest::newRow("looks like number") << "42";
    QTest::newRow("looks like bool") << "true";
    QTest::newRow("looks like array") << "[1]";
    QTest::newRow("everything") << "a, b|c (d) \"e\" \\f !g\nh\ti Zürich 東京 🎉";
}

void tst_FilterExpression::roundTripString()
{
    QFETCH(QString, value);

    for (const Operator op : {Operator::Equals, Operator::StartsWith, Operator::Contains}) {
        const Expression expected = clause(QStringLiteral("*.name"), op, value);
        const QString text = ctx::filter::print(expected);
        const auto result = ctx::filter::parse(text);
        QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
        QVERIFY2(*result.expression == expected, qPrintable(text));
    }

    // The same string written unquoted with backslash escapes, where it is not JSON.
    if (!value.isEmpty() && value != u"42" && value != u"true" && !value.startsWith(u'"')
        && !value.startsWith(u'[')) {
        const QString text = "k equals " + escapeUnquoted(value) + ",x exists true";
        const auto result = ctx::filter::parse(text);
        QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
        const Expression expected = andOf({eq("k", value), clause("x", Operator::Exists, true)});
        QVERIFY2(*result.expression == expected, qPrintable(describe(*result.expression)));
    }
}

void tst_FilterExpression::roundTripField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("printed");

    QTest::newRow("plain") << "key"
                           << "key";
    QTest::newRow("kind.attr") << "user.email"
                               << "user.email";
    QTest::newRow("*.attr") << "*.email"
                            << "*.email";
    QTest::newRow("pointer") << "user./job~1title"
                             << "user./job~1title";
    QTest::newRow("space") << "user.first name"
                           << R"("user.first name")";
    QTest::newRow("comma") << "a,b"
                           << R"("a,b")";
    QTest::newRow("parens") << "f(x)"
                            << R"x("f(x)")x";
    QTest::newRow("quote") << R"(a"b)"
                           << R"("a\"b")";
    QTest::newRow("non-ASCII") << "user.город"
                               << "user.город";
    QTest::newRow("tab") << "a\tb"
                         << R"("a\tb")";
}

void tst_FilterExpression::roundTripField()
{
    QFETCH(QString, field);
    QFETCH(QString, printed);

    const Expression expected = eq(field, "v");
    const QString text = ctx::filter::print(expected);
    QCOMPARE(text, printed + R"( equals "v")");
    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error->message));
    QVERIFY2(*result.expression == expected, qPrintable(describe(*result.expression)));
}

void tst_FilterExpression::roundTripValue_data()
{
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("int") << QJsonValue(42);
    QTest::newRow("negative") << QJsonValue(-3);
    QTest::newRow("epoch millis") << QJsonValue(qint64(1700000000000));
    QTest::newRow("fraction") << QJsonValue(0.1);
    QTest::newRow("small") << QJsonValue(1.5e-7);
    QTest::newRow("huge") << QJsonValue(1e300);
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray {"a,b", 1, QJsonArray {}, "|)"});
    QTest::newRow("object") << QJsonValue(QJsonObject {{"k", "v (1)"}, {"n", 2}});
}

void tst_FilterExpression::roundTripValue()
{
    QFETCH(QJsonValue, value);

    const Expression expected = andOf({eq("a", value), clause("b", Operator::AnyOf, value)});
    const QString text = ctx::filter::print(expected);
    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
    QVERIFY2(*result.expression == expected, qPrintable(text));
}

void tst_FilterExpression::roundTripExpression_data()
{
    QTest::addColumn<Expression>("expression");

    const Expression a = eq("a", "x, y"), b = eq("b", 2), c = clause("*.c", Operator::Exists, true);
    const Expression d = clause("user./d~1e", Operator::AnyOf, QJsonArray {"p", "q"});
    QTest::newRow("clause") << a;
    QTest::newRow("and") << andOf({a, b, c});
    QTest::newRow("or") << orOf({a, b, c});
    QTest::newRow("or in and") << andOf({a, orOf({b, c}), d});
    QTest::newRow("and in or") << orOf({andOf({a, b}), andOf({c, d})});
    QTest::newRow("deep") << andOf({orOf({a, andOf({b, orOf({c, d})})}), d});
}

void tst_FilterExpression::roundTripExpression()
{
    QFETCH(Expression, expression);

    const QString text = ctx::filter::print(expression);
    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
    QVERIFY2(
        *result.expression == expression, qPrintable(text + ": " + describe(*result.expression)));
}

void tst_FilterExpression::operatorNames()
{
    const QStringList names {
        "equals", "notEquals", "anyOf", "startsWith", "exists", "before", "after", "contains"};
    for (const QString &name : names) {
        const auto op = ctx::filter::operatorFromName(name);
        QVERIFY2(op.has_value(), qPrintable(name));
        QCOMPARE(ctx::filter::operatorName(*op), name);
    }
    QCOMPARE(ctx::filter::operatorName(Operator::NotEquals), QStringLiteral("notEquals"));
    QVERIFY(!ctx::filter::operatorFromName(QStringLiteral("lte")).has_value());
    QVERIFY(!ctx::filter::operatorFromName(QStringLiteral("EQUALS")).has_value());
    QVERIFY(!ctx::filter::operatorFromName(QString()).has_value());
}

QTEST_GUILESS_MAIN(tst_FilterExpression)
#include "tst_FilterExpression.moc"
