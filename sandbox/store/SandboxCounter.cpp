#include "SandboxCounter.h"

#include "SandboxSql.h"
#include "SandboxSqlite.h"

#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxCounts = 256;

} // namespace

SandboxCounter::SandboxCounter(const QSqlDatabase &database)
{
    const QString name = database.databaseName();
    const QString options = database.connectOptions();
    m_thread = std::thread([this, name, options] { run(name, options); });
}

SandboxCounter::~SandboxCounter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        SandboxSqlite::interrupt(m_handle);
    }
    m_wake.notify_all();
    m_thread.join();
}

std::optional<qint64> SandboxCounter::count(
    const QString &key, const QString &sql, const QVariantList &binds)
{
    const std::lock_guard lock(m_mutex);
    if (const auto known = m_counts.constFind(key); known != m_counts.cend())
        return known.value();
    if (m_counts.size() >= kMaxCounts) {
        m_counts.clear();
        m_jobs.clear();
    }
    m_counts.insert(key, std::nullopt);
    m_jobs.push_back({key, sql, binds});
    m_wake.notify_one();
    return std::nullopt;
}

void SandboxCounter::run(const QString &databaseName, const QString &options)
{
    const QString connection = u"ctx-sandbox-counter-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        const bool open = db.open();
        {
            const std::lock_guard lock(m_mutex);
            m_handle = open ? SandboxSqlite::handle(db) : nullptr;
        }
        while (open) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            QSqlQuery query(db);
            const bool counted = sql::run(query, job.sql, job.binds, nullptr) && query.next();
            const std::lock_guard lock(m_mutex);
            if (counted)
                m_counts.insert(job.key, query.value(0).toLongLong());
            else
                m_counts.remove(job.key); // asked again, tried again
        }
        const std::lock_guard lock(m_mutex);
        m_handle = nullptr;
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace sandbox
