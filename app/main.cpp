#include "AppOptions.h"
#include "AppSession.h"
#include "ExportCommand.h"
#include "MainWindow.h"
#include "RequestLog.h"
#include "ScreenshotTaker.h"
#include "ThemeController.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return ctx::ExportCommand::main(argc, argv); // headless: no QApplication

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("contexts-browser"));
    QApplication::setApplicationDisplayName(QStringLiteral("Contexts Browser"));
    QApplication::setOrganizationName(QStringLiteral("contexts-browser"));
    QApplication::setApplicationVersion(QStringLiteral(CTX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.contexts_browser"));
    // The icon compiled in (resources/), else the installed theme's; the SVG needs libqt6svg6.
    QIcon icon(QStringLiteral(":/icons/io.github.contexts_browser.svg"));
    if (icon.pixmap(32).isNull())
        icon = QIcon::fromTheme(QStringLiteral("io.github.contexts_browser"));
    QApplication::setWindowIcon(icon);

    // The language first (--lang, else the system's), so that --help is translated too.
    ctx::Translations translations;
    translations.install(
        ctx::Translations::localeFor(ctx::Translations::languageArgument(QApplication::arguments()))
            .value_or(QLocale::system()));

    QString error;
    bool informational = false;
    const auto options = ctx::AppOptions::parse(
        QApplication::arguments(), [](const char *name) { return qEnvironmentVariable(name); },
        &error, &informational);
    if (!options) {
        std::fprintf(informational ? stdout : stderr, "%s\n", qPrintable(error));
        return informational ? 0 : 2;
    }

    ctx::setRequestLogEnabled(options->verbose);

    // The theme before any window exists: --theme for this session, else the saved choice.
    ctx::ThemeController *theme = ctx::ThemeController::instance();
    if (const auto chosen = ctx::ThemeController::fromName(options->theme))
        theme->applyForSession(*chosen);
    else
        theme->applySaved();

    ctx::AppSession session(*options);
    if (!session.start(&error)) {
        std::fprintf(stderr, "contexts-browser: %s\n", qPrintable(error));
        return 1;
    }
    std::unique_ptr<ctx::ScreenshotTaker> screenshot;
    if (!options->screenshotPath.isEmpty()) {
        screenshot = std::make_unique<ctx::ScreenshotTaker>(session.window(), session.contexts(),
            options->screenshotPath, options->selectKind.isEmpty() ? nullptr : session.detail());
    }
    session.window()->show();
    return QApplication::exec();
}
