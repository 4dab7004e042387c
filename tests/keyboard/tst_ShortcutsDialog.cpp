#include "ShortcutsDialog.h"
#include "WindowFixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

using namespace ctx;

// Help → Keyboard shortcuts lists what the window's actions really are; Help → About.
class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    struct Fixture : WindowFixture
    {
        Fixture()
        {
            start();
            window.activateWindow();
            (void)QTest::qWaitForWindowActive(&window);
        }
    };

    // Every menu-bar action (submenus too) that has a shortcut.
    static QList<QAction *> menuActionsWithShortcuts(QMenu *menu)
    {
        QList<QAction *> found;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                found.append(menuActionsWithShortcuts(action->menu()));
            else if (!action->isSeparator() && !action->shortcuts().isEmpty())
                found.append(action);
        }
        return found;
    }

    // The rows of the dialog's tree as "group / action / keys".
    static QStringList rows(const ShortcutsDialog &dialog, bool visibleOnly = false)
    {
        QStringList result;
        QTreeWidget *tree = dialog.tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                QTreeWidgetItem *item = group->child(j);
                if (visibleOnly && (item->isHidden() || group->isHidden()))
                    continue;
                result.append(group->text(0) + QStringLiteral(" / ") + item->text(0)
                    + QStringLiteral(" / ") + item->text(1));
            }
        }
        return result;
    }

private slots:
    void init() { QSettings().clear(); }

    void f1OpensTheList()
    {
        Fixture f;
        QTest::keyClick(&f.window, Qt::Key_F1);
        auto *dialog = f.window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->accessibleName().isEmpty());
        QVERIFY(!dialog->tree()->accessibleName().isEmpty());
        const QStringList listed = rows(*dialog);
        for (const QString &expected :
            {QStringLiteral("Edit / Copy rows / Ctrl+C"), QStringLiteral("View / Refresh / F5"),
                QStringLiteral("View / Quick search / Ctrl+F"),
                QStringLiteral("View / Filter / Ctrl+L"),
                QStringLiteral("Context / Go to context… / Ctrl+K"),
                QStringLiteral("Context / Delete instance… / Del"),
                QStringLiteral("Help / Keyboard shortcuts / F1"),
                QStringLiteral("Menus and tabs / Edit menu / Alt+E"),
                QStringLiteral("Menus and tabs / Contexts tab / Alt+C"),
                QStringLiteral("Contexts tab / Clear the selection / Esc")})
            QVERIFY2(listed.contains(expected),
                qPrintable(expected + QStringLiteral("\n") + listed.join(u'\n')));
        QTest::keyClick(&f.window, Qt::Key_F1); // again: the same dialog
        QCOMPARE(f.window.findChildren<ShortcutsDialog *>().size(), 1);
    }

    void everyShortcutOfTheMenusIsListed()
    {
        Fixture f;
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&f.window);
        QList<QAction *> listed;
        for (const ShortcutsDialog::Entry &entry : entries) {
            if (entry.action)
                listed.append(entry.action);
        }
        const QList<QAction *> menus = f.window.menuBar()->actions();
        int count = 0;
        for (QAction *menu : menus) {
            for (QAction *action : menuActionsWithShortcuts(menu->menu())) {
                ++count;
                QVERIFY2(listed.contains(action), qPrintable(action->text()));
            }
        }
        QVERIFY(count >= 9);
    }

    void theListFollowsTheActions()
    {
        Fixture f;
        // A shortcut changed or added after start shows up: nothing is written down twice.
        auto *view = f.window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QAction *added = view->addAction(QStringLiteral("&Zoom in"));
        added->setShortcut(QKeySequence(QStringLiteral("Ctrl++")));
        auto *refresh = f.window.findChild<QAction *>(QStringLiteral("refreshAction"));
        refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(QStringLiteral("Ctrl+R"))});
        ShortcutsDialog dialog(&f.window);
        const QStringList listed = rows(dialog);
        QVERIFY2(listed.contains(QStringLiteral("View / Zoom in / Ctrl++")),
            qPrintable(listed.join(u'\n')));
        QVERIFY(listed.contains(QStringLiteral("View / Refresh / F5, Ctrl+R")));
    }

    void searchNarrowsTheList()
    {
        Fixture f;
        ShortcutsDialog dialog(&f.window);
        dialog.searchEdit()->setText(QStringLiteral("ctrl+k"));
        QCOMPARE(
            rows(dialog, true), QStringList {QStringLiteral("Context / Go to context… / Ctrl+K")});
        dialog.searchEdit()->clear();
        QCOMPARE(rows(dialog, true), rows(dialog));
    }

    void mnemonicsAreRead()
    {
        QCOMPARE(ShortcutsDialog::withoutMnemonic(QStringLiteral("Copy rows as &JSON")),
            QStringLiteral("Copy rows as JSON"));
        QCOMPARE(ShortcutsDialog::withoutMnemonic(QStringLiteral("Save && &close")),
            QStringLiteral("Save & close"));
        QCOMPARE(ShortcutsDialog::mnemonic(QStringLiteral("C&ontext")), QChar(u'O'));
        QCOMPARE(ShortcutsDialog::mnemonic(QStringLiteral("A && B")), QChar());
    }

    void aboutNamesTheVersions()
    {
        Fixture f;
        auto *about = f.window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *box = f.window.findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral(CTX_VERSION)), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
        QVERIFY(!box->accessibleName().isEmpty());
        box->close();
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_ShortcutsDialog.moc"
