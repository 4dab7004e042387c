#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextsTab.h"
#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "FilterBar.h"
#include "KindsView.h"
#include "ListStatusWidget.h"
#include "MainWindow.h"
#include "SavedViewsMenu.h"
#include "WindowFixture.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace ctx;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void kindFilterChangesTheQuery()
    {
        WindowFixture f;
        FakeContextsApi &api = f.api;
        ContextListModel &contexts = f.contexts;
        MainWindow &window = f.window;
        window.show();
        contexts.setEnvironment({QStringLiteral("demo"), QStringLiteral("production")});
        f.kindTable.setProject(QStringLiteral("demo"));
        ContextKind user;
        user.key = QStringLiteral("user");
        user.name = QStringLiteral("User");
        ContextKind device;
        device.key = QStringLiteral("device");
        device.name = QStringLiteral("Device");
        api.replyKinds(0, QList<ContextKind> {user, device});

        auto *button = window.findChild<QToolButton *>(QStringLiteral("kindFilter"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Kind: All"));
        emit button->menu()->aboutToShow();
        const QList<QAction *> actions = button->menu()->actions();
        QAction *deviceAction = nullptr;
        for (QAction *action : actions) {
            if (action->text() == QStringLiteral("Device"))
                deviceAction = action;
        }
        QVERIFY(deviceAction);
        deviceAction->toggle();
        QCOMPARE(contexts.query().kinds, QStringList {QStringLiteral("device")});
        QCOMPARE(api.searches.last().query.kinds, QStringList {QStringLiteral("device")});
        QCOMPARE(button->text(), QStringLiteral("Kind: Device"));
    }

    void statusLineShowsCountsAndErrors()
    {
        WindowFixture f;
        FakeContextsApi &api = f.api;
        ContextListModel &contexts = f.contexts;
        MainWindow &window = f.window;
        window.show();
        contexts.setEnvironment({QStringLiteral("demo"), QStringLiteral("production")});
        api.replySearch(0, makePage(0, 50, QStringLiteral("c"), 5000));
        // The window is not full yet, so the next page is already being fetched.
        QCOMPARE(window.statusWidget()->text(),
            QStringLiteral("50 of 5,000 contexts loaded · loading more…"));
        contexts.reload();
        api.replySearch(int(api.searches.size()) - 1,
            ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401));
        QVERIFY2(window.statusWidget()->errorText().startsWith(QStringLiteral("Error: ")),
            qPrintable(window.statusWidget()->errorText()));
        QVERIFY(window.statusWidget()->errorText().contains(QStringLiteral("401")));
    }

    void titleNamesTheEnvironment()
    {
        WindowFixture f;
        MainWindow &window = f.window;
        window.setConnectionLabel(QStringLiteral("Demo"), QStringLiteral("demo / production"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo / production")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Demo")));
    }

    void filterBarDrivesTheQueryAndShowsServerErrors()
    {
        WindowFixture f;
        f.start();
        f.api.replySearch(0, makePage(0, 10, QString(), 10));
        FilterBar *bar = f.window.contextsTab()->filterBar();
        bar->setAdvancedText(QStringLiteral("key startsWith \"key-00\""));
        QCOMPARE(f.contexts.query().filter, QStringLiteral("key startsWith \"key-00\""));
        QCOMPARE(f.api.searches.last().query.filter, f.contexts.query().filter);
        f.api.replySearch(int(f.api.searches.size()) - 1,
            ApiError(ApiError::Kind::BadRequest, QStringLiteral("field \"key\" is odd"), 400));
        QVERIFY2(
            bar->messageText().contains(QStringLiteral("is odd")), qPrintable(bar->messageText()));
        QCOMPARE(f.contexts.rowCount(), 10); // the last good results stay
    }

    void savedViewsCaptureAndApply()
    {
        WindowFixture f;
        f.start();
        f.api.replySearch(0, makePage(0, 10, QString(), 10));
        ContextKind device;
        device.key = QStringLiteral("device");
        f.kinds.setKinds({device});
        f.kinds.setCheckedKeys({QStringLiteral("device")});
        FilterBar *bar = f.window.contextsTab()->filterBar();
        bar->setAdvancedText(QStringLiteral("*.os/name equals \"iOS\""));
        f.prompts.textAnswer = QStringLiteral("iOS devices");
        f.window.savedViewsMenu()->saveCurrent();

        f.kinds.setCheckedKeys({});
        bar->setAdvancedText(QString());
        QVERIFY(f.contexts.query().filter.isEmpty());
        emit f.window.savedViewsMenu()->aboutToShow();
        QAction *view
            = f.window.savedViewsMenu()->findChild<QAction *>(QStringLiteral("view:iOS devices"));
        QVERIFY(view);
        view->trigger();
        QCOMPARE(f.kinds.checkedKeys(), QStringList {QStringLiteral("device")});
        QCOMPARE(bar->advancedText(), QStringLiteral("*.os/name equals \"iOS\""));
        QCOMPARE(f.contexts.query().kinds, QStringList {QStringLiteral("device")});
        QCOMPARE(f.contexts.query().filter, QStringLiteral("*.os/name equals \"iOS\""));
    }

    void kindsTabIsThere()
    {
        WindowFixture f;
        QCOMPARE(f.window.tabs()->count(), 2);
        QCOMPARE(f.window.tabs()->widget(1), static_cast<QWidget *>(f.window.kindsView()));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
