#pragma once

#include "ContextColumn.h"
#include "ContextQuery.h"
#include "ExportWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ctx {

// What `contexts-browser export` is asked for:
//   contexts-browser export [--demo [--demo-contexts N] | --base-uri URL --project P
//     --environment E] [--kind K]... [--filter EXPR] [--columns ID,ID...] [--sort ts|-ts]
//     [--format csv|jsonl] [--output FILE]
// Connection names follow ldcli, as AppOptions does (LD_ACCESS_TOKEN, LD_BASE_URI,
// LD_PROJECT, LD_ENVIRONMENT). Unlike the GUI, nothing falls back to the demo: an export
// of made-up data must be asked for with --demo.
struct ExportOptions
{
    bool demo = false;
    int demoContexts = 5000;
    QUrl baseUri;
    QString project;
    QString environment;
    QString token; // only ever from LD_ACCESS_TOKEN
    QStringList kinds;
    QString filter;
    SortOrder sort = SortOrder::NewestFirst;
    QList<ContextColumn> columns = ContextColumn::defaults();
    ExportFormat format = ExportFormat::Csv; // default: from the output's suffix, else CSV
    QString outputPath; // empty: standard output
    bool verbose = false; // --verbose: log every request and reply on stderr (token redacted)

    // `arguments` as QCommandLineParser takes them: the program first, then the options
    // (without the word "export"). On --help or --version returns nullopt, sets *message
    // to the text and *exitCode to 0; on a usage error returns nullopt, sets *message to
    // one sentence and *exitCode to 2.
    static std::optional<ExportOptions> parse(const QStringList &arguments,
        const std::function<QString(const char *)> &env, QString *message, int *exitCode);

    Q_DECLARE_TR_FUNCTIONS(ctx::ExportOptions)
};

} // namespace ctx
