#include "ApiError.h"
#include "ColumnMenu.h"
#include "Connection.h"
#include "DesktopScenes.h"
#include "RelativeTime.h"
#include "SavedView.h"
#include "Translations.h"
#include "TsCatalogue.h"
#include "WidgetAudit.h"

#include <QComboBox>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace ctx;

// The app in German, as a person who runs it with --lang de (or a German desktop) meets it:
// the German catalogue compiled into the app is used, every window and dialog shows German
// text, and no label, button, check box, tab or menu is cut off by the longer words.
class tst_Translations : public QObject
{
    Q_OBJECT

private:
    Translations m_translations;
    QHash<QString, QString> m_english; // English source text → its German translation

    // Every text a person reads on `root` (menus included) that is still the English source
    // of a string the German catalogue translates differently.
    QStringList englishLeft(QWidget *root) const
    {
        QStringList texts;
        const QList<QWidget *> widgets = audit::widgetsOf(root);
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts.append(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts.append(button->text());
            else if (auto *tabs = qobject_cast<QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    texts.append(tabs->tabText(i));
            else if (auto *combo = qobject_cast<QComboBox *>(widget))
                for (int i = 0; i < combo->count(); ++i)
                    texts.append(combo->itemText(i));
            texts.append(widget->toolTip());
            texts.append(widget->accessibleName());
        }
        const QList<QMenu *> menus = root->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            texts.append(menu->title());
            const QList<QAction *> actions = menu->actions();
            for (const QAction *action : actions)
                texts.append(action->text());
        }
        QStringList left;
        for (const QString &text : std::as_const(texts)) {
            const auto it = m_english.constFind(text);
            if (!text.isEmpty() && it != m_english.cend() && *it != text && !left.contains(text))
                left.append(text);
        }
        return left;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_translations.install(QLocale(QLocale::German, QLocale::Germany)),
            "the German catalogue is not compiled into the app (:/i18n)");
        QString error;
        const QList<TsMessage> german
            = readTsFile(QStringLiteral(CTX_TS_DIR "/contexts-browser_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &m : german) {
            if (!m.numerus && !m.unfinished && !m.translations.isEmpty())
                m_english.insert(m.source, m.translations.first());
        }
        // Texts that are the same in both languages (or differ only by context) tell nothing.
        for (const TsMessage &m : german) {
            if (m_english.value(m.source) != m.translations.value(0))
                m_english.remove(m.source);
        }
        // Nor do English words that are German too ("Attribute", "Name", "Filter").
        for (const TsMessage &m : german) {
            for (const QString &translation : m.translations)
                m_english.remove(translation);
        }
    }

    void cleanupTestCase() { m_translations.uninstall(); }

    void theMainWindowIsInGerman()
    {
        DesktopScenes scenes;
        const QList<QAction *> menus = scenes.window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        auto *tabs = scenes.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Kontexte"));
        QVERIFY2(scenes.window->statusWidget()->text().contains(QStringLiteral("Kontexten")),
            qPrintable(scenes.window->statusWidget()->text()));
        // Numbers follow the language: a German thousands separator.
        QVERIFY2(scenes.window->statusWidget()->text().contains(QStringLiteral("5.000")),
            qPrintable(scenes.window->statusWidget()->text()));
    }

    void stringsOutsideWidgetClassesAreTranslatedToo()
    {
        // Texts made by helper functions and plain structs, whose catalogue context lupdate
        // derives from where the call is written.
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
        QCOMPARE(RelativeTime::format(now.addDays(-3), now), QStringLiteral("vor 3 Tagen"));
        QCOMPARE(RelativeTime::format(now.addSecs(-60), now), QStringLiteral("vor 1 Minute"));
        QString error;
        QVERIFY(!SavedViewStore::importFile("{}", &error));
        QCOMPARE(error, QStringLiteral("Dies ist keine Ansichtsdatei von contexts-browser."));
        QVERIFY(ApiError(ApiError::Kind::Unauthorized, QString(), 401)
                    .userMessage()
                    .startsWith(QStringLiteral("Der Server hat das Zugriffstoken abgelehnt")));
        const std::optional<ApiError> insecure
            = checkBaseUrl(QUrl(QStringLiteral("ftp://example.com")));
        QVERIFY(insecure);
        QCOMPARE(
            insecure->detail(), QStringLiteral("„ftp://example.com“ ist keine https://-Adresse"));

        DesktopScenes scenes;
        QMenu menu;
        ColumnMenu::populate(&menu, scenes.window->table(), &scenes.attributes);
        QStringList texts;
        const QList<QAction *> actions = menu.actions();
        for (const QAction *action : actions)
            texts.append(action->text());
        QVERIFY2(texts.contains(QStringLiteral("&Alle Spalten an Inhalt anpassen")),
            qPrintable(texts.join(QLatin1Char('|'))));
    }

    void noEnglishIsLeftOnScreen()
    {
        DesktopScenes scenes;
        QStringList left;
        const QList<DesktopScenes::Scene> all = scenes.scenes();
        for (const DesktopScenes::Scene &scene : all) {
            const QStringList found = audit::onEveryPage(
                scene.widget, [this, &scene] { return englishLeft(scene.widget); });
            for (const QString &text : found)
                left.append(scene.name + QStringLiteral(": ") + text);
        }
        QVERIFY2(left.isEmpty(),
            audit::failureMessage(QStringLiteral("English texts shown although the catalogue "
                                                 "translates them (a wrong context, or a text "
                                                 "made before the translator was installed)"),
                left)
                .constData());
    }

    void noTextIsCutOff()
    {
        DesktopScenes scenes;
        QStringList cut;
        const QList<DesktopScenes::Scene> all = scenes.scenes();
        for (const DesktopScenes::Scene &scene : all) {
            const QStringList found = audit::onEveryPage(
                scene.widget, [&scene] { return audit::truncatedTexts(scene.widget); });
            for (const QString &line : found)
                cut.append(scene.name + QStringLiteral(": ") + line);
        }
        QVERIFY2(cut.isEmpty(),
            audit::failureMessage(QStringLiteral("Texts cut off in German"), cut).constData());
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
