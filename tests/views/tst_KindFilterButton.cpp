#include "KindFilterButton.h"
#include "KindListModel.h"

#include <QMenu>
#include <QTest>

using namespace ctx;

namespace {
ContextKind kind(const QString &key, const QString &name, bool archived = false)
{
    ContextKind k;
    k.key = key;
    k.name = name;
    k.archived = archived;
    return k;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}
} // namespace

class tst_KindFilterButton : public QObject
{
    Q_OBJECT

private slots:
    void archivedKindsAppearOnlyWhenAskedFor()
    {
        KindListModel model;
        model.setKinds({kind(QStringLiteral("user"), QStringLiteral("User")),
            kind(QStringLiteral("old"), QStringLiteral("Old"), true)});
        KindFilterButton button(&model);
        QMenu *menu = button.menu();
        emit menu->aboutToShow();
        QVERIFY(actionNamed(menu, QStringLiteral("User")));
        QVERIFY(!actionNamed(menu, QStringLiteral("Old (archived)")));
        QAction *show = menu->actions().constLast();
        QCOMPARE(show->objectName(), QStringLiteral("showArchivedKinds"));
        QCOMPARE(show->text(), QStringLiteral("Show a&rchived kinds"));
        QVERIFY(show->isCheckable());
        QVERIFY(!show->isChecked());

        show->toggle();
        QVERIFY(model.showArchived());
        emit menu->aboutToShow();
        QAction *old = actionNamed(menu, QStringLiteral("Old (archived)"));
        QVERIFY(old);
        QVERIFY(menu->actions().constLast()->isChecked());
        old->toggle();
        QCOMPARE(model.checkedKeys(), QStringList {QStringLiteral("old")});
        QCOMPARE(button.text(), QStringLiteral("Kind: Old"));

        // Hiding archived kinds again drops them from the filter.
        menu->actions().constLast()->toggle();
        QVERIFY(!model.showArchived());
        QVERIFY(model.checkedKeys().isEmpty());
        QCOMPARE(button.text(), QStringLiteral("Kind: All"));
    }
};

QTEST_MAIN(tst_KindFilterButton)
#include "tst_KindFilterButton.moc"
