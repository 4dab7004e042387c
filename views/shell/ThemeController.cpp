#include "ThemeController.h"

#include "Settings.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace ctx {

namespace {

const QString fusion = QStringLiteral("Fusion");

struct Colours
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, text,
        button, buttonText, brightText, light, midlight, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited;
    QColor disabledText, disabledButton, disabledBase, disabledHighlight, disabledHighlightedText;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
    }
    // Disabled: the same surfaces, dimmed text, a muted selection.
    const QPalette::ColorGroup off = QPalette::Disabled;
    p.setColor(off, QPalette::Window, c.window);
    p.setColor(off, QPalette::WindowText, c.disabledText);
    p.setColor(off, QPalette::Base, c.disabledBase);
    p.setColor(off, QPalette::AlternateBase, c.disabledBase);
    p.setColor(off, QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(off, QPalette::ToolTipText, c.toolTipText);
    p.setColor(off, QPalette::PlaceholderText, c.disabledText);
    p.setColor(off, QPalette::Text, c.disabledText);
    p.setColor(off, QPalette::Button, c.disabledButton);
    p.setColor(off, QPalette::ButtonText, c.disabledText);
    p.setColor(off, QPalette::BrightText, c.brightText);
    p.setColor(off, QPalette::Light, c.light);
    p.setColor(off, QPalette::Midlight, c.midlight);
    p.setColor(off, QPalette::Mid, c.mid);
    p.setColor(off, QPalette::Dark, c.dark);
    p.setColor(off, QPalette::Shadow, c.shadow);
    p.setColor(off, QPalette::Highlight, c.disabledHighlight);
    p.setColor(off, QPalette::HighlightedText, c.disabledHighlightedText);
    p.setColor(off, QPalette::Link, c.disabledText);
    p.setColor(off, QPalette::LinkVisited, c.disabledText);
    return p;
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_platformStyle(QApplication::style() ? QApplication::style()->name() : QString())
    , m_platformPalette(QApplication::palette())
    , m_platformToolTipPalette(QToolTip::palette())
{
}

ThemeController *ThemeController::instance()
{
    static ThemeController *controller = nullptr;
    if (!controller) {
        Q_ASSERT(qApp);
        controller = new ThemeController(qApp);
        connect(controller, &QObject::destroyed, [] { controller = nullptr; });
    }
    return controller;
}

void ThemeController::setTheme(Theme theme)
{
    Settings().setValue(Settings::theme, name(theme));
    apply(theme);
}

void ThemeController::applyForSession(Theme theme)
{
    apply(theme);
}

void ThemeController::applySaved()
{
    apply(savedTheme());
}

ThemeController::Theme ThemeController::savedTheme()
{
    return fromName(Settings().value(Settings::theme)).value_or(Theme::System);
}

void ThemeController::apply(Theme theme)
{
    const QString style = theme == Theme::System ? m_platformStyle : fusion;
    if (!style.isEmpty()
        && QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle *created = QStyleFactory::create(style))
            QApplication::setStyle(created); // the application takes ownership
    }
    switch (theme) {
    case Theme::System:
        // The palette as captured, with its resolve mask: roles nobody set by hand are left to
        // the platform again, so that a later change of the desktop's colours reaches the app.
        QApplication::setPalette(m_platformPalette);
        QToolTip::setPalette(m_platformToolTipPalette);
        break;
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        QToolTip::setPalette(lightPalette()); // tooltips keep their own palette
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        QToolTip::setPalette(darkPalette());
        break;
    }
    const bool changed = theme != m_theme;
    m_theme = theme;
    if (changed)
        emit themeChanged(theme);
}

bool ThemeController::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    Colours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1f, 0x1f, 0x1f);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf4, 0xf5, 0xf7);
    c.toolTipBase = QColor(0xff, 0xff, 0xe1);
    c.toolTipText = QColor(0x1f, 0x1f, 0x1f);
    c.placeholder = QColor(0x6b, 0x6b, 0x6b); // 5.3:1 on white
    c.text = QColor(0x1f, 0x1f, 0x1f);
    c.button = QColor(0xef, 0xef, 0xef);
    c.buttonText = QColor(0x1f, 0x1f, 0x1f);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0x9f, 0x9f, 0x9f);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x2a, 0x6c, 0xc2); // white text on it: 5.2:1
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0b, 0x57, 0xd0);
    c.linkVisited = QColor(0x6f, 0x3a, 0xb0);
    c.disabledText = QColor(0x8c, 0x8c, 0x8c);
    c.disabledButton = QColor(0xe8, 0xe8, 0xe8);
    c.disabledBase = QColor(0xf3, 0xf3, 0xf3);
    c.disabledHighlight = QColor(0xc8, 0xc8, 0xc8);
    c.disabledHighlightedText = QColor(0x5a, 0x5a, 0x5a);
    return paletteOf(c);
}

QPalette ThemeController::darkPalette()
{
    Colours c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe8, 0xe8, 0xe8);
    c.base = QColor(0x1e, 0x1e, 0x20);
    c.alternateBase = QColor(0x27, 0x27, 0x2a);
    c.toolTipBase = QColor(0x3c, 0x3c, 0x40);
    c.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    c.placeholder = QColor(0x9a, 0x9a, 0x9a); // 6:1 on the base
    c.text = QColor(0xe8, 0xe8, 0xe8);
    c.button = QColor(0x3a, 0x3a, 0x3d);
    c.buttonText = QColor(0xe8, 0xe8, 0xe8);
    c.brightText = QColor(0xff, 0x80, 0x80);
    c.light = QColor(0x55, 0x55, 0x59);
    c.midlight = QColor(0x47, 0x47, 0x4b);
    c.mid = QColor(0x30, 0x30, 0x33);
    c.dark = QColor(0x20, 0x20, 0x22);
    c.shadow = QColor(0x10, 0x10, 0x10);
    c.highlight = QColor(0x2f, 0x6f, 0xd0); // white text on it: 4.8:1
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x7c, 0xb7, 0xff);
    c.linkVisited = QColor(0xc0, 0x9c, 0xff);
    c.disabledText = QColor(0x80, 0x80, 0x84);
    c.disabledButton = QColor(0x33, 0x33, 0x36);
    c.disabledBase = QColor(0x26, 0x26, 0x28);
    c.disabledHighlight = QColor(0x48, 0x48, 0x4c);
    c.disabledHighlightedText = QColor(0xa0, 0xa0, 0xa0);
    return paletteOf(c);
}

QString ThemeController::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeController::Theme> ThemeController::fromName(const QString &name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(ThemeController::name(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

} // namespace ctx
