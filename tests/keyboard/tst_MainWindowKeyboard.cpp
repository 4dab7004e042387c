#include "ContextTableView.h"
#include "ContextsTab.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "GoToContextDialog.h"
#include "ListStatusWidget.h"
#include "SavedViewsMenu.h"
#include "WindowFixture.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace ctx;

// The keyboard in the main window, as a person meets it: copy, Escape, mnemonics, shortcuts,
// accessible names. The server is a scriptable fake.
class tst_MainWindowKeyboard : public QObject
{
    Q_OBJECT

private:
    // A window with 5 rows loaded, active, "now" 5 minutes after the first row was seen.
    struct Fixture : WindowFixture
    {
        Fixture()
        {
            contexts.setClock([] { return QDateTime(QDate(2026, 11, 21), QTime(12, 5), Qt::UTC); });
            start();
            window.activateWindow();
            (void)QTest::qWaitForWindowActive(&window);
            api.replySearch(0, makePage(0, 5, QString(), 5));
        }
        ContextTableView *table() const { return window.table(); }
        FilterBar *bar() const { return window.contextsTab()->filterBar(); }
        void selectRows(const QList<int> &rows)
        {
            QItemSelectionModel *selection = table()->selectionModel();
            selection->clear();
            for (const int row : rows)
                selection->select(contexts.index(row, 0),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(contexts.index(rows.first(), ContextListModel::KeyColumn),
                QItemSelectionModel::NoUpdate);
        }
    };

    static QString clipboard() { return QGuiApplication::clipboard()->text(); }

    // Checks that every item of `menu` (and its submenus) has a mnemonic, none twice.
    static void checkMnemonics(QMenu *menu, const QString &path)
    {
        emit menu->aboutToShow(); // menus that build themselves when opened
        QHash<QChar, QString> used;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QString text = action->text();
            // SavedViewsMenu's disabled placeholder: nothing to reach.
            if (!action->isEnabled() && text == QStringLiteral("No saved views yet"))
                continue;
            const QChar letter = mnemonic(text);
            QVERIFY2(!letter.isNull(),
                qPrintable(path + QStringLiteral(" › ") + text + QStringLiteral(": no mnemonic")));
            QVERIFY2(!used.contains(letter),
                qPrintable(path + QStringLiteral(": ") + text + QStringLiteral(" and ")
                    + used.value(letter) + QStringLiteral(" share &") + letter));
            used.insert(letter, text);
            if (QMenu *submenu = action->menu())
                checkMnemonics(submenu, path + QStringLiteral(" › ") + text);
        }
    }

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) != u'&')
                return text.at(i + 1).toUpper();
            if (text.at(i) == u'&')
                ++i;
        }
        return {};
    }

