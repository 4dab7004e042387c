#include "ConnectionStore.h"
#include "ConnectionSwitcher.h"
#include "ConnectionsDialog.h"
#include "MainWindow.h"
#include "WindowFixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace ctx;

namespace {
ConnectionProfile profile(const QString &name, bool production, const QString &color)
{
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://app.launchdarkly.com"));
    p.production = production;
    p.color = color;
    p.projectKey = QStringLiteral("web");
    p.environmentKey = QStringLiteral("production");
    return p;
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

// Picks a row as the person does (QComboBox::activated is only raised by the person).
void pick(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}
} // namespace

class tst_ConnectionSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("contexts-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ConnectionSwitcher"));
    }
    void init() { QSettings().clear(); }

    void listsConnectionsWithSwatches()
    {
        ConnectionStore store;
        const ConnectionProfile staging
            = store.save(profile(QStringLiteral("Staging"), false, QStringLiteral("#00aa00")));
        store.save(profile(QStringLiteral("Live EU"), true, QStringLiteral("#cc0000")));
        ConnectionSwitcher switcher(&store);
        switcher.setCurrentId(staging.id);
        QComboBox *combo = switcher.comboBox();
        QCOMPARE(combo->accessibleName(), QStringLiteral("Connection"));
        QCOMPARE(itemTexts(combo),
            (QStringList {QStringLiteral("Demo"), QStringLiteral("Live EU (production)"),
                QStringLiteral("Staging"), QString(), QStringLiteral("Manage connections…")}));
        QCOMPARE(combo->currentText(), QStringLiteral("Staging"));
        QVERIFY(!combo->itemIcon(1).isNull());
        const QImage swatch = combo->itemIcon(1).pixmap(16, 16).toImage();
        QCOMPARE(swatch.pixelColor(8, 8), QColor(QStringLiteral("#cc0000")));

        // A connection added elsewhere (the Connections dialog) shows up at once.
        store.save(profile(QStringLiteral("Another"), false, {}));
        QCOMPARE(combo->itemText(1), QStringLiteral("Another"));
        QCOMPARE(combo->currentText(), QStringLiteral("Staging"));
    }

    void pickingRequestsASwitch()
    {
        ConnectionStore store;
        const ConnectionProfile live
            = store.save(profile(QStringLiteral("Live"), true, QStringLiteral("#cc0000")));
        ConnectionSwitcher switcher(&store);
        switcher.setCurrentId(ConnectionProfile::demoId());
        QSignalSpy requested(&switcher, &ConnectionSwitcher::connectionRequested);
        QSignalSpy manage(&switcher, &ConnectionSwitcher::manageRequested);

        pick(switcher.comboBox(), 1);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), live.id);
        // It keeps showing the connection in use until the app has switched.
        QCOMPARE(switcher.comboBox()->currentText(), QStringLiteral("Demo"));
        switcher.setCurrentId(live.id);
        QCOMPARE(switcher.comboBox()->currentText(), QStringLiteral("Live (production)"));

        pick(switcher.comboBox(), 1); // the same one again: nothing to do
        QCOMPARE(requested.size(), 1);

        pick(switcher.comboBox(), switcher.comboBox()->count() - 1);
        QCOMPARE(manage.size(), 1);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(switcher.comboBox()->currentText(), QStringLiteral("Live (production)"));
    }

    void productionBadgeOnlyForProduction()
    {
        ConnectionStore store;
        const ConnectionProfile live
            = store.save(profile(QStringLiteral("Live"), true, QStringLiteral("#cc0000")));
        const ConnectionProfile test
            = store.save(profile(QStringLiteral("Test"), false, QStringLiteral("#00cc00")));
        ConnectionSwitcher switcher(&store);
        switcher.show();
        QLabel *badge = switcher.productionBadge();
        QCOMPARE(badge->text(), QStringLiteral("PRODUCTION"));
        QCOMPARE(badge->accessibleName(), QStringLiteral("Production connection"));

        switcher.setCurrentId(ConnectionProfile::demoId());
        QVERIFY(!badge->isVisible());
        switcher.setCurrentId(live.id);
        QVERIFY(badge->isVisible());
        switcher.setCurrentId(test.id);
        QVERIFY(!badge->isVisible());

        // Marked production later (in the dialog): the badge appears.
        ConnectionProfile promoted = test;
        promoted.production = true;
        store.save(promoted);
        QVERIFY(badge->isVisible());
    }

    void mainWindowOffersConnections()
    {
        WindowFixture f;
        // Without saved connections (e.g. --demo only) there is nothing to switch to.
        QVERIFY(!f.window.findChild<ConnectionSwitcher *>());
        QVERIFY(!f.window.findChild<QAction *>(QStringLiteral("connectionsAction")));

        ConnectionStore store;
        const ConnectionProfile live
            = store.save(profile(QStringLiteral("Live"), true, QStringLiteral("#cc0000")));
        AppModels models = f.models;
        models.connections = &store;
        models.connectionId = live.id;
        MainWindow window(models);
        window.show();
        QSignalSpy requested(&window, &MainWindow::connectionRequested);

        // The switcher is the toolbar's first item and shows the connection in use.
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        auto *switcher = window.findChild<ConnectionSwitcher *>();
        QVERIFY(switcher);
        QCOMPARE(toolbar->widgetForAction(toolbar->actions().constFirst()), switcher);
        QCOMPARE(switcher->comboBox()->currentText(), QStringLiteral("Live (production)"));
        QVERIFY(switcher->productionBadge()->isVisible());
        pick(switcher->comboBox(), 0);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), ConnectionProfile::demoId());

        // File → Connections… opens the manager on the connection in use.
        auto *action = window.findChild<QAction *>(QStringLiteral("connectionsAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Connections…"));
        action->trigger();
        auto *dialog = window.findChild<ConnectionsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        QCOMPARE(dialog->currentId(), live.id);
        // Choosing the demo there asks the app to switch, once the dialog has closed.
        dialog->list()->setCurrentRow(0);
        emit dialog->list()->itemActivated(dialog->list()->item(0));
        QTRY_COMPARE(requested.size(), 2);
        QCOMPARE(requested[1][0].toString(), ConnectionProfile::demoId());
        QTRY_VERIFY(!window.findChild<ConnectionsDialog *>());

        // "Manage connections…" in the switcher opens it too.
        pick(switcher->comboBox(), switcher->comboBox()->count() - 1);
        QTRY_VERIFY(window.findChild<ConnectionsDialog *>());
    }
};

QTEST_MAIN(tst_ConnectionSwitcher)
#include "tst_ConnectionSwitcher.moc"
