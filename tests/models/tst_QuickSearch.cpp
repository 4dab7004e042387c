#include "FilterExpression.h"
#include "QuickSearch.h"

#include <QTest>

using ctx::QuickSearch;

class tst_QuickSearch : public QObject
{
    Q_OBJECT

private slots:
    void toFilter_data();
    void toFilter();
    void fuzzyValueRoundTrips_data();
    void fuzzyValueRoundTrips();
    void prefixValueRoundTrips_data();
    void prefixValueRoundTrips();
    void everyResultParses_data();
    void everyResultParses();
    void syntaxHelpMentionsForms();
};

void tst_QuickSearch::toFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filter");

    // Blank
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral("   \t ") << QString();

    // Free text: the fuzzy q
    QTest::newRow("word") << QStringLiteral("anna") << QStringLiteral("q equals \"anna\"");
    QTest::newRow("words") << QStringLiteral(" anna lee ")
                           << QStringLiteral("q equals \"anna lee\"");
    QTest::newRow("email") << QStringLiteral("anna@example.com")
                           << QStringLiteral("q equals \"anna@example.com\"");
    QTest::newRow("dotted word") << QStringLiteral("john.doe")
                                 << QStringLiteral("q equals \"john.doe\"");
    QTest::newRow("url") << QStringLiteral("https://example.com/a")
                         << QStringLiteral("q equals \"https://example.com/a\"");
    QTest::newRow("field names are case-sensitive")
        << QStringLiteral("Key:abc") << QStringLiteral("q equals \"Key:abc\"");
    QTest::newRow("unknown field in an expression") << QStringLiteral(
        "apples before oranges") << QStringLiteral("q equals \"apples before oranges\"");
    QTest::newRow("q: is free text")
        << QStringLiteral("q:abc") << QStringLiteral("q equals \"q:abc\"");

    // Prefixes
    QTest::newRow("key:") << QStringLiteral("key:abc") << QStringLiteral("key startsWith \"abc\"");
    QTest::newRow("key: spaced") << QStringLiteral("key: abc ")
                                 << QStringLiteral("key startsWith \"abc\"");
    QTest::newRow("name:") << QStringLiteral("name:Ann")
                           << QStringLiteral("name startsWith \"Ann\"");
    QTest::newRow("name: two words")
        << QStringLiteral("name:Ann Lee") << QStringLiteral("name startsWith \"Ann Lee\"");
    QTest::newRow("kind:") << QStringLiteral("kind:user") << QStringLiteral("kind equals \"user\"");
    QTest::newRow("kindKey: keeps later colons")
        << QStringLiteral("kindKey:user:anna") << QStringLiteral("kindKey equals \"user:anna\"");
    QTest::newRow("applicationId:") << QStringLiteral("applicationId:GoSDK/1.2")
                                    << QStringLiteral("applicationId equals \"GoSDK/1.2\"");
    QTest::newRow("kind.attr:") << QStringLiteral("user.email:ann@x.com")
                                << QStringLiteral("user.email startsWith \"ann@x.com\"");
    QTest::newRow("*.attr:") << QStringLiteral("*.email:ann")
                             << QStringLiteral("*.email startsWith \"ann\"");
    QTest::newRow("pointer:") << QStringLiteral("user./address/city:Spr")
                              << QStringLiteral("user./address/city startsWith \"Spr\"");
    QTest::newRow("key=") << QStringLiteral("key=abc") << QStringLiteral("key equals \"abc\"");
    QTest::newRow("attr=") << QStringLiteral("user.plan=pro")
                           << QStringLiteral("user.plan equals \"pro\"");
    QTest::newRow("quoted value") << QStringLiteral("name:\" Ann\"")
                                  << QStringLiteral("name startsWith \" Ann\"");
    QTest::newRow("name: alone") << QStringLiteral("name:") << QStringLiteral("name exists true");
    QTest::newRow("attr: alone") << QStringLiteral("user.email:")
                                 << QStringLiteral("user.email exists true");
    QTest::newRow("key: alone") << QStringLiteral("key:") << QString();
    QTest::newRow("numeric-looking value stays a string")
        << QStringLiteral("key:42") << QStringLiteral("key startsWith \"42\"");

    // Expressions used as written (canonical print)
    QTest::newRow("expression") << QStringLiteral("kind equals user")
                                << QStringLiteral("kind equals \"user\"");
    QTest::newRow("expression list") << QStringLiteral("user.plan anyOf [\"pro\", \"team\"]")
                                     << QStringLiteral("user.plan anyOf [\"pro\",\"team\"]");
    QTest::newRow("expression or") << QStringLiteral("key startsWith a | name exists false")
                                   << QStringLiteral("key startsWith \"a\"|name exists false");

    // Odd characters
    QTest::newRow("delimiters") << QStringLiteral("a,b|c (d) \"e\" \\f !g")
                                << QStringLiteral("q equals \"a,b|c (d) \\\"e\\\" \\\\f !g\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Zoë 東京 🚀")
                               << QStringLiteral("q equals \"Zoë 東京 🚀\"");
    QTest::newRow("key: delimiters")
        << QStringLiteral("key:ab,c|d(e)") << QStringLiteral("key startsWith \"ab,c|d(e)\"");
    QTest::newRow("name: non-ASCII")
        << QStringLiteral("name:Ærøskøbing") << QStringLiteral("name startsWith \"Ærøskøbing\"");
}

