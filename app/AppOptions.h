#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace ctx {

// What the command line and the environment ask for. Names follow LaunchDarkly's CLI
// (ldcli): --base-uri, --project, --environment, LD_ACCESS_TOKEN, LD_BASE_URI,
// LD_PROJECT, LD_ENVIRONMENT.
struct AppOptions
{
    bool demo = false; // --demo; neither this nor baseUri: the connection used last
    int demoContexts = 5000;
    QUrl baseUri;
    QString project;
    QString environment;
    QString token; // only ever from LD_ACCESS_TOKEN, never from the command line
    QStringList kinds;
    QString screenshotPath;
    QString selectKind; // --select KIND:KEY
    QString selectKey;
    QString language; // --lang CODE (e.g. "de"); empty: the system's language
    QString theme; // --theme for this session: "system", "light" or "dark"; empty: the saved one
    QString filter; // --filter EXPR: the advanced filter text at start
    bool showFilterBuilder = false; // --filter-builder: the builder panel open at start
    bool verbose = false; // --verbose: log every request and reply on stderr (token redacted)

    // Parses arguments (and the environment through `env`). On error returns nullopt
    // and sets *error to a sentence for the person. On --help or --version returns nullopt,
    // sets *error to the text to print and *informational (when given) to true.
    static std::optional<AppOptions> parse(const QStringList &arguments,
        const std::function<QString(const char *)> &env, QString *error,
        bool *informational = nullptr);

    Q_DECLARE_TR_FUNCTIONS(ctx::AppOptions)
};

} // namespace ctx
