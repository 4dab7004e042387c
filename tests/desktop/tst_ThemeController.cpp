#include "ConnectionSwitcher.h"
#include "Settings.h"
#include "ThemeController.h"
#include "ThemeMenu.h"
#include "ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolTip>

using namespace ctx;
using Theme = ThemeController::Theme;

// View → Theme as a person uses it: Dark makes the whole app dark, Light light, System gives
// back the desktop's own look; the choice survives a restart; the menu shows the one in use.
class tst_ThemeController : public QObject
{
    Q_OBJECT

private:
    ThemeController *m_controller = nullptr;
    QString m_originalStyle;
    QColor m_originalWindow;
    QColor m_originalText;

    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private slots:
    void initTestCase()
    {
        QSettings().remove(QString(Settings::theme.key));
        m_originalStyle = QApplication::style()->name();
        m_originalWindow = QApplication::palette().color(QPalette::Window);
        m_originalText = QApplication::palette().color(QPalette::WindowText);
        m_controller = ThemeController::instance();
        QCOMPARE(m_controller->theme(), Theme::System);
    }

    void cleanup() { m_controller->setTheme(Theme::System); }

    void darkMakesTheAppDarkAndLightMakesItLight()
    {
        QWidget window;
        window.show();
        m_controller->setTheme(Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        // Windows already open follow (Qt delivers the change through the event loop).
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 128);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(ThemeController::isDark(QApplication::palette()));

        m_controller->setTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        QVERIFY(!ThemeController::isDark(QApplication::palette()));
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() >= 128);
    }

    void bothPalettesAreCompleteAndReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void bothPalettesAreCompleteAndReadable()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? ThemeController::darkPalette() : ThemeController::lightPalette();
        QCOMPARE(ThemeController::isDark(p), dark);
        // Text on its own background: at least 4.5:1 (WCAG AA), in the active group.
        const struct
        {
            QPalette::ColorRole text, background;
        } pairs[] = {{QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::Link, QPalette::Base},
            {QPalette::PlaceholderText, QPalette::Base}};
        for (const auto &pair : pairs) {
            const double ratio = contrast(
                p.color(QPalette::Active, pair.text), p.color(QPalette::Active, pair.background));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("roles %1 on %2: %3:1")
                               .arg(pair.text)
                               .arg(pair.background)
                               .arg(ratio, 0, 'f', 2)));
        }
        // Disabled text is dimmer than enabled text but still there.
        const double enabled
            = contrast(p.color(QPalette::Active, QPalette::Text), p.color(QPalette::Base));
        const double disabled = contrast(p.color(QPalette::Disabled, QPalette::Text),
            p.color(QPalette::Disabled, QPalette::Base));
        QVERIFY(disabled < enabled);
        QVERIFY(disabled >= 1.8);
        // Every role of every group is set on purpose, none left to a default.
        for (const QPalette::ColorGroup group :
            {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                const auto r = static_cast<QPalette::ColorRole>(role);
                if (r == QPalette::NoRole)
                    continue;
                QVERIFY2(p.isBrushSet(group, r),
                    qPrintable(QStringLiteral("group %1 role %2 not set").arg(group).arg(role)));
            }
        }
    }

    void theChoiceIsSavedAndRestored()
    {
        QSignalSpy changed(m_controller, &ThemeController::themeChanged);
        m_controller->setTheme(Theme::Dark);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            QSettings().value(QString(Settings::theme.key)).toString(), QStringLiteral("dark"));
        QCOMPARE(ThemeController::savedTheme(), Theme::Dark);

        // The next start: the saved choice is applied before any window shows.
        m_controller->applyForSession(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_originalWindow);
        m_controller->applySaved();
        QCOMPARE(m_controller->theme(), Theme::Dark);
        QVERIFY(ThemeController::isDark(QApplication::palette()));

        // --theme overrides for the session without touching the saved choice.
        m_controller->applyForSession(Theme::Light);
        QCOMPARE(m_controller->theme(), Theme::Light);
        QCOMPARE(ThemeController::savedTheme(), Theme::Dark);

        // An unknown saved value falls back to System.
        QSettings().setValue(QString(Settings::theme.key), QStringLiteral("purple"));
        m_controller->applySaved();
        QCOMPARE(m_controller->theme(), Theme::System);
    }

    void systemGivesBackTheOriginalLook()
    {
        m_controller->setTheme(Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window) != m_originalWindow
            || m_originalWindow.lightness() < 128);
        m_controller->setTheme(Theme::System);
        QCOMPARE(QApplication::style()->name(), m_originalStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_originalWindow);
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), m_originalText);
        QCOMPARE(
            QSettings().value(QString(Settings::theme.key)).toString(), QStringLiteral("system"));
    }

    void theMenuChoosesAndFollows()
    {
        ThemeMenu menu(nullptr, m_controller);
        QCOMPARE(menu.title(), QStringLiteral("&Theme"));
        QAction *system = menu.findChild<QAction *>(QStringLiteral("themeSystem"));
        QAction *light = menu.findChild<QAction *>(QStringLiteral("themeLight"));
        QAction *dark = menu.findChild<QAction *>(QStringLiteral("themeDark"));
        QVERIFY(system);
        QVERIFY(light);
        QVERIFY(dark);
        QVERIFY(system->isChecked());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(!system->isChecked());
        QCOMPARE(m_controller->theme(), Theme::Dark);
        QVERIFY(ThemeController::isDark(QApplication::palette()));
        // Chosen elsewhere (another window's menu): this one follows.
        m_controller->setTheme(Theme::Light);
        QVERIFY(light->isChecked());
        QVERIFY(!dark->isChecked());
    }

    void theNamesOfTheCommandLine()
    {
        QCOMPARE(ThemeController::fromName(QStringLiteral("dark")), std::optional(Theme::Dark));
        QCOMPARE(ThemeController::fromName(QStringLiteral("Light")), std::optional(Theme::Light));
        QCOMPARE(ThemeController::fromName(QStringLiteral("system")), std::optional(Theme::System));
        QVERIFY(!ThemeController::fromName(QStringLiteral("sepia")));
        QCOMPARE(ThemeController::name(Theme::Dark), QStringLiteral("dark"));
    }

    void removeButtonsShowOnBothBackgrounds()
    {
        // The cross of "remove condition": Fusion's own is near black. Ours is drawn in the
        // palette's button text colour, and follows a theme change by itself.
        const QIcon cross = ThemedIcon::standard(QStyle::SP_DialogCloseButton);
        for (const Theme theme : {Theme::Dark, Theme::Light}) {
            m_controller->setTheme(theme);
            const QImage image = cross.pixmap(16, 16).toImage();
            QColor ink;
            for (int y = 0; y < image.height() && !ink.isValid(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixelColor(x, y).alpha() == 255) {
                        ink = image.pixelColor(x, y);
                        break;
                    }
                }
            }
            QVERIFY(ink.isValid());
            const QColor button = QApplication::palette().color(QPalette::Button);
            QVERIFY2(contrast(ink, button) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), button.name())));
        }
        QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase),
            ThemeController::lightPalette().color(QPalette::ToolTipBase));
    }

    void theConnectionSwatchStaysVisibleOnBothBackgrounds()
    {
        // A black connection colour on the dark window, a white one on the light window:
        // the swatch's outline still shows where it is.
        for (const auto &[colour, theme] : {std::pair {QStringLiteral("#000000"), Theme::Dark},
                 std::pair {QStringLiteral("#ffffff"), Theme::Light}}) {
            m_controller->setTheme(theme);
            const QImage swatch = ConnectionSwitcher::swatch(colour).pixmap(16, 16).toImage();
            const QColor window = QApplication::palette().color(QPalette::Window);
            const QColor outline = swatch.pixelColor(8, 1); // the top edge
            QVERIFY2(contrast(outline, window) >= 2.0,
                qPrintable(QStringLiteral("%1 on %2: outline %3")
                               .arg(colour, window.name(), outline.name())));
        }
    }
};

QTEST_MAIN(tst_ThemeController)
#include "tst_ThemeController.moc"