void tst_QuickSearch::toFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, filter);
    QCOMPARE(QuickSearch::toFilter(text), filter);
}

// Whatever the person types as free text arrives at the server as exactly that text.
void tst_QuickSearch::fuzzyValueRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("spaces") << QStringLiteral("a b  c");
    QTest::newRow("commas") << QStringLiteral("a, b,c");
    QTest::newRow("pipe") << QStringLiteral("a|b");
    QTest::newRow("parentheses") << QStringLiteral("(a) )b(");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\" 'there'");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\ \\\\");
    QTest::newRow("bang") << QStringLiteral("!important");
    QTest::newRow("newline inside") << QStringLiteral("a\nb");
    QTest::newRow("tab inside") << QStringLiteral("a\tb");
    QTest::newRow("non-ASCII") << QStringLiteral("naïve café Ελληνικά");
    QTest::newRow("emoji") << QStringLiteral("🚀 launch 👩‍💻");
    QTest::newRow("control") << QStringLiteral("a\u0001b");
    QTest::newRow("json-looking") << QStringLiteral("[1,2]");
    QTest::newRow("braces") << QStringLiteral("{\"a\":1}");
}

void tst_QuickSearch::fuzzyValueRoundTrips()
{
    QFETCH(QString, text);
    const ctx::filter::ParseResult parsed = ctx::filter::parse(QuickSearch::toFilter(text));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
    QVERIFY(parsed.expression);
    QCOMPARE(int(parsed.expression->type), int(ctx::filter::Expression::Type::Clause));
    QCOMPARE(parsed.expression->clause.field, QStringLiteral("q"));
    QCOMPARE(parsed.expression->clause.value.toString(), text.trimmed());
}

void tst_QuickSearch::prefixValueRoundTrips_data()
{
    fuzzyValueRoundTrips_data();
}

void tst_QuickSearch::prefixValueRoundTrips()
{
    QFETCH(QString, text);
    const QString value = text.trimmed();
    const ctx::filter::ParseResult parsed
        = ctx::filter::parse(QuickSearch::toFilter(QStringLiteral("user.email:") + text));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.expression);
    QCOMPARE(parsed.expression->clause.field, QStringLiteral("user.email"));
    QCOMPARE(parsed.expression->clause.op, ctx::filter::Operator::StartsWith);
    // A value that is itself a JSON string is read as that string.
    if (!value.startsWith(u'"'))
        QCOMPARE(parsed.expression->clause.value.toString(), value);
}

void tst_QuickSearch::everyResultParses_data()
{
    toFilter_data();
}

void tst_QuickSearch::everyResultParses()
{
    QFETCH(QString, text);
    const QString filter = QuickSearch::toFilter(text);
    const ctx::filter::ParseResult parsed = ctx::filter::parse(filter);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.expression.has_value(), !filter.isEmpty());
    if (parsed.expression)
        QCOMPARE(ctx::filter::print(*parsed.expression), filter);
}

void tst_QuickSearch::syntaxHelpMentionsForms()
{
    const QString help = QuickSearch::syntaxHelp();
    QVERIFY(help.contains(QStringLiteral("key:abc")));
    QVERIFY(help.contains(QStringLiteral("name:Ann")));
    QVERIFY(help.contains(QStringLiteral("user.email:ann")));
    QVERIFY(help.contains(QStringLiteral("*.email")));
}

QTEST_GUILESS_MAIN(tst_QuickSearch)
#include "tst_QuickSearch.moc"
