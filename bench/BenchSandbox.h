#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <optional>

// contexts-sandbox as a child process for a benchmark: seeds (or reuses) a database file,
// listens on a free port and stops when this object goes. Its progress goes to stderr.
class BenchSandbox
{
public:
    static constexpr const char *token = "bench-token";
    static constexpr const char *now = "2026-11-20T10:00:00Z";

    BenchSandbox() = default;
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    // Starts `exe` on `db` (seeding `contexts` when the file is new) with `extra` arguments
    // (e.g. --latency-ms 300) and returns its base URL once it listens; nullopt when it stops.
    std::optional<QUrl> start(
        const QString &exe, const QString &db, int contexts, const QStringList &extra = {});

private:
    QProcess m_process;
};
