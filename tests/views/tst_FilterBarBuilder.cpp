// The filter bar's builder: filled from the advanced text, edited, grouped and suggested.
#include "FilterBarSupport.h"

#include <QTest>

class tst_FilterBarBuilder : public QObject
{
    Q_OBJECT

private slots:
    void advancedTextFillsBuilder();
    void builderEditsFillAdvancedText();
    void builderOffersOnlyValidOperators();
    void builderValueRoundTripsOddText_data();
    void builderValueRoundTripsOddText();
    void builderBlockedWhenTextIsBeyondIt();
    void builderGroups();
    void builderSuggestsValues();
    void builderFieldsFromCatalog();
};

void tst_FilterBarBuilder::advancedTextFillsBuilder()
{
    FilterBar bar;
    bar.builderButton()->click();
    QVERIFY(bar.builderPanel()->isVisibleTo(&bar));
    bar.setAdvancedText(
        QStringLiteral("user.plan equals pro,(kind equals user|name exists false)"));
    const QList<FilterConditionRow *> shown = rows(bar);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0)->fieldBox()->currentText(), QStringLiteral("user.plan"));
    QCOMPARE(shown.at(0)->operatorBox()->currentText(), QStringLiteral("equals"));
    QCOMPARE(shown.at(0)->valueBox()->currentText(), QStringLiteral("pro"));
    QCOMPARE(shown.at(2)->operatorBox()->currentText(), QStringLiteral("exists"));
    QCOMPARE(shown.at(2)->valueBox()->currentText(), QStringLiteral("false"));
    QVERIFY(!shown.at(2)->valueBox()->isEditable());
    const auto groups = bar.builderPanel()->findChildren<ctx::FilterGroupWidget *>();
    QCOMPARE(groups.size(), 2);
    bar.builderButton()->click();
    QVERIFY(!bar.builderPanel()->isVisibleTo(&bar));
}

void tst_FilterBarBuilder::builderEditsFillAdvancedText()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.builderButton()->click();
    auto *add = bar.builderPanel()->findChild<QPushButton *>(QStringLiteral("filterAddCondition"));
    if (!add)
        QFAIL("no Add condition button");
    add->click();
    QTRY_COMPARE(rows(bar).size(), 1);
    FilterConditionRow *row = rows(bar).at(0);
    QTest::keyClicks(row->fieldBox()->lineEdit(), QStringLiteral("user.city"));
    QCOMPARE(bar.advancedText(), QStringLiteral("user.city equals \"\""));
    QTest::keyClicks(row->valueBox()->lineEdit(), QStringLiteral("New York, NY"));
    QCOMPARE(bar.advancedText(), QStringLiteral("user.city equals \"New York, NY\""));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(lastFilter(spy), QStringLiteral("user.city equals \"New York, NY\""));

    // Operator anyOf: the same text becomes a list.
    row->operatorBox()->setCurrentIndex(
        row->operatorBox()->findData(static_cast<int>(ctx::filter::Operator::AnyOf)));
    QCOMPARE(bar.advancedText(), QStringLiteral("user.city anyOf [\"New York\",\"NY\"]"));
    // exists: true / false.
    row->operatorBox()->setCurrentIndex(
        row->operatorBox()->findData(static_cast<int>(ctx::filter::Operator::Exists)));
    QCOMPARE(bar.advancedText(), QStringLiteral("user.city exists true"));
    row->valueBox()->setCurrentIndex(1);
    QCOMPARE(bar.advancedText(), QStringLiteral("user.city exists false"));
    QTRY_COMPARE(lastFilter(spy), QStringLiteral("user.city exists false"));

    // Remove: the filter empties.
    row->findChild<QToolButton *>(QStringLiteral("filterRemoveCondition"))->click();
    QCOMPARE(bar.advancedText(), QString());
    QTRY_COMPARE(rows(bar).size(), 0);
}

void tst_FilterBarBuilder::builderOffersOnlyValidOperators()
{
    FilterBar bar;
    bar.setAdvancedText(QStringLiteral("key equals a"));
    FilterConditionRow *row = rows(bar).at(0);
    QCOMPARE(
        itemTexts(row->operatorBox()), QStringList({"equals", "notEquals", "anyOf", "startsWith"}));
    row->fieldBox()->setEditText(QStringLiteral("q"));
    QCOMPARE(itemTexts(row->operatorBox()), QStringList({"equals"}));
    row->fieldBox()->setEditText(QStringLiteral("*.email"));
    QCOMPARE(itemTexts(row->operatorBox()).size(), 8);

    // A text with an operator the field does not take shows it, marked.
    bar.setAdvancedText(QStringLiteral("key exists true"));
    row = rows(bar).at(0);
    QCOMPARE(
        row->operatorBox()->currentText(), QStringLiteral("exists (not accepted for this field)"));
    // Changing the field to one that takes no such operator picks a valid one.
    bar.setAdvancedText(QStringLiteral("name exists true"));
    row = rows(bar).at(0);
    row->fieldBox()->setEditText(QStringLiteral("kind"));
    QCOMPARE(row->operatorBox()->currentText(), QStringLiteral("equals"));
    QVERIFY(row->valueBox()->isEditable());
    QCOMPARE(bar.advancedText(), QStringLiteral("kind equals \"\""));
}

