#include "SandboxSeeder.h"

#include "SandboxAttributeIndex.h"
#include "SandboxEntities.h"
#include "SandboxFlagSeeder.h"
#include "SandboxRandom.h"
#include "SandboxSchema.h"
#include "SandboxSeedRecord.h"
#include "SandboxSeedWriter.h"
#include "SandboxSql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 86400000;
constexpr quint64 kSeed = 0x5eed00c0ffee2026ULL;
// Memory SQLite may use while loading and sorting (KiB): the index sorts stay in memory.
constexpr int kSeedCacheKiB = 512 * 1024;

struct KindSeed
{
    const char *key;
    const char *name;
    const char *description;
    int version;
    int createdDaysAgo;
    const char *createdFrom;
    bool archived;
};
const KindSeed kKinds[] = {
    {"user", "user", "People who use the product", 1, 700, "default", false},
    {"organization", "organization", "Customer organizations and their sites", 2, 420, "auto-add",
        false},
    {"device", "device", "Phones, tablets and computers running the apps", 1, 380, "auto-add",
        false},
    {"location", "Location", "Physical sites, for regional rollouts", 3, 200, "manual", false},
    {"service", "Service", "Back-end services (no longer targeted)", 2, 150, "manual", true},
};

quint64 environmentSalt(const QString &environment)
{
    return environment == u"production" ? kSeed : SandboxRandom::mix(kSeed + 1);
}

// The environment as the flag seeder needs it: three of its seeded users for "internal-staff".
SandboxFlagSeeder::Environment flagEnvironment(qint64 id, const QString &key, qint64 nowMs)
{
    const SandboxEntities entities(environmentSalt(key), nowMs);
    return {id, key, {entities.user(0).key, entities.user(1).key, entities.user(2).key}};
}

QString environmentId(const QString &project, const QString &environment)
{
    const QByteArray digest = QCryptographicHash::hash(
        (project + u'/' + environment).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.first(12).toHex());
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The connection's settings for a bulk load, put back as they were when it ends.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(const QSqlDatabase &db)
        : m_query(db)
    {
        m_journal = value(u"PRAGMA journal_mode"_s).toLower();
        m_synchronous = value(u"PRAGMA synchronous"_s);
        m_cacheSize = value(u"PRAGMA cache_size"_s);
        run(u"PRAGMA foreign_keys = OFF"_s);
        run(u"PRAGMA journal_mode = OFF"_s);
        run(u"PRAGMA synchronous = OFF"_s);
        run(u"PRAGMA cache_size = -%1"_s.arg(kSeedCacheKiB));
        run(u"PRAGMA temp_store = MEMORY"_s);
        run(u"PRAGMA threads = 2"_s);
        if (m_journal != u"memory")
            run(u"PRAGMA locking_mode = EXCLUSIVE"_s);
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

    ~BulkLoadSettings()
    {
        if (m_journal != u"memory") {
            run(u"PRAGMA locking_mode = NORMAL"_s);
            run(u"SELECT COUNT(*) FROM meta"_s); // releases the exclusive lock
        }
        run(u"PRAGMA journal_mode = "_s + (m_journal.isEmpty() ? u"delete"_s : m_journal));
        if (!m_synchronous.isEmpty())
            run(u"PRAGMA synchronous = "_s + m_synchronous);
        if (!m_cacheSize.isEmpty())
            run(u"PRAGMA cache_size = "_s + m_cacheSize);
        run(u"PRAGMA temp_store = DEFAULT"_s);
        run(u"PRAGMA threads = 0"_s);
        run(u"PRAGMA foreign_keys = ON"_s);
    }

private:
    QString value(const QString &sql)
    {
        return m_query.exec(sql) && m_query.next() ? m_query.value(0).toString() : QString();
    }
    void run(const QString &sql)
    {
        m_query.exec(sql);
        m_query.finish();
    }

    QSqlQuery m_query;
    QString m_journal;
    QString m_synchronous;
    QString m_cacheSize;
};

} // namespace

SandboxSeeder::SandboxSeeder(const QSqlDatabase &database, qint64 nowMs, bool nowIsExplicit)
    : m_db(database)
    , m_nowMs(nowMs)
    , m_nowIsExplicit(nowIsExplicit)
{
}

