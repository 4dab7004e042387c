#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace ctx {

// The app's appearance: System (the platform's own style and palette, as they were when the
// app started, so that a desktop in dark mode gives a dark app), or Light / Dark (the Fusion
// style with a complete light or dark palette). The choice is saved in QSettings under
// "appearance/theme" ("system", "light", "dark") and applied at start before any window
// shows. One controller per application (instance()); ThemeMenu is its menu.
class ThemeController : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // The application's controller, created on first use (it captures the platform's style
    // and palette then, so call it before changing either).
    static ThemeController *instance();

    Theme theme() const { return m_theme; }
    // Applies `theme` and saves it as the choice for the next start.
    void setTheme(Theme theme);
    // Applies `theme` for this session only (--theme): nothing is saved.
    void applyForSession(Theme theme);
    // Applies the saved choice (System when none, or when the saved value is unknown).
    void applySaved();
    static Theme savedTheme();

    // Whether a palette is dark: its window colour's lightness is below the middle.
    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

    static QString name(Theme theme); // "system", "light", "dark"
    static std::optional<Theme> fromName(const QString &name);

    QString platformStyleName() const { return m_platformStyle; }
    QPalette platformPalette() const { return m_platformPalette; }

signals:
    void themeChanged(ctx::ThemeController::Theme theme);

private:
    explicit ThemeController(QObject *parent);
    void apply(Theme theme);

    QString m_platformStyle;
    QPalette m_platformPalette;
    QPalette m_platformToolTipPalette;
    Theme m_theme = Theme::System;
};

} // namespace ctx
