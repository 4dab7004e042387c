#include "ContextDetail.h"
#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "KindListModel.h"
#include "ListStatusWidget.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace ctx;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void kindFilterChangesTheQuery()
    {
        FakeContextsApi api;
        ContextListModel contexts(&api);
        KindListModel kinds(&api);
        ContextDetail detail(&api);
        FakePrompts prompts;
        MainWindow window(&contexts, &kinds, &detail, &prompts);
        window.show();
        contexts.setEnvironment({QStringLiteral("demo"), QStringLiteral("production")});
        kinds.load(QStringLiteral("demo"));
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
        FakeContextsApi api;
        ContextListModel contexts(&api);
        KindListModel kinds(&api);
        ContextDetail detail(&api);
        FakePrompts prompts;
        MainWindow window(&contexts, &kinds, &detail, &prompts);
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
        FakeContextsApi api;
        ContextListModel contexts(&api);
        KindListModel kinds(&api);
        ContextDetail detail(&api);
        FakePrompts prompts;
        MainWindow window(&contexts, &kinds, &detail, &prompts);
        window.setConnectionLabel(QStringLiteral("Demo"), QStringLiteral("demo / production"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo / production")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(QStringLiteral("Demo")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
