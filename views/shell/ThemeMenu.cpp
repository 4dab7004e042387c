#include "ThemeMenu.h"

#include <QActionGroup>

namespace ctx {

ThemeMenu::ThemeMenu(QWidget *parent, ThemeController *controller)
    : QMenu(tr("&Theme"), parent)
    , m_controller(controller ? controller : ThemeController::instance())
    , m_system(addAction(tr("&System")))
    , m_light(addAction(tr("&Light")))
    , m_dark(addAction(tr("&Dark")))
{
    using Theme = ThemeController::Theme;
    setObjectName(QStringLiteral("themeMenu"));
    setToolTipsVisible(true);
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const struct
    {
        QAction *action;
        Theme theme;
        const char *objectName;
        QString toolTip;
    } entries[] = {
        {m_system, Theme::System, "themeSystem",
            tr("The desktop's own style and colours, light or dark as the desktop is")},
        {m_light, Theme::Light, "themeLight", tr("Dark text on light backgrounds")},
        {m_dark, Theme::Dark, "themeDark", tr("Light text on dark backgrounds")},
    };
    for (const auto &entry : entries) {
        entry.action->setObjectName(QLatin1String(entry.objectName));
        entry.action->setCheckable(true);
        entry.action->setToolTip(entry.toolTip);
        entry.action->setStatusTip(entry.toolTip);
        group->addAction(entry.action);
        connect(entry.action, &QAction::triggered, this,
            [this, theme = entry.theme] { m_controller->setTheme(theme); });
    }
    connect(m_controller, &ThemeController::themeChanged, this, &ThemeMenu::showTheme);
    showTheme(m_controller->theme());
}

QAction *ThemeMenu::action(ThemeController::Theme theme) const
{
    switch (theme) {
    case ThemeController::Theme::Light:
        return m_light;
    case ThemeController::Theme::Dark:
        return m_dark;
    case ThemeController::Theme::System:
        break;
    }
    return m_system;
}

void ThemeMenu::showTheme(ThemeController::Theme theme)
{
    action(theme)->setChecked(true);
}

} // namespace ctx
