#include "ExportOptions.h"

#include "ConnectionOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ctx {

std::optional<ExportOptions> ExportOptions::parse(const QStringList &arguments,
    const std::function<QString(const char *)> &env, QString *message, int *exitCode)
{
    *exitCode = 2;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export every context that matches to CSV or JSON Lines, without a window.\n\n"
           "The access token is read from LD_ACCESS_TOKEN. Progress goes to stderr when it is "
           "a terminal. Exit status: 0 done, 1 failed (nothing is left at --output), 2 bad "
           "usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Export from the built-in demo (a local sandbox with seeded data), environment "
           "demo / production."));
    const QCommandLineOption demoContexts(QStringLiteral("demo-contexts"),
        tr("How many contexts the demo seeds (default 5000)."), tr("N"));
    const ConnectionOptions where;
    const QCommandLineOption kind(
        QStringLiteral("kind"), tr("Export only this context kind (repeatable)."), tr("KIND"));
    const QCommandLineOption filter(QStringLiteral("filter"),
        tr("A filter in the API's grammar, e.g. 'name startsWith \"An\"'."), tr("EXPR"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        tr("Comma-separated columns: kind, key, name, lastSeen, source, or an attribute's "
           "JSON pointer such as /address/city (default kind,key,name,lastSeen,source)."),
        tr("LIST"));
    const QCommandLineOption sort(QStringLiteral("sort"),
        tr("ts (oldest first) or -ts (newest first, the default)."), tr("ORDER"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("csv or jsonl (default: from the output file's suffix, else csv)."), tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write, replaced only when the export is complete (default: standard "
           "output)."),
        tr("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        tr("Log every request and reply on stderr (the access token is never shown)."));
    parser.addOptions({demo, demoContexts});
    parser.addOptions(where.all());
    parser.addOptions({kind, filter, columns, sort, format, output, verbose});

    const auto usage = [message](const QString &text) {
        *message = text;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        *exitCode = 0;
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1Char('\n'));
        help.replace(
            0, end, tr("Usage: %1 export [options]").arg(QStringLiteral("contexts-browser")));
        return usage(help);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *exitCode = 0;
        return usage(QStringLiteral("contexts-browser " CTX_VERSION));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("Unexpected argument \"%1\". See contexts-browser export --help.")
                         .arg(parser.positionalArguments().first()));
    }

    ExportOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(demoContexts)) {
        bool ok = false;
        options.demoContexts = parser.value(demoContexts).toInt(&ok);
        if (!ok || options.demoContexts < 0 || options.demoContexts > 3'000'000)
            return usage(tr("--demo-contexts needs a number from 0 to 3000000."));
    }
    options.kinds = parser.values(kind);
    options.verbose = parser.isSet(verbose);
    options.filter = parser.value(filter).trimmed();
    if (parser.isSet(sort)) {
        const std::optional<SortOrder> order = sortFromText(parser.value(sort));
        if (!order || *order == SortOrder::Unsorted)
            return usage(tr("--sort takes ts (oldest first) or -ts (newest first)."));
        options.sort = *order;
    }
    if (parser.isSet(columns)) {
        options.columns.clear();
        for (const QString &list : parser.values(columns)) {
            for (const QString &part : list.split(QLatin1Char(','))) {
                const QString id = part.trimmed();
                if (id.isEmpty())
                    continue;
                const std::optional<ContextColumn> column = ContextColumn::fromId(id);
                if (!column) {
                    return usage(tr("Unknown column \"%1\": use kind, key, name, lastSeen, source "
                                    "or an attribute's JSON pointer such as /address/city.")
                                     .arg(id));
                }
                if (!options.columns.contains(*column))
                    options.columns.append(*column);
            }
        }
        if (options.columns.isEmpty())
            return usage(tr("--columns needs at least one column."));
    }
    options.outputPath = parser.value(output);
    if (options.outputPath == QLatin1String("-"))
        options.outputPath.clear();
    if (parser.isSet(format)) {
        const auto chosen = ExportWriter::formatFromName(parser.value(format));
        if (!chosen)
            return usage(tr("--format takes csv or jsonl."));
        options.format = *chosen;
    } else if (const auto bySuffix
        = ExportWriter::formatFromName(QFileInfo(options.outputPath).suffix())) {
        options.format = *bySuffix;
    }

    if (options.demo)
        return options;
    const ConnectionOptions::Values given = where.read(parser, env);
    const QString uriText = given.baseUri;
    options.project = given.project;
    options.environment = given.environment;
    options.token = env("LD_ACCESS_TOKEN");
    if (uriText.isEmpty()) {
        return usage(tr("Say what to export: --base-uri (or LD_BASE_URI) with --project and "
                        "--environment, or --demo."));
    }
    options.baseUri = QUrl(uriText, QUrl::StrictMode);
    if (!options.baseUri.isValid() || options.baseUri.scheme().isEmpty()
        || options.baseUri.host().isEmpty()) {
        return usage(
            tr("\"%1\" is not a valid base URI; use one like https://app.launchdarkly.com.")
                .arg(uriText));
    }
    if (options.project.isEmpty() || options.environment.isEmpty()) {
        return usage(tr("Give the project and environment keys with --project and --environment "
                        "(or LD_PROJECT and LD_ENVIRONMENT)."));
    }
    if (options.token.isEmpty())
        return usage(
            tr("No access token: set LD_ACCESS_TOKEN to a LaunchDarkly API access token."));
    return options;
}

} // namespace ctx
