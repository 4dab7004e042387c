#pragma once

#include "ThemeController.h"

#include <QMenu>

class QAction;

namespace ctx {

// View → Theme: System, Light or Dark, one checked at a time, applied at once and saved
// (ThemeController). Follows changes made elsewhere (another window's menu, --theme).
// Actions are named "themeSystem", "themeLight" and "themeDark".
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    // `controller`: nullptr means ThemeController::instance().
    explicit ThemeMenu(QWidget *parent = nullptr, ThemeController *controller = nullptr);

    QAction *action(ThemeController::Theme theme) const;

private:
    void showTheme(ThemeController::Theme theme);

    ThemeController *m_controller;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
};

} // namespace ctx
