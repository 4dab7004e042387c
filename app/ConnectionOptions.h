#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ctx {

// The command-line options that say where to connect, shared by the window and `export`:
// --base-uri, --project and --environment, each with its environment variable.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    struct Values
    {
        QString baseUri;
        QString project;
        QString environment;
    };

    ConnectionOptions();

    QList<QCommandLineOption> all() const { return {baseUri, project, environment}; }
    bool anyKeySet(const QCommandLineParser &parser) const
    {
        return parser.isSet(project) || parser.isSet(environment);
    }
    // Each option's value, else its variable's (LD_BASE_URI, LD_PROJECT, LD_ENVIRONMENT).
    Values read(
        const QCommandLineParser &parser, const std::function<QString(const char *)> &env) const;

    QCommandLineOption baseUri;
    QCommandLineOption project;
    QCommandLineOption environment;
};

} // namespace ctx
