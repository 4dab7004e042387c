#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace sandbox {

// Counts list rows on a thread and a database connection of its own, so that a page never
// waits for a count that reads millions of rows (an attribute filter over a big environment):
// the first page of such a list goes without totalCount, and the pages after it have it once it
// is known. Each count is asked for once per key; the key names the data's version too.
class SandboxCounter
{
public:
    // Connects, on its thread, to the same database as `database` (file or shared memory).
    explicit SandboxCounter(const QSqlDatabase &database);
    ~SandboxCounter(); // an unfinished count is interrupted
    SandboxCounter(const SandboxCounter &) = delete;
    SandboxCounter &operator=(const SandboxCounter &) = delete;

    // The count of `sql` (SELECT COUNT(*) ...) if known; otherwise it is started (once) and
    // nothing is returned yet.
    std::optional<qint64> count(const QString &key, const QString &sql, const QVariantList &binds);

private:
    struct Job
    {
        QString key;
        QString sql;
        QVariantList binds;
    };
    void run(const QString &databaseName, const QString &options);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    QHash<QString, std::optional<qint64>> m_counts; // started: nothing yet; done: the count
    sqlite3 *m_handle = nullptr; // the worker's connection, to interrupt it
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace sandbox
