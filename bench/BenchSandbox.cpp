#include "BenchSandbox.h"

#include <cstdio>

BenchSandbox::~BenchSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

std::optional<QUrl> BenchSandbox::start(
    const QString &exe, const QString &db, int contexts, const QStringList &extra)
{
    m_process.setProgram(exe);
    m_process.setArguments(
        QStringList {QStringLiteral("--db"), db, QStringLiteral("--seed"),
            QString::number(contexts), QStringLiteral("--now"), QString::fromLatin1(now),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
            QString::fromLatin1(token)}
        + extra);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    while (m_process.state() != QProcess::NotRunning || m_process.canReadLine()) {
        if (m_process.canReadLine())
            return QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
        m_process.waitForReadyRead(1000);
    }
    std::fprintf(stderr, "contexts-sandbox stopped (exit code %d)\n", m_process.exitCode());
    return std::nullopt;
}
