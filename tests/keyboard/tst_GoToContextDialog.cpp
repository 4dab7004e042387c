#include "ContextTableView.h"
#include "ContextsTab.h"
#include "GoToContextDialog.h"
#include "WindowFixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace ctx;

// Context → Go to context… (Ctrl+K): the form it asks for and how it opens a context, in the
// main window over a scriptable fake server.
class tst_GoToContextDialog : public QObject
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
            api.replySearch(0, makePage(0, 5, QString(), 5));
        }
        // Ctrl+K, then the text typed and Enter.
        GoToContextDialog *goTo(const QString &text)
        {
            QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
            auto *dialog = window.findChild<GoToContextDialog *>();
            if (!dialog)
                return nullptr;
            QTest::keyClicks(dialog->edit(), text);
            QTest::keyClick(dialog->edit(), Qt::Key_Return);
            return dialog;
        }
        static ContextsPage pageWith(const QString &kind, const QString &key)
        {
            ContextsPage page;
            ContextRecord record;
            record.kind = kind;
            record.key = key;
            record.attributesJson = QByteArrayLiteral("{}");
            page.items.append(record);
            return page;
        }
    };

private slots:
    void init() { QSettings().clear(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind"); // empty: not accepted
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a part of the sentence
        QTest::newRow("kind:key") << "user:abc"
                                  << "user"
                                  << "abc"
                                  << "";
        QTest::newRow("spaces around") << "  device : phone-1 "
                                       << "device"
                                       << "phone-1"
                                       << "";
        QTest::newRow("a colon in the key") << "user:a:b"
                                            << "user"
                                            << "a:b"
                                            << "";
        QTest::newRow("empty") << "  "
                               << ""
                               << ""
                               << "";
        QTest::newRow("key only") << "abc"
                                  << ""
                                  << ""
                                  << "Both the kind and the key";
        QTest::newRow("no kind") << ":abc"
                                 << ""
                                 << ""
                                 << "kind is missing";
        QTest::newRow("no key") << "user:"
                                << ""
                                << ""
                                << "key is missing";
        QTest::newRow("bad kind") << "us er:abc"
                                  << ""
                                  << ""
                                  << "not a context kind";
        QTest::newRow("multi") << "multi:abc"
                               << ""
                               << ""
                               << "one kind";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        QString why;
        const auto target = GoToContextDialog::parse(text, &why);
        QCOMPARE(target.has_value(), !kind.isEmpty());
        if (target) {
            QCOMPARE(target->kind, kind);
            QCOMPARE(target->key, key);
        }
        QVERIFY2(problem.isEmpty() ? why.isEmpty() : why.contains(problem), qPrintable(why));
    }

    void goIsEnabledOnlyForKindAndKey()
    {
        GoToContextDialog dialog(nullptr, {}, {}, nullptr);
        QVERIFY(!dialog.goButton()->isEnabled());
        QVERIFY(!dialog.accessibleName().isEmpty());
        QVERIFY(!dialog.edit()->accessibleName().isEmpty());
        dialog.edit()->setText(QStringLiteral("user-key-123"));
        QVERIFY(!dialog.goButton()->isEnabled());
        QVERIFY(
            dialog.messageLabel()->text().contains(QStringLiteral("Both the kind and the key")));
        QCOMPARE(dialog.edit()->accessibleDescription(), dialog.messageLabel()->text());
        dialog.accept(); // Enter on a bad text does nothing
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.edit()->setText(QStringLiteral("user:user-key-123"));
        QVERIFY(dialog.goButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().isEmpty());
    }

    void aLoadedContextIsSelectedInTheList()
    {
        Fixture f;
        GoToContextDialog *dialog = f.goTo(QStringLiteral("user:key-0003"));
        QVERIFY(dialog);
        QTRY_VERIFY(!f.window.findChild<GoToContextDialog *>()); // closed, deleted
        QVERIFY(f.api.versionCalls.size() <= 1); // no lookup of its own, only the detail's
        QCOMPARE(f.window.table()->currentIndex().row(), 3);
        QVERIFY(f.window.table()->selectionModel()->isRowSelected(3, {}));
        QVERIFY(f.detail.context());
        QCOMPARE(f.detail.context()->key, QStringLiteral("key-0003"));
        QCOMPARE(f.window.tabs()->currentWidget(), f.window.contextsTab());
    }

    void aContextNotInTheListOpensInTheDetails()
    {
        Fixture f;
        f.window.tabs()->setCurrentIndex(1); // from the Kinds tab
        f.window.table()->setCurrentIndex(f.contexts.index(1, 0));
        const qsizetype before = f.api.versionCalls.size();
        GoToContextDialog *dialog = f.goTo(QStringLiteral("device:phone-1"));
        QVERIFY(dialog);
        QVERIFY(dialog->isLookingUp());
        QCOMPARE(f.api.versionCalls.size(), before + 1);
        QCOMPARE(f.api.versionCalls.last().kind, QStringLiteral("device"));
        QCOMPARE(f.api.versionCalls.last().key, QStringLiteral("phone-1"));
        QCOMPARE(f.api.versionCalls.last().environment, f.models.environment);
        FakeContextsApi::reply(f.api.versionCalls, int(before),
            Result<ContextsPage>(
                Fixture::pageWith(QStringLiteral("device"), QStringLiteral("phone-1"))));
        QTRY_VERIFY(!f.window.findChild<GoToContextDialog *>());
        QVERIFY(f.detail.context());
        QCOMPARE(f.detail.context()->kind, QStringLiteral("device"));
        QCOMPARE(f.detail.context()->key, QStringLiteral("phone-1"));
        QVERIFY(!f.window.table()->selectionModel()->hasSelection());
        QVERIFY(!f.window.table()->currentIndex().isValid());
        QCOMPARE(f.window.tabs()->currentWidget(), f.window.contextsTab());
    }

    void aContextThatDoesNotExistIsSaidSo()
    {
        Fixture f;
        GoToContextDialog *dialog = f.goTo(QStringLiteral("user:nobody"));
        QVERIFY(dialog);
        FakeContextsApi::reply(f.api.versionCalls, int(f.api.versionCalls.size()) - 1,
            Result<ContextsPage>(ContextsPage {}));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isLookingUp());
        const QString message = dialog->messageLabel()->text();
        QVERIFY2(message.contains(
                     QStringLiteral("There is no context user:nobody in demo / production")),
            qPrintable(message));
        QVERIFY(!f.detail.context()); // nothing opened
        // A 404 says the same.
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        FakeContextsApi::reply(f.api.versionCalls, int(f.api.versionCalls.size()) - 1,
            Result<ContextsPage>(ApiError(ApiError::Kind::NotFound, QStringLiteral("gone"), 404)));
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("There is no context")));
        QTest::keyClick(dialog->edit(), Qt::Key_Escape);
        QTRY_VERIFY(!f.window.findChild<GoToContextDialog *>());
        QVERIFY(!f.detail.context());
    }

    void aFailedLookupStillOpensTheDetails()
    {
        Fixture f;
        GoToContextDialog *dialog = f.goTo(QStringLiteral("user:someone"));
        QVERIFY(dialog);
        FakeContextsApi::reply(f.api.versionCalls, int(f.api.versionCalls.size()) - 1,
            Result<ContextsPage>(
                ApiError(ApiError::Kind::ServerError, QStringLiteral("oops"), 500)));
        QTRY_VERIFY(!f.window.findChild<GoToContextDialog *>());
        QVERIFY(f.detail.context());
        QCOMPARE(f.detail.context()->key, QStringLiteral("someone"));
    }

    void cancellingDropsTheLookup()
    {
        Fixture f;
        GoToContextDialog *dialog = f.goTo(QStringLiteral("user:someone"));
        QVERIFY(dialog);
        const int call = int(f.api.versionCalls.size()) - 1;
        dialog->reject();
        QVERIFY(f.api.versionCalls.at(call).isCancelled());
        QTRY_VERIFY(!f.window.findChild<GoToContextDialog *>());
        QVERIFY(!f.detail.context());
    }
};

QTEST_MAIN(tst_GoToContextDialog)
#include "tst_GoToContextDialog.moc"