private slots:
    void init()
    {
        QSettings().clear(); // no layout saved by an earlier test
        QGuiApplication::clipboard()->setText(QStringLiteral("sentinel"));
    }

    void ctrlCCopiesTheSelectedRowsWithAHeader()
    {
        Fixture f;
        // Name moved before Key, Source hidden: the copy follows what is shown.
        QHeaderView *header = f.table()->horizontalHeader();
        header->moveSection(header->visualIndex(ContextListModel::NameColumn),
            header->visualIndex(ContextListModel::KeyColumn));
        f.table()->setColumnShown(ContextColumn::of(ContextColumn::Builtin::Source), false);
        f.selectRows({3, 1});
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard(),
            QStringLiteral("Kind\tName\tKey\tLast seen\n"
                           "user\tName 1\tkey-0001\t6 minutes ago\n"
                           "user\tName 3\tkey-0003\t8 minutes ago\n"));
    }

    void ctrlCInAFilterBoxCopiesItsText()
    {
        Fixture f;
        f.selectRows({0});
        f.bar()->quickSearchEdit()->setText(QStringLiteral("anna"));
        f.bar()->quickSearchEdit()->setFocus();
        f.bar()->quickSearchEdit()->selectAll();
        QTest::keyClick(f.bar()->quickSearchEdit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard(), QStringLiteral("anna"));
    }

    void copyCellAndJsonFromTheMenus()
    {
        Fixture f;
        ContextsPage page = makePage(0, 2, QString(), 2);
        page.items[1].attributesJson
            = QByteArrayLiteral(R"({"key":"key-0001","email":"secret@example.com","plan":"pro"})");
        page.items[1].privateAttributes = {QStringLiteral("email")};
        f.contexts.reload();
        f.api.replySearch(int(f.api.searches.size()) - 1, page);
        f.contexts.setColumns(
            ContextColumn::defaults() << ContextColumn::attribute(QStringLiteral("/email")));
        f.selectRows({1});

        std::unique_ptr<QMenu> rowMenu(f.window.contextsTab()->createRowMenu(1));
        QVERIFY(rowMenu->actions().contains(f.table()->copyCellAction()));
        QVERIFY(rowMenu->actions().contains(f.table()->copyRowsAction()));
        QVERIFY(rowMenu->actions().contains(f.table()->copyJsonAction()));
        f.table()->copyCellAction()->trigger();
        QCOMPARE(clipboard(), QStringLiteral("key-0001")); // the current cell

        f.table()->selectionModel()->setCurrentIndex(
            f.contexts.index(1, 5), QItemSelectionModel::NoUpdate);
        f.table()->copyCellAction()->trigger();
        QCOMPARE(clipboard(), QStringLiteral("[private]"));
        f.table()->copyRowsAction()->trigger();
        QVERIFY2(clipboard().endsWith(QStringLiteral("\t[private]\n")), qPrintable(clipboard()));

        auto *edit = f.window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(f.table()->copyJsonAction()));
        f.table()->copyJsonAction()->trigger();
        QVERIFY2(!clipboard().contains(QStringLiteral("secret")), qPrintable(clipboard()));
        const QJsonArray array = QJsonDocument::fromJson(clipboard().toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject record = array.at(0).toObject();
        QCOMPARE(record.value(QStringLiteral("key")).toString(), QStringLiteral("key-0001"));
        QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("Name 1"));
        QCOMPARE(record.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("plan"))
                     .toString(),
            QStringLiteral("pro"));
    }

    void copyActionsNeedARow()
    {
        Fixture f;
        QVERIFY(!f.table()->copyRowsAction()->isEnabled());
        QVERIFY(!f.table()->copyJsonAction()->isEnabled());
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard(), QStringLiteral("sentinel")); // nothing to copy, nothing copied
        f.selectRows({0});
        QVERIFY(f.table()->copyRowsAction()->isEnabled());
        QVERIFY(f.table()->copyCellAction()->isEnabled());
    }

    void escapeClearsTheQuickSearch()
    {
        Fixture f;
        QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *quick = f.bar()->quickSearchEdit();
        QVERIFY(quick->hasFocus());
        QTest::keyClicks(quick, QStringLiteral("anna"));
        QTest::keyClick(quick, Qt::Key_Return);
        QVERIFY(!f.contexts.query().filter.isEmpty());
        QTest::keyClick(quick, Qt::Key_Escape);
        QVERIFY(quick->text().isEmpty());
        QVERIFY(f.contexts.query().filter.isEmpty());
        const qsizetype searches = f.api.searches.size();
        QTest::keyClick(quick, Qt::Key_Escape); // again: nothing
        QVERIFY(quick->text().isEmpty());
        QCOMPARE(f.api.searches.size(), searches);
        QVERIFY(f.window.isVisible());
    }

    void escapeRevertsThenClearsTheAdvancedFilter()
    {
        Fixture f;
        f.bar()->setAdvancedText(QStringLiteral("kind equals \"user\""));
        const QString applied = f.contexts.query().filter;
        QCOMPARE(applied, QStringLiteral("kind equals \"user\""));
        QTest::keyClick(&f.window, Qt::Key_L, Qt::ControlModifier);
        QLineEdit *advanced = f.bar()->advancedEdit();
        QVERIFY(advanced->hasFocus());
        advanced->end(false);
        QTest::keyClicks(advanced, QStringLiteral(", key equals")); // does not parse
        QVERIFY(f.bar()->errorPosition().has_value());
        QTest::keyClick(advanced, Qt::Key_Escape); // the edit goes, the filter stays
        QCOMPARE(advanced->text(), QStringLiteral("kind equals \"user\""));
        QCOMPARE(f.contexts.query().filter, applied);
        QVERIFY(!f.bar()->errorPosition());
        QTest::keyClick(advanced, Qt::Key_Escape); // then the filter goes
        QVERIFY(advanced->text().isEmpty());
        QVERIFY(f.contexts.query().filter.isEmpty());
        const qsizetype searches = f.api.searches.size();
        QTest::keyClick(advanced, Qt::Key_Escape); // and then nothing
        QCOMPARE(f.api.searches.size(), searches);
    }

    void escapeInTheListClearsTheSelection()
    {
        Fixture f;
        f.selectRows({1, 2});
        QVERIFY(f.detail.context());
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_Escape);
        QVERIFY(!f.table()->selectionModel()->hasSelection());
        QVERIFY(!f.table()->currentIndex().isValid());
        QVERIFY(!f.detail.context()); // the details go with it
        QVERIFY(!f.window.detailPane()->deleteAction()->isEnabled());
        // A second Escape does nothing: no request, no delete, no dialog, the window stays.
        const qsizetype searches = f.api.searches.size();
        QTest::keyClick(f.table(), Qt::Key_Escape);
        QCOMPARE(f.api.searches.size(), searches);
        QVERIFY(f.api.deleteCalls.isEmpty());
        QVERIFY(f.prompts.deleteQuestions.isEmpty());
        QCOMPARE(f.contexts.rowCount(), 5);
        QVERIFY(f.window.isVisible());
    }

    void ctrlKGoesToContextEvenFromAFilterBox()
    {
        Fixture f;
        QLineEdit *quick = f.bar()->quickSearchEdit();
        quick->setText(QStringLiteral("anna"));
        quick->setFocus();
        quick->setCursorPosition(0);
        QTest::keyClick(quick, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(quick->text(), QStringLiteral("anna")); // not "delete to end of line"
        QVERIFY(f.window.findChild<GoToContextDialog *>());
    }

    void menusHaveUniqueMnemonics()
    {
        Fixture f;
        QHash<QChar, QString> used;
        // The tabs' Alt+letters (Alt+C Contexts, Alt+K Kinds) are taken too.
        for (int i = 0; i < f.window.tabs()->count(); ++i)
            used.insert(mnemonic(f.window.tabs()->tabText(i)), f.window.tabs()->tabText(i));
        const QList<QAction *> menus = f.window.menuBar()->actions();
        QVERIFY(menus.size() >= 6);
        for (QAction *action : menus) {
            const QChar letter = mnemonic(action->text());
            QVERIFY2(
                !letter.isNull(), qPrintable(action->text() + QStringLiteral(": no mnemonic")));
            QVERIFY2(!used.contains(letter),
                qPrintable(action->text() + QStringLiteral(" and ") + used.value(letter)
                    + QStringLiteral(" share &") + letter));
            used.insert(letter, action->text());
            QVERIFY(action->menu());
            checkMnemonics(action->menu(), action->text());
        }
        std::unique_ptr<QMenu> rowMenu(f.window.contextsTab()->createRowMenu(0));
        checkMnemonics(rowMenu.get(), QStringLiteral("row menu"));
    }

    void noShortcutIsTakenTwice()
    {
        Fixture f;
        // A window-wide key belongs to one action; a widget's own key (Ctrl+C in the list,
        // Ctrl+C in the attribute tree) to one action of that widget and to no window action.
        QMultiHash<QString, QPair<QString, QString>> byKey; // key -> (scope, action text)
        const QList<QAction *> actions = f.window.findChildren<QAction *>();
        for (QAction *action : QSet<QAction *>(actions.begin(), actions.end())) {
            QString scope = QStringLiteral("window");
            if (action->shortcutContext() == Qt::WidgetShortcut
                || action->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
                const QObjectList objects = action->associatedObjects();
                for (QObject *object : objects) {
                    if (!qobject_cast<QMenu *>(object))
                        scope = QString::number(quintptr(object));
                }
            }
            for (const QKeySequence &key : action->shortcuts())
                byKey.insert(key.toString(), {scope, action->text()});
        }
        const QStringList keys = byKey.uniqueKeys();
        for (const QString &key : keys) {
            const QList<QPair<QString, QString>> owners = byKey.values(key);
            for (qsizetype i = 0; i < owners.size(); ++i) {
                for (qsizetype j = i + 1; j < owners.size(); ++j) {
                    const bool clash = owners.at(i).first == owners.at(j).first
                        || owners.at(i).first == QStringLiteral("window")
                        || owners.at(j).first == QStringLiteral("window");
                    QVERIFY2(!clash,
                        qPrintable(key + QStringLiteral(": ") + owners.at(i).second
                            + QStringLiteral(" and ") + owners.at(j).second));
                }
            }
        }
        for (const char *key : {"F5", "Ctrl+F", "Ctrl+L", "Del", "Ctrl+C", "Ctrl+K", "F1"})
            QVERIFY2(byKey.contains(QString::fromLatin1(key)), key);
    }

    void expiringRowsShowAWarningIcon()
    {
        Fixture f;
        f.contexts.setClock([] { return QDateTime(QDate(2026, 12, 19), QTime(12, 0), Qt::UTC); });
        const QModelIndex cell = f.contexts.index(0, ContextListModel::LastSeenColumn);
        QVERIFY2(cell.data().toString().endsWith(QStringLiteral(" · expiring")),
            qPrintable(cell.data().toString()));
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void controlsHaveAccessibleNames()
    {
        Fixture f;
        QList<QWidget *> widgets;
        widgets << f.table() << f.table()->horizontalHeader() << f.window.tabs()
                << f.window.contextsTab() << f.window.contextsTab()->splitter()
                << f.bar()->quickSearchEdit() << f.bar()->advancedEdit() << f.bar()->builderButton()
                << f.window.statusWidget()
                << f.window.findChild<QToolBar *>(QStringLiteral("mainToolbar"))
                << f.window.findChild<QWidget *>(QStringLiteral("connectionLabel"))
                << f.window.findChild<QWidget *>(QStringLiteral("savedViewsButton"))
                << f.window.findChild<QWidget *>(QStringLiteral("filterMessage"));
        for (QWidget *widget : std::as_const(widgets)) {
            QVERIFY(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        QList<QWidget *> described;
        described << f.table() << f.window.contextsTab() << f.bar()->quickSearchEdit()
                  << f.bar()->advancedEdit() << f.bar()->builderButton();
        for (QWidget *widget : std::as_const(described))
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
    }
};

QTEST_MAIN(tst_MainWindowKeyboard)
#include "tst_MainWindowKeyboard.moc"
