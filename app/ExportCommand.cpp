#include "ExportCommand.h"

#include "ContextExporter.h"
#include "RequestLog.h"
#include "RestContextsApi.h"
#include "SandboxServer.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

namespace ctx {

namespace {

const QString demoProject = QStringLiteral("demo");
const QString demoEnvironment = QStringLiteral("production");
constexpr int interruptedExitCode = 130; // 128 + SIGINT
constexpr int brokenPipeExitCode = 141; // 128 + SIGPIPE

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(signalPipe[1], &byte, 1);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "contexts-browser export: %s\n", qPrintable(message));
    std::fflush(stderr);
}

// True when stdout is a pipe whose reader has gone (`... | head`): Qt ignores SIGPIPE, so
// writes fail with EPIPE instead of ending the process as they would in other tools.
bool stdoutReaderGone()
{
    pollfd descriptor {STDOUT_FILENO, POLLOUT, 0};
    return ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & POLLERR) != 0;
}

QString countText(qint64 written, std::optional<qint64> total)
{
    const QLocale locale;
    if (total && *total > 0 && *total >= written) {
        return ExportCommand::tr("Exported %1 of ~%2 contexts")
            .arg(locale.toString(written), locale.toString(*total));
    }
    return ExportCommand::tr("Exported %1 contexts").arg(locale.toString(written));
}

} // namespace

int ExportCommand::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contexts-browser"));
    QCoreApplication::setOrganizationName(QStringLiteral("contexts-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTX_VERSION));
    Translations translations; // messages in the system's language
    translations.install(QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1); // "export"
    QString message;
    int exitCode = 2;
    const std::optional<ExportOptions> options = ExportOptions::parse(
        arguments, [](const char *name) { return qEnvironmentVariable(name); }, &message,
        &exitCode);
    if (!options) {
        if (exitCode == 0)
            std::fprintf(stdout, "%s\n", qPrintable(message));
        else
            printError(message);
        return exitCode;
    }

    setRequestLogEnabled(options->verbose);
    ExportCommand command(*options);
    if (const std::optional<int> code = command.start())
        return *code;
    QObject::connect(
        &command, &ExportCommand::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

ExportCommand::ExportCommand(ExportOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

ExportCommand::~ExportCommand()
{
    m_exporter.reset(); // before the client it uses, the client before the server
    m_api.reset();
    m_sandbox.reset();
    if (m_signals) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

std::optional<int> ExportCommand::start()
{
    Connection connection;
    EnvironmentRef environment;
    if (m_options.demo) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.seedContexts = m_options.demoContexts;
        sandboxOptions.legacySort = true; // as the demo in the window
        QString sandboxError;
        if (!m_sandbox->start(sandboxOptions, &sandboxError)) {
            printError(tr("The demo could not start: %1").arg(sandboxError));
            return 1;
        }
        connection.baseUrl = m_sandbox->baseUrl();
        connection.token = m_sandbox->token();
        environment = {demoProject, demoEnvironment};
    } else {
        connection.baseUrl = m_options.baseUri;
        connection.token = m_options.token;
        environment = {m_options.project, m_options.environment};
    }
    if (const auto problem = checkBaseUrl(connection.baseUrl)) {
        printError(problem->userMessage());
        return 1;
    }

    ExportRequest request;
    request.environment = environment;
    request.query.kinds = m_options.kinds;
    request.query.filter = m_options.filter;
    request.query.sort = m_options.sort;
    request.columns = m_options.columns;
    request.format = m_options.format;

    m_api = std::make_unique<RestContextsApi>(connection);
    m_exporter = std::make_unique<ContextExporter>(m_api.get());
    connect(m_exporter.get(), &ContextExporter::progress, this, &ExportCommand::onProgress);
    connect(m_exporter.get(), &ContextExporter::finished, this, &ExportCommand::onFinished);
    connect(m_exporter.get(), &ContextExporter::failed, this, &ExportCommand::onFailed);
    connect(m_exporter.get(), &ContextExporter::cancelled, this, &ExportCommand::onCancelled);
    m_showProgress = ::isatty(STDERR_FILENO) == 1;
    m_sinceProgress.start();
    watchSignals();

    if (m_options.outputPath.isEmpty()) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            printError(tr("Could not open the standard output: %1").arg(m_stdout->errorString()));
            return 1;
        }
        m_exporter->start(request, m_stdout.get());
    } else {
        m_exporter->start(request, m_options.outputPath);
    }
    return std::nullopt;
}

void ExportCommand::interrupt()
{
    m_exporter->cancel();
}

void ExportCommand::watchSignals()
{
    if (signalPipe[0] < 0 && ::pipe(signalPipe) != 0)
        return; // no pipe: Ctrl+C simply ends the process (the destination is untouched)
    m_signals = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    connect(m_signals.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t ignored = ::read(signalPipe[0], &byte, 1);
        interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // a second Ctrl+C ends the process at once
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void ExportCommand::onProgress(qint64 written, std::optional<qint64> total)
{
    if (!m_showProgress || m_sinceProgress.elapsed() < 100)
        return;
    m_sinceProgress.restart();
    std::fprintf(stderr, "\r%s\033[K", qPrintable(countText(written, total)));
    std::fflush(stderr);
    m_progressShown = true;
}

void ExportCommand::endProgressLine()
{
    if (m_progressShown)
        std::fputs("\r\033[K", stderr);
    m_progressShown = false;
}

void ExportCommand::onFinished(qint64 written)
{
    if (m_stdout)
        m_stdout->flush();
    if (m_showProgress) {
        endProgressLine();
        const QString where = m_options.outputPath.isEmpty()
            ? tr("the standard output")
            : QDir::toNativeSeparators(m_options.outputPath);
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("Exported %1 contexts to %2.").arg(QLocale().toString(written), where)));
        std::fflush(stderr);
    }
    emit done(0);
}

void ExportCommand::onFailed(const QString &message)
{
    endProgressLine();
    if (m_options.outputPath.isEmpty() && stdoutReaderGone()) {
        emit done(brokenPipeExitCode); // quietly, like any tool whose reader stopped reading
        return;
    }
    QString line = message;
    if (m_options.outputPath.isEmpty() && m_exporter->written() > 0) {
        line += QLatin1Char(' ')
            + tr("The output is incomplete: only %1 contexts were written.")
                  .arg(QLocale().toString(m_exporter->written()));
    }
    printError(line);
    emit done(1);
}

void ExportCommand::onCancelled()
{
    endProgressLine();
    printError(m_options.outputPath.isEmpty()
            ? tr("Interrupted. The output is incomplete: only %1 contexts were written.")
                  .arg(QLocale().toString(m_exporter->written()))
            : tr("Interrupted. Nothing was saved."));
    emit done(interruptedExitCode);
}

} // namespace ctx