void tst_FilterBarBuilder::builderValueRoundTripsOddText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value");
    QTest::newRow("spaces") << "two words"
                            << "two words";
    QTest::newRow("delimiters") << "a,b|c(d)!e"
                                << "a,b|c(d)!e";
    QTest::newRow("quotes inside") << "say \"hi\""
                                   << "say \"hi\"";
    QTest::newRow("backslashes") << "C:\\dir\\"
                                 << "C:\\dir\\";
    QTest::newRow("non-ASCII") << "Zoë 東京"
                               << "Zoë 東京";
    QTest::newRow("emoji") << "🚀 go"
                           << "🚀 go";
    QTest::newRow("quoted number") << "\"42\""
                                   << "42";
}

void tst_FilterBarBuilder::builderValueRoundTripsOddText()
{
    QFETCH(QString, typed);
    QFETCH(QString, value);
    FilterBar bar;
    bar.setAdvancedText(QStringLiteral("user.note equals x"));
    FilterConditionRow *row = rows(bar).at(0);
    row->valueBox()->setEditText(typed);
    const ctx::filter::ParseResult parsed = ctx::filter::parse(bar.advancedText());
    QVERIFY2(parsed.expression, qPrintable(bar.advancedText()));
    QCOMPARE(parsed.expression->clause.value, QJsonValue(value));
    // Applied, and read back into the builder as the same text.
    QTest::keyClick(bar.advancedEdit(), Qt::Key_Return);
    bar.setAdvancedText(bar.advancedText() + QStringLiteral(" ")); // the person edits the text
    QCOMPARE(rows(bar).at(0)->valueBox()->currentText(), typed);
}

void tst_FilterBarBuilder::builderBlockedWhenTextIsBeyondIt()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    const QString deep
        = QStringLiteral("a.x equals 1,(a.y equals 2|(a.z equals 3,(a.w equals 4|a.v equals 5)))");
    bar.setAdvancedText(deep);
    QCOMPARE(spy.size(), 1); // the text is applied all the same
    QVERIFY(bar.builderPanel()->blockedReason().contains(QStringLiteral("nested more than 3")));
    auto *notice = bar.builderPanel()->findChild<QLabel *>(QStringLiteral("filterBuilderNotice"));
    QVERIFY(notice->isVisibleTo(bar.builderPanel()));
    bar.setAdvancedText(QStringLiteral("a.x equals 1"));
    QVERIFY(bar.builderPanel()->blockedReason().isEmpty());
    QVERIFY(!notice->isVisibleTo(bar.builderPanel()));
    QCOMPARE(rows(bar).size(), 1);
}

void tst_FilterBarBuilder::builderGroups()
{
    FilterBar bar;
    bar.setAdvancedText(QStringLiteral("user.plan equals pro"));
    auto *addGroup = bar.builderPanel()->findChild<QPushButton *>(QStringLiteral("filterAddGroup"));
    addGroup->click();
    QTRY_COMPARE(rows(bar).size(), 2);
    FilterConditionRow *inner = rows(bar).at(1);
    QCOMPARE(inner->path(), ctx::FilterPath({1, 0}));
    inner->fieldBox()->setEditText(QStringLiteral("kind"));
    inner->valueBox()->setEditText(QStringLiteral("user"));
    QCOMPARE(bar.advancedText(), QStringLiteral("user.plan equals \"pro\",kind equals \"user\""));
    // Add a second condition to the inner (OR) group.
    QList<ctx::FilterGroupWidget *> groups
        = bar.builderPanel()->findChildren<ctx::FilterGroupWidget *>();
    ctx::FilterGroupWidget *group = nullptr;
    for (ctx::FilterGroupWidget *candidate : groups) {
        if (candidate->path() == ctx::FilterPath({1}) && candidate->isVisibleTo(bar.builderPanel()))
            group = candidate;
    }
    if (!group)
        QFAIL("no group at {1}");
    QCOMPARE(group->combinatorBox()->currentIndex(), 1); // OR inside AND
    group->addConditionButton()->click();
    QTRY_COMPARE(rows(bar).size(), 3);
    FilterConditionRow *third = rows(bar).at(2);
    third->fieldBox()->setEditText(QStringLiteral("kind"));
    third->valueBox()->setEditText(QStringLiteral("org"));
    QCOMPARE(bar.advancedText(),
        QStringLiteral("user.plan equals \"pro\",(kind equals \"user\"|kind equals \"org\")"));
    // The root switched to OR.
    groups = bar.builderPanel()->findChildren<ctx::FilterGroupWidget *>();
    for (ctx::FilterGroupWidget *candidate : groups) {
        if (candidate->path().isEmpty() && candidate->isVisibleTo(bar.builderPanel()))
            candidate->combinatorBox()->setCurrentIndex(1);
    }
    QCOMPARE(bar.advancedText(),
        QStringLiteral("user.plan equals \"pro\"|kind equals \"user\"|kind equals \"org\""));
}

