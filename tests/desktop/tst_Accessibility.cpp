#include "ConnectionForm.h"
#include "ConnectionSwitcher.h"
#include "DesktopScenes.h"
#include "ListStatusWidget.h"
#include "StatusLine.h"
#include "WidgetAudit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace ctx;

// What a screen reader user and a person who does not tell colours apart get: every control
// that takes focus has an accessible name, in every window and dialog and on every tab page;
// icon-only buttons say what they do; and every status shown in colour (production, the
// connection's colour, errors, the filter's validity) is also said in words.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyFocusableControlHasAName()
    {
        DesktopScenes scenes;
        QStringList unnamed;
        const QList<DesktopScenes::Scene> all = scenes.scenes();
        for (const DesktopScenes::Scene &scene : all) {
            const QStringList found = audit::onEveryPage(
                scene.widget, [&scene] { return audit::unnamedControls(scene.widget); });
            for (const QString &line : found)
                unnamed.append(scene.name + QStringLiteral(": ") + line);
        }
        QVERIFY2(unnamed.isEmpty(),
            audit::failureMessage(
                QStringLiteral("Focusable controls without an accessible name"), unnamed)
                .constData());
    }

    void iconOnlyButtonsSayWhatTheyDo()
    {
        DesktopScenes scenes;
        QStringList silent;
        const QList<DesktopScenes::Scene> all = scenes.scenes();
        for (const DesktopScenes::Scene &scene : all) {
            const QStringList found = audit::onEveryPage(scene.widget, [&scene] {
                QStringList lines;
                const QList<QAbstractButton *> buttons
                    = scene.widget->findChildren<QAbstractButton *>();
                for (QAbstractButton *button : buttons) {
                    if (!button->isVisible() || !button->text().isEmpty()
                        || button->focusPolicy() == Qt::NoFocus)
                        continue;
                    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
                    if (iface->text(QAccessible::Description).isEmpty())
                        lines.append(audit::describe(button));
                }
                return lines;
            });
            for (const QString &line : found)
                silent.append(scene.name + QStringLiteral(": ") + line);
        }
        QVERIFY2(silent.isEmpty(),
            audit::failureMessage(
                QStringLiteral("Icon-only buttons without a description or tooltip"), silent)
                .constData());
    }

    void productionIsSaidInWords()
    {
        DesktopScenes scenes;
        auto *switcher = scenes.window->findChild<ConnectionSwitcher *>();
        QVERIFY(switcher);
        QLabel *badge = switcher->productionBadge();
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("PRODUCTION"));
        QVERIFY(!QAccessible::queryAccessibleInterface(badge)->text(QAccessible::Name).isEmpty());
        // The combo box, which has the focus, says it too.
        QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(switcher->comboBox());
        QVERIFY2(combo->text(QAccessible::Description).contains(QStringLiteral("Production")),
            qPrintable(combo->text(QAccessible::Description)));
        // Connections are told apart by name, not only by their colour swatch.
        QVERIFY(switcher->comboBox()->currentText().contains(scenes.production.name));
        QVERIFY(switcher->comboBox()->currentText().contains(QStringLiteral("production")));
        const QListWidget *list = scenes.connections->list();
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts.append(list->item(i)->text());
        QVERIFY2(texts.contains(scenes.production.name + QStringLiteral(" — production")),
            qPrintable(texts.join(QLatin1Char('|'))));
    }

    void errorsAreSaidInWords()
    {
        DesktopScenes scenes;
        scenes.contexts.reload();
        scenes.api.replySearch(int(scenes.api.searches.size()) - 1,
            ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401));
        StatusLine *status = scenes.window->statusWidget();
        QVERIFY2(status->errorText().startsWith(QStringLiteral("Error: ")),
            qPrintable(status->errorText()));
        auto *error = status->findChild<QLabel *>(QStringLiteral("statusError"));
        QVERIFY(error && error->isVisible());
    }

    void anInvalidFilterIsSaidInWords()
    {
        DesktopScenes scenes;
        auto *advanced = scenes.window->findChild<QLineEdit *>(QStringLiteral("advancedFilter"));
        QVERIFY(advanced);
        advanced->setFocus();
        QTest::keyClicks(advanced, QStringLiteral("kind equals"));
        QTest::keyClick(advanced, Qt::Key_Return);
        auto *message = scenes.window->findChild<QLabel *>(QStringLiteral("filterMessage"));
        QVERIFY(message);
        QVERIFY(QTest::qWaitFor([message] { return message->isVisible(); }, 3000));
        QVERIFY2(!message->text().isEmpty(), "the filter's error is shown without words");
        QVERIFY(!QAccessible::queryAccessibleInterface(advanced)
                     ->text(QAccessible::Description)
                     .isEmpty());
    }

    void aConnectionTestResultIsSaidInWords()
    {
        DesktopScenes scenes;
        auto *form = scenes.connections->findChild<ConnectionForm *>();
        QVERIFY(form);
        auto *test = form->findChild<QPushButton *>(QStringLiteral("testConnection"));
        QVERIFY(test);
        test->click(); // no token: fails at once, with a sentence
        auto *icon = form->findChild<QLabel *>(QStringLiteral("testIcon"));
        auto *result = form->findChild<QLabel *>(QStringLiteral("testResult"));
        QVERIFY(icon && result);
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->accessibleName().isEmpty());
        QVERIFY(result->isVisible());
        QVERIFY(!result->text().isEmpty());
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
