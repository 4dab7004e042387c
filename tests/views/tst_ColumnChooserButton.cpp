#include "AttributeCatalog.h"
#include "ColumnChooserButton.h"
#include "ColumnMenu.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "FakeContextsApi.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QTest>

using namespace ctx;

class tst_ColumnChooserButton : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    struct Fixture
    {
        Fixture()
        {
            table.setContextModel(&model);
            catalog.setEnvironment(
                EnvironmentRef {QStringLiteral("demo"), QStringLiteral("production")});
        }

        void answerNames()
        {
            const QList<KindAttributeNames> names {
                {QStringLiteral("user"),
                    {{QStringLiteral("/name"), 90, false}, {QStringLiteral("/plan"), 10, false},
                        {QStringLiteral("/address/city"), 50, false},
                        {QStringLiteral("/email"), 40, true},
                        {QStringLiteral("/_meta/x"), 5, false}}},
                {QStringLiteral("device"), {{QStringLiteral("/R&D"), 1, false}}}};
            FakeContextsApi::reply(api.attributeNameCalls, int(api.attributeNameCalls.size()) - 1,
                Result<QList<KindAttributeNames>>(names));
        }

        QMenu *menu()
        {
            button.refill();
            return button.columnMenu();
        }

        QStringList offered()
        {
            QStringList names;
            const auto *add = menu()->findChild<QMenu *>(QStringLiteral("addColumnMenu"));
            for (const QAction *action : add->actions()) {
                if (action->objectName().startsWith(u"addColumn:"))
                    names.append(action->objectName().mid(10));
            }
            return names;
        }

        FakeContextsApi api;
        ContextListModel model {&api};
        QAbstractItemModelTester tester {
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        ContextTableView table;
        AttributeCatalog catalog {&api};
        ColumnChooserButton button {&table, &catalog};
    };

private slots:
    void isAnAttributesMenuButton()
    {
        Fixture f;
        QCOMPARE(f.button.text(), QStringLiteral("Attributes"));
        QCOMPARE(f.button.popupMode(), QToolButton::InstantPopup);
        QCOMPARE(f.button.menu(), f.button.columnMenu());
    }

    void offersTheCatalogsNamesMostFrequentFirst()
    {
        Fixture f;
        f.answerNames();
        // Not the built-ins' own attributes, not metadata.
        QCOMPARE(f.offered(),
            (QStringList {QStringLiteral("/address/city"), QStringLiteral("/email"),
                QStringLiteral("/plan"), QStringLiteral("/R&D")}));
        const auto *email = f.menu()->findChild<QAction *>(QStringLiteral("addColumn:/email"));
        QCOMPARE(email->text(), QStringLiteral("/email (private values)"));
        QVERIFY(!email->toolTip().isEmpty());
        const auto *rd = f.menu()->findChild<QAction *>(QStringLiteral("addColumn:/R&D"));
        QCOMPARE(rd->text(), QStringLiteral("/R&&D")); // not a mnemonic
    }

    void checkingAddsAndUncheckingRemoves()
    {
        Fixture f;
        f.answerNames();
        f.menu()->findChild<QAction *>(QStringLiteral("addColumn:/plan"))->trigger();
        const ContextColumn plan = ContextColumn::attribute(QStringLiteral("/plan"));
        QVERIFY(f.table.isColumnShown(plan));
        QVERIFY(!f.offered().contains(QStringLiteral("/plan")));
        QAction *check = f.menu()->findChild<QAction *>(QStringLiteral("showColumn:/plan"));
        QVERIFY(check->isChecked());
        check->trigger();
        QCOMPARE(f.model.columnOf(plan), -1);
        QVERIFY(f.offered().contains(QStringLiteral("/plan")));

        QAction *kind = f.menu()->findChild<QAction *>(QStringLiteral("showColumn:kind"));
        kind->trigger();
        QVERIFY(!f.table.isColumnShown(ContextColumn::of(ContextColumn::Builtin::Kind)));
        QVERIFY(!f.menu()->findChild<QAction *>(QStringLiteral("showColumn:kind"))->isChecked());
    }

    void loadingAndFailedCatalogsSaySo()
    {
        Fixture f;
        auto *add = f.menu()->findChild<QMenu *>(QStringLiteral("addColumnMenu"));
        QVERIFY(add->actions().first()->text().contains(u"Loading"));
        QVERIFY(!add->actions().first()->isEnabled());
        QVERIFY(f.menu()->findChild<QAction *>(QStringLiteral("addColumnOther")));
        FakeContextsApi::reply(f.api.attributeNameCalls, 0,
            Result<QList<KindAttributeNames>>(
                ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500)));
        QAction *reload = f.menu()->findChild<QAction *>(QStringLiteral("reloadAttributeNames"));
        QVERIFY(reload);
        reload->trigger();
        QCOMPARE(f.api.attributeNameCalls.size(), 2);
        f.answerNames();
        QCOMPARE(f.offered().size(), 4);
    }

    void refillingDoesNotPileUpSubmenus()
    {
        Fixture f;
        f.answerNames();
        for (int i = 0; i < 5; ++i)
            f.menu();
        QCOMPARE(f.button.columnMenu()->findChildren<QMenu *>().size(), 1);
    }

    void pointersAreOfferedWhenUseful()
    {
        QVERIFY(ColumnMenu::isOffered(QStringLiteral("/address/city")));
        QVERIFY(!ColumnMenu::isOffered(QStringLiteral("/key")));
        QVERIFY(!ColumnMenu::isOffered(QStringLiteral("/_meta/privateAttributes")));
        QVERIFY(!ColumnMenu::isOffered(QStringLiteral("/")));
    }
};

QTEST_MAIN(tst_ColumnChooserButton)
#include "tst_ColumnChooserButton.moc"