void tst_FilterBarBuilder::builderSuggestsValues()
{
    FakeContextsApi api;
    FilterBar bar;
    bar.setApi(&api, kEnv);
    bar.builderButton()->click();
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.setAdvancedText(QStringLiteral("user./address/city anyOf [\"Boston\"]"));
    FilterConditionRow *row = rows(bar).at(0);
    QCOMPARE(row->valueBox()->currentText(), QStringLiteral("Boston"));
    row->valueBox()->lineEdit()->setFocus();
    QTest::keyClick(row->valueBox()->lineEdit(), Qt::Key_End);
    QTest::keyClicks(row->valueBox()->lineEdit(), QStringLiteral(", Sp"));
    QTRY_VERIFY(!api.attributeValueCalls.isEmpty()
        && api.attributeValueCalls.last().filter.contains(QStringLiteral("Sp")));
    const int last = int(api.attributeValueCalls.size()) - 1;
    QCOMPARE(api.attributeValueCalls.at(last).key, QStringLiteral("/address/city"));
    QCOMPARE(api.attributeValueCalls.at(last).filter,
        QStringLiteral("kind equals \"user\",value startsWith \"Sp\""));
    QCOMPARE(api.attributeValueCalls.at(last).limit, 50);
    ctx::KindAttributeValues values;
    values.kind = QStringLiteral("user");
    values.values
        = {{QByteArrayLiteral("\"Springfield\""), 4}, {QByteArrayLiteral("\"Spa, VA\""), 2}};
    QVERIFY(FakeContextsApi::reply(api.attributeValueCalls, last,
        ctx::Result<QList<ctx::KindAttributeValues>>(QList<ctx::KindAttributeValues> {values})));
    QCOMPARE(itemTexts(row->valueBox()),
        QStringList({QStringLiteral("Springfield"), QStringLiteral("\"Spa, VA\"")}));
    QCOMPARE(row->valueBox()->currentText(), QStringLiteral("Boston, Sp")); // typing kept

    // Picking a suggestion replaces the item being typed.
    row->valueBox()->setCurrentIndex(1);
    emit row->valueBox()->activated(1);
    QCOMPARE(
        bar.advancedText(), QStringLiteral("user./address/city anyOf [\"Boston\",\"Spa, VA\"]"));
}

void tst_FilterBarBuilder::builderFieldsFromCatalog()
{
    FakeContextsApi api;
    ctx::AttributeCatalog catalog(&api);
    catalog.setEnvironment(kEnv);
    ctx::KindAttributeNames user;
    user.kind = QStringLiteral("user");
    user.names
        = {{QStringLiteral("/email"), 5, false}, {QStringLiteral("/address/city"), 3, false}};
    ctx::KindAttributeNames org;
    org.kind = QStringLiteral("org");
    org.names = {{QStringLiteral("/email"), 1, false}};
    QVERIFY(FakeContextsApi::reply(api.attributeNameCalls, 0,
        ctx::Result<QList<ctx::KindAttributeNames>>(QList<ctx::KindAttributeNames> {user, org})));

    FilterBar bar;
    bar.setAttributeCatalog(&catalog);
    const QStringList fields = bar.builderPanel()->choices().fields;
    QVERIFY(fields.startsWith(QStringLiteral("key")));
    for (const QString &field :
        {QStringLiteral("*.email"), QStringLiteral("*./address/city"), QStringLiteral("user.email"),
            QStringLiteral("user./address/city"), QStringLiteral("org.email")})
        QVERIFY2(fields.contains(field), qPrintable(field));
    QCOMPARE(bar.builderPanel()->choices().kinds, QStringList({"user", "org"}));

    bar.setAdvancedText(QStringLiteral("kind equals user"));
    FilterConditionRow *row = rows(bar).at(0);
    QVERIFY(itemTexts(row->fieldBox()).contains(QStringLiteral("user./address/city")));
}

QTEST_MAIN(tst_FilterBarBuilder)
#include "tst_FilterBarBuilder.moc"