void SandboxSeeder::report(int percent, const QString &what) const
{
    if (m_progress)
        m_progress(percent, what);
}

bool SandboxSeeder::seed(int contexts, QString *error)
{
    contexts = std::max(0, contexts);
    const std::optional<SandboxSeedRecord> record = SandboxSeedRecord::read(m_db);
    if (record && record->state == SandboxSeedRecord::State::Complete) {
        if (record->contexts == contexts && record->version == kVersion
            && (!m_nowIsExplicit || record->nowMs == m_nowMs)) {
            m_outcome = Outcome::Reused;
            return true;
        }
        if (error)
            *error = u"the database holds another seed (%1 contexts counted back from %2, "
                     "generator version %3) than the one asked for (%4 contexts counted back "
                     "from %5, version %6); delete it or use another database file to seed anew"_s
                         .arg(record->contexts)
                         .arg(timeText(record->nowMs))
                         .arg(record->version)
                         .arg(contexts)
                         .arg(m_nowIsExplicit ? timeText(m_nowMs) : u"any time"_s)
                         .arg(kVersion);
        return false;
    }
    if (!record) {
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT 1 FROM projects WHERE key = 'demo'"_s);
        if (exists.exec() && exists.next()) {
            exists.finish();
            m_outcome = Outcome::Kept;
            return seedMissingFlags(error);
        }
    }
    // Nothing seeded yet, or a seed that was interrupted: write it (again).
    m_outcome = Outcome::Seeded;
    if (record && !clear(error))
        return false;
    return seedFresh(contexts, error);
}

