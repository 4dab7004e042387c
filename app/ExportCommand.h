#pragma once

#include "ExportOptions.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

class QFile;
class QSocketNotifier;

namespace sandbox {
class SandboxServer;
}

namespace ctx {

class ContextExporter;
class RestContextsApi;

// `contexts-browser export ...`: the headless export (QCoreApplication only, no display).
// Writes to --output (replaced only when complete) or to stdout page by page; progress
// goes to stderr when stderr is a terminal. Exit status: 0 done, 1 failed with one line on
// stderr ("contexts-browser export: <sentence>"), 2 bad usage, 130 interrupted (Ctrl+C or
// SIGTERM: the export is cancelled and no file is left), 141 without a message when the
// reader of stdout went away (`... | head`).
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    // The whole command: argv[1] is "export". Creates the QCoreApplication.
    static int main(int argc, char *argv[]);

    explicit ExportCommand(ExportOptions options, QObject *parent = nullptr);
    ~ExportCommand() override;

    // Starts the export. Returns an exit code when it could not start (after printing
    // why); otherwise nullopt, and done() reports the exit code later.
    std::optional<int> start();
    // Cancels a running export (done(130) follows).
    void interrupt();

signals:
    void done(int exitCode);

private:
    void onProgress(qint64 written, std::optional<qint64> total);
    void onFinished(qint64 written);
    void onFailed(const QString &message);
    void onCancelled();
    void endProgressLine();
    void watchSignals();

    ExportOptions m_options;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<RestContextsApi> m_api;
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<ContextExporter> m_exporter; // goes first: it uses the API
    std::unique_ptr<QSocketNotifier> m_signals;
    bool m_showProgress = false;
    bool m_progressShown = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace ctx
