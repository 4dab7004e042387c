#pragma once

// The contexts-sandbox executable (SANDBOX_EXE) run as a person runs it, for the tests of its
// command line: started with the arguments given, left to serve while a check runs, stopped.

#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

struct SandboxRun
{
    int exitCode = -1; // -1: it started serving (and was stopped)
    QString stderrText;
    QUrl baseUrl;
};

// Starts the sandbox on a free port with the token "t" and `arguments`; once it prints its
// address (within `startMs`), `whileServing` runs and the sandbox is stopped. Otherwise its exit.
inline SandboxRun runSandbox(const QStringList &arguments,
    const std::function<void(const QUrl &)> &whileServing = {}, int startMs = 30000)
{
    QProcess process;
    process.setProgram(QStringLiteral(SANDBOX_EXE));
    process.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--token"), QStringLiteral("t")}
        + arguments);
    process.start();
    SandboxRun run;
    if (!process.waitForStarted(10000))
        return run;
    QDeadlineTimer deadline(startMs);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(200);
    if (process.canReadLine()) {
        run.baseUrl = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        if (whileServing)
            whileServing(run.baseUrl);
        process.terminate();
        process.waitForFinished(10000);
    } else {
        process.waitForFinished(10000);
        run.exitCode = process.exitCode();
    }
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}