bool SandboxSeeder::seedMissingFlags(QString *error)
{
    // A database written before flags existed: add them, keeping everything else.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT p.id, (SELECT COUNT(*) FROM flags f WHERE f.project_id = p.id)"
                  " FROM projects p WHERE p.key = 'demo'"_s);
    if (!query.exec() || !query.next() || query.value(1).toLongLong() > 0)
        return true;
    const qint64 projectId = query.value(0).toLongLong();
    query.prepare(u"SELECT id, key FROM environments WHERE project_id = ? ORDER BY id"_s);
    query.addBindValue(projectId);
    QList<SandboxFlagSeeder::Environment> environments;
    if (query.exec()) {
        while (query.next())
            environments.append(
                flagEnvironment(query.value(0).toLongLong(), query.value(1).toString(), m_nowMs));
    }
    query.finish();
    if (!m_db.transaction()) {
        if (error)
            *error = u"Cannot start the seeding transaction: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    if (!SandboxFlagSeeder(m_db, m_nowMs).seed(projectId, environments, error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

bool SandboxSeeder::clear(QString *error)
{
    // Without triggers and foreign keys, DELETE drops a whole table at once (the seed creates
    // the triggers and indexes again).
    if (!SandboxSchema::prepareBulkLoad(m_db, error))
        return false;
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA foreign_keys = OFF"_s);
    for (const QString &table :
        {u"context_instances"_s, u"context_keys"_s, u"context_names"_s, u"contexts"_s,
            u"instances"_s, u"attribute_values"_s, u"attribute_names"_s, u"segments"_s,
            u"flag_configs"_s, u"flags"_s, u"context_kinds"_s, u"environments"_s, u"projects"_s}) {
        if (!query.exec(u"DELETE FROM "_s + table)) {
            if (error)
                *error = u"Cannot clear the interrupted seed: "_s + query.lastError().text();
            query.exec(u"PRAGMA foreign_keys = ON"_s);
            return false;
        }
    }
    query.exec(u"PRAGMA foreign_keys = ON"_s);
    return true;
}

bool SandboxSeeder::seedFresh(int contexts, QString *error)
{
    report(0, u"planning"_s);
    SandboxSeedRecord record {contexts, m_nowMs, kVersion, SandboxSeedRecord::State::Seeding};
    if (!record.write(m_db, error))
        return false;
    const BulkLoadSettings settings(m_db);
    if (!SandboxSchema::prepareBulkLoad(m_db, error) || !seedInTransaction(contexts, error))
        return false;
    const int indexes = static_cast<int>(SandboxSchema::indexesAfterLoad().size());
    int created = 0;
    const bool indexed = SandboxSchema::createIndexes(
        m_db,
        [&](const QString &name) {
            report(70 + 29 * created++ / std::max(1, indexes), u"creating the index "_s + name);
        },
        error);
    if (!indexed)
        return false;
    record.state = SandboxSeedRecord::State::Complete;
    if (!record.write(m_db, error))
        return false;
    report(100, u"done"_s);
    return true;
}

bool SandboxSeeder::seedInTransaction(int contexts, QString *error)
{
    QSqlQuery query(m_db);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        // With the journal off a rollback is not possible: keep what was written; the seed
        // record still says "seeding", so the next start replaces it.
        m_db.commit();
        return false;
    };
    auto run = [&](const QString &sql, const QVariantList &binds) {
        return sql::run(query, sql, binds, nullptr);
    };
    const auto writeFailed
        = [&] { return fail(u"Cannot write the seed data: %1"_s.arg(query.lastError().text())); };

    // The aggregates are written with the rows; they are complete if there was nothing else.
    const bool aggregatesComplete = !run(u"SELECT 1 FROM contexts LIMIT 1"_s, {}) || !query.next();
    query.finish();
    if (!m_db.transaction()) {
        if (error)
            *error = u"Cannot start the seeding transaction: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    if (!run(u"INSERT INTO projects (key, name, created_ms) VALUES ('demo', 'Demo project', ?)"_s,
            {m_nowMs - 800 * kDayMs}))
        return writeFailed();
    const qint64 projectId = query.lastInsertId().toLongLong();
    for (const KindSeed &kind : kKinds) {
        const qint64 created = m_nowMs - kind.createdDaysAgo * kDayMs;
        if (!run(u"INSERT INTO context_kinds (project_id, key, name, description, version,"
                 " creation_ms, modified_ms, created_from, archived, hide_in_targeting)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {projectId, QString::fromLatin1(kind.key), QString::fromLatin1(kind.name),
                    QString::fromLatin1(kind.description), kind.version, created,
                    created + qint64(kind.version - 1) * 17 * kDayMs + 3600000,
                    QString::fromLatin1(kind.createdFrom), kind.archived ? 1 : 0,
                    kind.archived ? 1 : 0}))
            return writeFailed();
    }

    const struct
    {
        QString key;
        QString name;
        int contexts;
    } environments[] = {
        {u"production"_s, u"Production"_s, contexts},
        {u"staging"_s, u"Staging"_s, contexts > 0 ? std::max(5, contexts / 10) : 0},
    };
    QList<SandboxFlagSeeder::Environment> flagEnvironments;
    QList<SandboxSeedWriter::Environment> written;
    for (const auto &environment : environments) {
        if (!run(u"INSERT INTO environments (project_id, key, name, environment_id)"
                 " VALUES (?, ?, ?, ?)"_s,
                {projectId, environment.key, environment.name,
                    environmentId(u"demo"_s, environment.key)}))
            return writeFailed();
        const qint64 envId = query.lastInsertId().toLongLong();
        flagEnvironments.append(flagEnvironment(envId, environment.key, m_nowMs));
        written.append({envId, environmentSalt(environment.key), environment.contexts,
            environment.key == u"production" && environment.contexts >= 10});
    }

    SandboxSeedWriter writer(m_db, m_nowMs);
    QString message;
    const bool ok = writer.write(
        written,
        [this](qint64 done, qint64 total) {
            if (total > 0)
                report(2 + static_cast<int>(68 * done / total),
                    u"writing rows: %1 of %2"_s.arg(done).arg(total));
        },
        &message);
    if (!ok)
        return fail(message);
    if (!SandboxFlagSeeder(m_db, m_nowMs).seed(projectId, flagEnvironments, &message))
        return fail(message);
    const QHash<QString, qint64> lastSeen = writer.lastSeenByKind();
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it) {
        if (!run(u"UPDATE context_kinds SET last_seen_ms = ? WHERE project_id = ? AND key = ?"_s,
                {it.value(), projectId, it.key()}))
            return writeFailed();
    }
    if (aggregatesComplete && !SandboxAttributeIndex::markBuilt(m_db, &message))
        return fail(message);
    if (!m_db.commit()) {
        if (error)
            *error = u"Cannot commit the seed data: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    return true;
}

} // namespace sandbox
