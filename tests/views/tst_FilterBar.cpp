// The filter bar's text boxes: typing, applying, errors, escape and combining.
#include "FilterBarSupport.h"

#include <QTest>

class tst_FilterBar : public QObject
{
    Q_OBJECT

private slots:
    void quickSearchIsDebounced();
    void enterAppliesAtOnce();
    void invalidAdvancedShowsErrorAndEmitsNothing();
    void validAdvancedEmitsCombined();
    void lastGoodAdvancedStays();
    void serverErrorShownUntilNextChange();
    void escapeClearsFocusedBox();
    void combine_data();
    void combine();
};

void tst_FilterBar::quickSearchIsDebounced()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar.quickSearchEdit(), QStringLiteral("anna lee"));
    QCOMPARE(spy.size(), 0);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("q equals \"anna lee\""));
    QTest::qWait(FilterBar::debounceMs + 100);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(bar.filter(), QStringLiteral("q equals \"anna lee\""));

    // A prefix form.
    bar.quickSearchEdit()->clear();
    QTest::keyClicks(bar.quickSearchEdit(), QStringLiteral("user.email:ann"));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("user.email startsWith \"ann\""));
}

void tst_FilterBar::enterAppliesAtOnce()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar.quickSearchEdit(), QStringLiteral("key:abc"));
    QTest::keyClick(bar.quickSearchEdit(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("key startsWith \"abc\""));
    QTest::qWait(FilterBar::debounceMs + 100);
    QCOMPARE(spy.size(), 1); // the pending debounce was dropped
}

void tst_FilterBar::invalidAdvancedShowsErrorAndEmitsNothing()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar.advancedEdit(), QStringLiteral("key equals a,name foo b"));
    QCOMPARE(bar.errorPosition(), std::optional<int>(18));
    QVERIFY2(bar.messageText().startsWith(QStringLiteral("Column 19: unknown operator \"foo\"")),
        qPrintable(bar.messageText()));
    QVERIFY(bar.findChild<QLabel *>(QStringLiteral("filterMessage"))->isVisible());
    QVERIFY(bar.findChild<QAction *>(QStringLiteral("filterErrorAction"))->isVisible());
    QTest::qWait(FilterBar::debounceMs + 100);
    QCOMPARE(spy.size(), 0);

    // Enter applies nothing and selects the offending word.
    QTest::keyClick(bar.advancedEdit(), Qt::Key_Return);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(bar.advancedEdit()->selectionStart(), 18);
    QCOMPARE(bar.advancedEdit()->selectedText(), QStringLiteral("foo"));

    // The builder says why it cannot show the text.
    QVERIFY(bar.builderPanel()->blockedReason().contains(QStringLiteral("column 19")));

    // An unterminated string points at its quote.
    bar.advancedEdit()->setText(QStringLiteral("name equals \"Ann"));
    QCOMPARE(bar.errorPosition(), std::optional<int>(12));
    QVERIFY(bar.messageText().startsWith(QStringLiteral("Column 13: unterminated string")));
    QTest::qWait(FilterBar::debounceMs + 100);
    QCOMPARE(spy.size(), 0);

    // Fixed: the error goes and the filter is applied after the debounce.
    QTest::keyClick(bar.advancedEdit(), Qt::Key_End);
    QTest::keyClicks(bar.advancedEdit(), QStringLiteral("\""));
    QVERIFY(!bar.errorPosition());
    QVERIFY(bar.messageText().isEmpty());
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("filterMessage"))->isVisible());
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("name equals \"Ann\""));
}

void tst_FilterBar::validAdvancedEmitsCombined()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.setQuickSearchText(QStringLiteral("key:abc"));
    QCOMPARE(lastFilter(spy), QStringLiteral("key startsWith \"abc\""));
    QTest::keyClicks(bar.advancedEdit(), QStringLiteral("kind equals user | kind equals org"));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(),
        QStringLiteral("key startsWith \"abc\",(kind equals \"user\"|kind equals \"org\")"));
    QCOMPARE(bar.builderButton()->text(), QStringLiteral("Filter (2)…"));

    // The combined filter parses back to quick search AND the advanced expression.
    const ctx::filter::ParseResult parsed = ctx::filter::parse(bar.filter());
    QVERIFY(parsed.expression);
    QCOMPARE(parsed.expression->type, ctx::filter::Expression::Type::And);
    QCOMPARE(parsed.expression->children.size(), 2);
    QCOMPARE(parsed.expression->children.at(1).type, ctx::filter::Expression::Type::Or);

    // Whitespace-only changes give the same filter: nothing is emitted.
    QTest::keyClicks(bar.advancedEdit(), QStringLiteral(" "));
    QTest::qWait(FilterBar::debounceMs + 100);
    QCOMPARE(spy.size(), 2);
}

