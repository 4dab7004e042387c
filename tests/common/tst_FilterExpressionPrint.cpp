// The filter grammar's printer and the print/parse round trips.
#include "FilterExpressionSupport.h"

#include <QTest>

class tst_FilterExpressionPrint : public QObject
{
    Q_OBJECT

private slots:
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

void tst_FilterExpressionPrint::print_data()
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

void tst_FilterExpressionPrint::print()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);

    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error->message));
    QCOMPARE(ctx::filter::print(*result.expression), printed);
}

void tst_FilterExpressionPrint::printValue_data()
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

void tst_FilterExpressionPrint::printValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, printed);
    QCOMPARE(ctx::filter::printValue(value), printed);
}

void tst_FilterExpressionPrint::roundTripString_data()
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

void tst_FilterExpressionPrint::roundTripString()
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

void tst_FilterExpressionPrint::roundTripField_data()
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

void tst_FilterExpressionPrint::roundTripField()
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

void tst_FilterExpressionPrint::roundTripValue_data()
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

void tst_FilterExpressionPrint::roundTripValue()
{
    QFETCH(QJsonValue, value);

    const Expression expected = andOf({eq("a", value), clause("b", Operator::AnyOf, value)});
    const QString text = ctx::filter::print(expected);
    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
    QVERIFY2(*result.expression == expected, qPrintable(text));
}

void tst_FilterExpressionPrint::roundTripExpression_data()
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

void tst_FilterExpressionPrint::roundTripExpression()
{
    QFETCH(Expression, expression);

    const QString text = ctx::filter::print(expression);
    const auto result = ctx::filter::parse(text);
    QVERIFY2(result.ok(), qPrintable(text + ": " + result.error->message));
    QVERIFY2(
        *result.expression == expression, qPrintable(text + ": " + describe(*result.expression)));
}

void tst_FilterExpressionPrint::operatorNames()
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

QTEST_GUILESS_MAIN(tst_FilterExpressionPrint)
#include "tst_FilterExpressionPrint.moc"
