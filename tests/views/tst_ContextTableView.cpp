#include "AttributeCatalog.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "FakeContextsApi.h"

#include <QAbstractItemModelTester>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ctx;

class tst_ContextTableView : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};
    const QString scope = LayoutStore::scope(
        QStringLiteral("work"), QStringLiteral("demo"), QStringLiteral("production"));

    static ContextColumn builtin(ContextColumn::Builtin which) { return ContextColumn::of(which); }
    static ContextColumn attribute(const char *pointer)
    {
        return ContextColumn::attribute(QString::fromLatin1(pointer));
    }

    // A table over a model with a few rows, its layouts saved in `settings`.
    struct Table
    {
        explicit Table(QSettings *settings, const QString &scope = {})
        {
            view.setLayoutSettings(settings);
            view.setContextModel(&model);
            if (!scope.isEmpty())
                view.setLayoutScope(scope);
            view.resize(900, 400);
        }
        void load(const EnvironmentRef &env)
        {
            model.setEnvironment(env);
            api.replySearch(int(api.searches.size()) - 1, makePage(0, 5, QString()));
        }

        FakeContextsApi api;
        ContextListModel model {&api};
        QAbstractItemModelTester tester {
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        ContextTableView view;
    };

    // Finds an action of a menu or of its submenus by object name.
    static QAction *action(QMenu *menu, const QString &name)
    {
        auto *found = menu->findChild<QAction *>(name);
        if (!found)
            qWarning("no action %s", qPrintable(name));
        return found;
    }
    static QAction *action(QMenu *menu, const char *name)
    {
        return action(menu, QString::fromLatin1(name));
    }

private slots:
    void asksForTheNextPageBeforeTheEndIsReached()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        // 300 rows loaded, the view at the top: far from the end, nothing more asked.
        api.replySearch(0, makePage(0, 300, QStringLiteral("c1")));
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 1);
        // Scroll to within prefetchRows of the end: the next page is requested although the
        // last row is not yet in view.
        view.scrollTo(model.index(300 - ContextTableView::prefetchRows, 0),
            QAbstractItemView::PositionAtBottom);
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 2);
        QCOMPARE(api.searches[1].continuationToken, QStringLiteral("c1"));
        QVERIFY(view.rowAt(view.viewport()->height() - 1) < 299);
    }

    void aShortFirstPageIsFollowedAtOnce()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 5, QStringLiteral("c1")));
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 2); // the window is not full: fetch more now
    }

    void lastSeenHeaderTogglesServerSort()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        QCOMPARE(
            view.horizontalHeader()->sortIndicatorSection(), int(ContextListModel::LastSeenColumn));
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QHeaderView *header = view.horizontalHeader();
        const int x = header->sectionViewportPosition(ContextListModel::LastSeenColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model.query().sort, SortOrder::OldestFirst);
        QCOMPARE(api.searches.last().query.sort, SortOrder::OldestFirst);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // A click on Key does not sort (the server sorts only by last seen).
        const int searches = int(api.searches.size());
        const int keyX = header->sectionViewportPosition(ContextListModel::KeyColumn) + 5;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {}, QPoint(keyX, header->height() / 2));
        QCOMPARE(int(api.searches.size()), searches);
        QCOMPARE(header->sortIndicatorSection(), int(ContextListModel::LastSeenColumn));
    }

    void hideAndShowABuiltinColumnFromTheHeaderMenu()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Table t(&settings, scope);
        const ContextColumn name = builtin(ContextColumn::Builtin::Name);
        std::unique_ptr<QMenu> menu(t.view.createHeaderMenu(0));
        QAction *toggle = action(menu.get(), "showColumn:name");
        QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked() && toggle->isEnabled());
        toggle->trigger();
        QVERIFY(!t.view.isColumnShown(name));
        QVERIFY(t.view.horizontalHeader()->isSectionHidden(t.model.columnOf(name)));
        QVERIFY(!LayoutStore(&settings).load(scope)->columns.at(2).visible); // saved at once
        menu.reset(t.view.createHeaderMenu(0));
        toggle = action(menu.get(), "showColumn:name");
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(t.view.isColumnShown(name));
        QCOMPARE(LayoutStore(&settings).load(scope)->visibleCount(), 5);
    }

    void theLastVisibleColumnCannotBeHidden()
    {
        Table t(nullptr);
        for (const ContextColumn &column : ContextColumn::defaults().mid(0, 4))
            t.view.setColumnShown(column, false);
        const ContextColumn source = builtin(ContextColumn::Builtin::Source);
        QVERIFY(t.view.isColumnShown(source));
        QVERIFY(!t.view.canHideColumn(source));
        std::unique_ptr<QMenu> menu(t.view.createHeaderMenu(t.model.columnOf(source)));
        QAction *toggle = action(menu.get(), "showColumn:source");
        QVERIFY(toggle->isChecked());
        QVERIFY(!toggle->isEnabled());
        QVERIFY(toggle->toolTip().contains(u"last visible column"));
        t.view.setColumnShown(source, false); // refused
        QVERIFY(t.view.isColumnShown(source));
        QCOMPARE(t.view.columnLayout().visibleCount(), 1);

        // The same for an attribute column left alone.
        QVERIFY(t.view.addAttributeColumn(QStringLiteral("/email")));
        t.view.setColumnShown(source, false);
        QVERIFY(!t.view.isColumnShown(source));
        const int email = t.model.columnOf(attribute("/email"));
        menu.reset(t.view.createHeaderMenu(email));
        QVERIFY(!action(menu.get(), "removeColumn")->isEnabled());
        QVERIFY(!action(menu.get(), "showColumn:/email")->isEnabled());
        t.view.removeAttributeColumn(QStringLiteral("/email"));
        QVERIFY(t.view.isColumnShown(attribute("/email")));
    }

    void addAttributeColumnsFromTheMenu()
    {
        Table t(nullptr);
        AttributeCatalog catalog(&t.api);
        catalog.setEnvironment(env);
        QList<KindAttributeNames> names {{QStringLiteral("user"),
            {{QStringLiteral("/key"), 100, false}, {QStringLiteral("/address/city"), 50, false},
                {QStringLiteral("/email"), 40, true}}}};
        FakeContextsApi::reply(
            t.api.attributeNameCalls, 0, Result<QList<KindAttributeNames>>(names));
        t.view.setAttributeCatalog(&catalog);
        ContextsPage page = makePage(0, 3, QString());
        page.items[0].attributesJson
            = QByteArrayLiteral(R"({"email":"a@example.com","address":{"city":"Oslo"}})");
        page.items[0].privateAttributes = {QStringLiteral("email")};
        t.model.setEnvironment(env);
        t.api.replySearch(0, page);

        std::unique_ptr<QMenu> menu(t.view.createHeaderMenu(0));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("addColumn:/key"))); // a built-in
        QVERIFY(action(menu.get(), "addColumn:/email")->text().contains(u"(private values)"));
        action(menu.get(), "addColumn:/address/city")->trigger();
        const int city = t.model.columnOf(attribute("/address/city"));
        QCOMPARE(city, 5);
        QVERIFY(t.view.isColumnShown(attribute("/address/city")));
        QCOMPARE(t.model.index(0, city).data().toString(), QStringLiteral("Oslo"));
        menu.reset(t.view.createHeaderMenu(0));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("addColumn:/address/city")));
        QVERIFY(action(menu.get(), "showColumn:/address/city")->isChecked());

        action(menu.get(), "addColumn:/email")->trigger();
        const int email = t.model.columnOf(attribute("/email"));
        QCOMPARE(t.model.index(0, email).data().toString(), QStringLiteral("[private]"));

        // "Other…" asks through the seam; only a JSON pointer is taken.
        QStringList answers {QStringLiteral("plan"), QStringLiteral(" /plan/tier ")};
        int asked = 0;
        t.view.setPointerPrompt(
            [&](QWidget *) -> std::optional<QString> { return answers.value(asked++); });
        menu.reset(t.view.createHeaderMenu(-1));
        action(menu.get(), "addColumnOther")->trigger();
        QCOMPARE(t.model.columnCount(), 7); // "plan" is not a pointer
        action(menu.get(), "addColumnOther")->trigger();
        QCOMPARE(t.model.columnOf(attribute("/plan/tier")), 7);
        t.view.setPointerPrompt([](QWidget *) { return std::optional<QString>(); }); // cancel
        QVERIFY(!t.view.askForAttributeColumn());
        QCOMPARE(t.model.columnCount(), 8);

        // Remove from the header menu of that column, or by unchecking it.
        menu.reset(t.view.createHeaderMenu(email));
        action(menu.get(), "removeColumn")->trigger();
        QCOMPARE(t.model.columnOf(attribute("/email")), -1);
        menu.reset(t.view.createHeaderMenu(0));
        action(menu.get(), "showColumn:/plan/tier")->trigger();
        QCOMPARE(t.model.columnCount(), 6);
    }

    void fitToContentsAndReset()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Table t(&settings, scope);
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.load(env);
        QHeaderView *header = t.view.horizontalHeader();
        header->resizeSection(ContextListModel::KeyColumn, 20);
        std::unique_ptr<QMenu> menu(t.view.createHeaderMenu(ContextListModel::KeyColumn));
        action(menu.get(), "fitColumn")->trigger();
        QVERIFY(header->sectionSize(ContextListModel::KeyColumn) > 40);
        action(menu.get(), "fitAllColumns")->trigger();

        t.view.addAttributeColumn(QStringLiteral("/plan"));
        t.view.setColumnShown(builtin(ContextColumn::Builtin::Kind), false);
        header->moveSection(header->visualIndex(ContextListModel::SourceColumn), 0);
        header->resizeSection(ContextListModel::NameColumn, 333);
        t.model.sort(ContextListModel::LastSeenColumn, Qt::AscendingOrder);
        menu.reset(t.view.createHeaderMenu(0));
        action(menu.get(), "resetColumns")->trigger();
        const ColumnLayout reset = t.view.columnLayout();
        QCOMPARE(reset.modelColumns(), ContextColumn::defaults());
        QCOMPARE(reset.visibleCount(), 5);
        for (int visual = 0; visual < header->count(); ++visual)
            QCOMPARE(header->logicalIndex(visual), visual);
        QVERIFY(header->sectionSize(ContextListModel::NameColumn) != 333);
        QCOMPARE(t.model.query().sort, SortOrder::OldestFirst); // the sort stays
        QCOMPARE(LayoutStore(&settings).load(scope)->modelColumns(), ContextColumn::defaults());
    }

    void aRightClickOnTheHeaderOpensTheColumnMenu()
    {
        Table t(nullptr);
        t.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        QWidget *viewport = t.view.horizontalHeader()->viewport();
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, QPoint(5, 5), viewport->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(viewport, &event);
        auto *menu = t.view.findChild<QMenu *>(QStringLiteral("headerMenu"));
        QTRY_VERIFY(menu && menu->isVisible());
        QVERIFY(action(menu, "fitColumn"));
        menu->close(); // deletes itself
    }

    void aLayoutIsRestoredInANewViewOfTheSameScope()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ColumnLayout saved;
        {
            Table t(&settings, scope);
            t.view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&t.view));
            t.load(env);
            QHeaderView *header = t.view.horizontalHeader();
            QVERIFY(t.view.addAttributeColumn(QStringLiteral("/address/city")));
            t.view.setColumnShown(builtin(ContextColumn::Builtin::Name), false);
            header->moveSection(header->visualIndex(ContextListModel::KeyColumn), 0);
            header->resizeSection(ContextListModel::KeyColumn, 222);
            const int city = t.model.columnOf(attribute("/address/city"));
            header->moveSection(header->visualIndex(city), 1); // not last: that one stretches
            header->resizeSection(city, 111);
            // Sorting through the header is saved too.
            const int x = header->sectionViewportPosition(ContextListModel::LastSeenColumn) + 5;
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            QCOMPARE(t.model.query().sort, SortOrder::OldestFirst);
            saved = t.view.columnLayout();
            // The resizes are saved after a pause, or when the view goes.
        }
        const std::optional<ColumnLayout> stored = LayoutStore(&settings).load(scope);
        QVERIFY(stored);
        QCOMPARE(stored->widths.value(QStringLiteral("key")), 222);

        Table t(&settings);
        t.view.setLayoutScope(scope);
        t.load(env);
        QCOMPARE(t.api.searches.last().query.sort, SortOrder::OldestFirst);
        const ColumnLayout restored = t.view.columnLayout();
        QCOMPARE(restored.modelColumns(), saved.modelColumns());
        QCOMPARE(restored.columns, saved.columns);
        QCOMPARE(restored.sort, SortOrder::OldestFirst);
        QCOMPARE(t.model.columns().first(), builtin(ContextColumn::Builtin::Key));
        QCOMPARE(t.view.columnWidth(0), 222);
        QCOMPARE(t.view.columnWidth(t.model.columnOf(attribute("/address/city"))), 111);
        QVERIFY(!t.view.isColumnShown(builtin(ContextColumn::Builtin::Name)));
        QCOMPARE(t.view.horizontalHeader()->sortIndicatorSection(),
            t.model.columnOf(builtin(ContextColumn::Builtin::LastSeen)));
        QCOMPARE(t.view.horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);

        // Another environment has its own layout: the defaults until changed.
        t.view.setLayoutScope(QStringLiteral("work/demo/staging"));
        QCOMPARE(t.view.columnLayout().modelColumns(), ContextColumn::defaults());
        QCOMPARE(t.model.query().sort, SortOrder::NewestFirst);
    }

    void resizingIsSavedAfterAPause()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Table t(&settings, scope);
        t.view.horizontalHeader()->resizeSection(ContextListModel::NameColumn, 177);
        QVERIFY(!LayoutStore(&settings).load(scope)->widths.contains(QStringLiteral("name"))
            || LayoutStore(&settings).load(scope)->widths.value(QStringLiteral("name")) != 177);
        QTRY_COMPARE(LayoutStore(&settings).load(scope)->widths.value(QStringLiteral("name")), 177);
    }

    void aBrokenSavedLayoutFallsBackToDefaults_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("not json") << QVariant(QStringLiteral("{\"columns\": [{\"id\""));
        QTest::newRow("wrong type") << QVariant(QStringLiteral("{\"columns\": 5}"));
        QTest::newRow("unknown ids") << QVariant(QStringLiteral("{\"columns\": [\"x\", \"y\"]}"));
        QTest::newRow("a number") << QVariant(12);
        QTest::newRow("huge widths") << QVariant(QStringLiteral(
            "{\"columns\": [\"kind\"], \"widths\": {\"kind\": 1e300, \"key\": -1}}"));
    }

    void aBrokenSavedLayoutFallsBackToDefaults()
    {
        QFETCH(QVariant, stored);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(LayoutStore::settingsKey(scope), stored);
        Table t(&settings, scope);
        t.load(env);
        const ColumnLayout layout = t.view.columnLayout();
        QCOMPARE(layout.modelColumns(), ContextColumn::defaults());
        QCOMPARE(layout.visibleCount(), 5);
        for (int i = 0; i < t.model.columnCount(); ++i)
            QVERIFY(t.view.columnWidth(i) > 0 && t.view.columnWidth(i) < 2000);
        QCOMPARE(t.model.rowCount(), 5);
        QVERIFY(LayoutStore(&settings).load(scope)); // replaced by a good one
    }
};

QTEST_MAIN(tst_ContextTableView)
#include "tst_ContextTableView.moc"