void tst_FilterBar::lastGoodAdvancedStays()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.setAdvancedText(QStringLiteral("name exists true"));
    QCOMPARE(spy.size(), 1);
    bar.advancedEdit()->setText(QStringLiteral("name exists true,("));
    QTest::keyClick(bar.advancedEdit(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    // A quick search change still applies, with the last good advanced filter.
    QTest::keyClicks(bar.quickSearchEdit(), QStringLiteral("anna"));
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("q equals \"anna\",name exists true"));
}

void tst_FilterBar::serverErrorShownUntilNextChange()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.setAdvancedText(QStringLiteral("user.age before yesterday"));
    const QString sentence
        = QStringLiteral("The server rejected the filter: \"before\" needs a date.");
    bar.setServerError(sentence);
    QCOMPARE(bar.messageText(), sentence);
    auto *label = bar.findChild<QLabel *>(QStringLiteral("filterMessage"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), sentence);
    QTest::keyClicks(bar.advancedEdit(), QStringLiteral("x"));
    QVERIFY(bar.messageText().isEmpty());
    QVERIFY(!label->isVisible());

    bar.setServerError(sentence);
    QTest::keyClicks(bar.quickSearchEdit(), QStringLiteral("a"));
    QVERIFY(bar.messageText().isEmpty());

    bar.setServerError(sentence);
    bar.setServerError(QString());
    QVERIFY(bar.messageText().isEmpty());
}

void tst_FilterBar::escapeClearsFocusedBox()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.setQuickSearchText(QStringLiteral("anna"));
    bar.setAdvancedText(QStringLiteral("kind equals user"));
    QCOMPARE(spy.size(), 2);

    bar.quickSearchEdit()->setFocus();
    QTest::keyClick(bar.quickSearchEdit(), Qt::Key_Escape);
    QVERIFY(bar.quickSearchText().isEmpty());
    QCOMPARE(bar.advancedText(), QStringLiteral("kind equals user"));
    QCOMPARE(spy.size(), 3); // at once, no debounce
    QCOMPARE(lastFilter(spy), QStringLiteral("kind equals \"user\""));

    bar.advancedEdit()->setFocus();
    QTest::keyClick(bar.advancedEdit(), Qt::Key_Escape);
    QVERIFY(bar.advancedText().isEmpty());
    QCOMPARE(spy.size(), 4);
    QCOMPARE(lastFilter(spy), QString());
    QVERIFY(bar.builderPanel()->tree().isEmpty());

    // On an empty box Escape is left to others (e.g. a dialog).
    QTest::keyClick(bar.advancedEdit(), Qt::Key_Escape);
    QCOMPARE(spy.size(), 4);
}

void tst_FilterBar::combine_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("combined");
    QTest::newRow("both empty") << ""
                                << " "
                                << "";
    QTest::newRow("first only") << "q equals \"a\""
                                << ""
                                << "q equals \"a\"";
    QTest::newRow("second only") << ""
                                 << "kind equals user"
                                 << "kind equals \"user\"";
    QTest::newRow("and") << "q equals a"
                         << "kind equals user"
                         << "q equals \"a\",kind equals \"user\"";
    QTest::newRow("or is parenthesised") << "q equals a"
                                         << "kind equals user|kind equals org"
                                         << "q equals \"a\",(kind equals \"user\"|kind equals "
                                            "\"org\")";
    QTest::newRow("ands merge") << "key equals a,name equals b"
                                << "kind equals c"
                                << "key equals \"a\",name equals \"b\",kind equals \"c\"";
}

void tst_FilterBar::combine()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, combined);
    QCOMPARE(FilterBar::combine(first, second), combined);
}

QTEST_MAIN(tst_FilterBar)
#include "tst_FilterBar.moc"
