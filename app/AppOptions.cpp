#include "AppOptions.h"

#include "ConnectionOptions.h"
#include "ThemeController.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ctx {

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments,
    const std::function<QString(const char *)> &env, QString *error, bool *informational)
{
    if (informational)
        *informational = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse the contexts of a LaunchDarkly environment.\n\n"
           "The access token comes from the OS keychain (saved connections) or from "
           "LD_ACCESS_TOKEN; otherwise the app asks for it. Without --base-uri or --demo, the "
           "connection used last opens, else the built-in demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Open the built-in demo (a local sandbox with seeded data)."));
    const QCommandLineOption demoContexts(QStringLiteral("demo-contexts"),
        tr("How many contexts the demo seeds (default 5000)."), tr("N"));
    const ConnectionOptions where;
    const QCommandLineOption kind(
        QStringLiteral("kind"), tr("Show only this context kind (repeatable)."), tr("KIND"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Once the first page is shown, save the window as a PNG and exit."), tr("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
        tr("Open the details of this context once the list is loaded."), tr("KIND:KEY"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Show the app in this language instead of the system's, e.g. de or en."), tr("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        tr("The theme for this session: system, light or dark (the saved choice is kept)."),
        tr("THEME"));
    const QCommandLineOption filter(QStringLiteral("filter"),
        tr("Start with this filter in the API's grammar, e.g. 'name startsWith \"An\"'."),
        tr("EXPR"));
    const QCommandLineOption filterBuilder(
        QStringLiteral("filter-builder"), tr("Start with the filter builder shown."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        tr("Log every request and reply on stderr (the access token is never shown)."));
    parser.addOptions({demo, demoContexts});
    parser.addOptions(where.all());
    parser.addOptions({kind, select, screenshot, lang, theme, filter, filterBuilder, verbose});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        *error = parser.isSet(QStringLiteral("help"))
            ? parser.helpText()
            : QStringLiteral("contexts-browser " CTX_VERSION);
        if (informational)
            *informational = true;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument \"%1\". See --help.")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    AppOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(demoContexts)) {
        bool ok = false;
        options.demoContexts = parser.value(demoContexts).toInt(&ok);
        if (!ok || options.demoContexts < 0 || options.demoContexts > 3'000'000) {
            *error = tr("--demo-contexts needs a number from 0 to 3000000.");
            return std::nullopt;
        }
    }
    const ConnectionOptions::Values given = where.read(parser, env);
    const QString uriText = given.baseUri;
    options.project = given.project;
    options.environment = given.environment;
    options.token = env("LD_ACCESS_TOKEN");
    options.kinds = parser.values(kind);
    options.screenshotPath = parser.value(screenshot);
    options.verbose = parser.isSet(verbose);
    options.filter = parser.value(filter).trimmed();
    options.showFilterBuilder = parser.isSet(filterBuilder);
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (!Translations::localeFor(options.language)) {
            *error = tr("--lang needs a language code, e.g. de or en; \"%1\" is none.")
                         .arg(options.language);
            return std::nullopt;
        }
    }
    if (parser.isSet(theme)) {
        const auto chosen = ThemeController::fromName(parser.value(theme));
        if (!chosen) {
            *error = tr("--theme takes system, light or dark.");
            return std::nullopt;
        }
        options.theme = ThemeController::name(*chosen);
    }
    if (parser.isSet(select)) {
        const QString value = parser.value(select);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == value.size() - 1) {
            *error = tr("--select needs KIND:KEY, e.g. user:user-key-123abc.");
            return std::nullopt;
        }
        options.selectKind = value.left(colon);
        options.selectKey = value.mid(colon + 1);
    }

    if (options.demo)
        return options;
    if (uriText.isEmpty()) {
        if (where.anyKeySet(parser)) {
            *error = tr("--project and --environment need --base-uri (or LD_BASE_URI).");
            return std::nullopt;
        }
        return options; // no connection given: the one used last, else the demo
    }
    options.baseUri = QUrl(uriText, QUrl::StrictMode);
    if (!options.baseUri.isValid() || options.baseUri.scheme().isEmpty()
        || options.baseUri.host().isEmpty()) {
        *error = tr("\"%1\" is not a valid base URI; use one like https://app.launchdarkly.com.")
                     .arg(uriText);
        return std::nullopt;
    }
    if (options.project.isEmpty() || options.environment.isEmpty()) {
        *error = tr("Give the project and environment keys with --project and --environment "
                    "(or LD_PROJECT and LD_ENVIRONMENT).");
        return std::nullopt;
    }
    return options; // without LD_ACCESS_TOKEN the app asks for the token
}

} // namespace ctx
