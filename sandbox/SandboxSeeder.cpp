#include "SandboxSeeder.h"

#include "SandboxFlagSeeder.h"
#include "SandboxRandom.h"
#include "SandboxSeedBuilder.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 86400000;
constexpr quint64 kSeed = 0x5eed00c0ffee2026ULL;

const QString kIosApp = u"ios-app/5.2.1"_s;
const QString kAndroidApp = u"android-app/4.0.3"_s;
const QString kGoSdk = u"GoSDK/1.2"_s;
const QString kWeb = u"web/2026.11.0"_s;

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

// Which application a set of contexts is seen from: a device decides; otherwise a mix.
QString applicationFor(
    const QList<const SandboxSeedBuilder::Prepared *> &contexts, SandboxRandom &random)
{
    for (const SandboxSeedBuilder::Prepared *prepared : contexts) {
        const SeedContext &context = prepared->context;
        if (context.platform == Platform::Apple)
            return kIosApp;
        if (context.platform == Platform::Android)
            return kAndroidApp;
        if (context.platform == Platform::Desktop)
            return kWeb;
    }
    const quint64 roll = random.below(100);
    if (roll < 40)
        return kWeb;
    if (roll < 60)
        return kGoSdk;
    return roll < 80 ? kIosApp : kAndroidApp;
}

// The contexts of one kind, each prepared once and reused when seen again.
class Pool
{
public:
    Pool(SandboxSeedBuilder &builder, SeedContext (SandboxEntities::*make)(int) const,
        const SandboxEntities &entities)
        : m_builder(builder)
        , m_make(make)
        , m_entities(entities)
    {
    }

    // A new context, or (sometimes, or always once `cap` exist) one seen before, so that
    // contexts recur in several instances and from several applications.
    const SandboxSeedBuilder::Prepared *pick(
        SandboxRandom &random, int reusePercent, int cap = INT_MAX)
    {
        if (!m_items.isEmpty() && (m_items.size() >= cap || random.percent(reusePercent)))
            return m_items[random.index(m_items.size())];
        return fresh();
    }

    const SandboxSeedBuilder::Prepared *fresh()
    {
        const int index = static_cast<int>(m_items.size());
        m_items.append(m_builder.prepare((m_entities.*m_make)(index)));
        return m_items.back();
    }

private:
    SandboxSeedBuilder &m_builder;
    SeedContext (SandboxEntities::*m_make)(int) const;
    const SandboxEntities &m_entities;
    QList<const SandboxSeedBuilder::Prepared *> m_items;
};

void generate(SandboxSeedBuilder &builder, const SandboxEntities &entities, quint64 seed,
    int target, qint64 nowMs)
{
    SandboxRandom random(seed);
    Pool users(builder, &SandboxEntities::user, entities);
    Pool organizations(builder, &SandboxEntities::organization, entities);
    Pool devices(builder, &SandboxEntities::device, entities);
    Pool locations(builder, &SandboxEntities::location, entities);
    Pool anonymous(builder, &SandboxEntities::anonymousUser, entities);
    const int organizationCap = std::max(8, target / 20);
    const qint64 guard = static_cast<qint64>(target) * 20 + 100;
    for (qint64 round = 0; builder.listRows() < target && round < guard; ++round) {
        const qint64 seen = nowMs - static_cast<qint64>(random.below(30 * kDayMs));
        const int remaining = target - builder.listRows();
        const quint64 shape = remaining < 3 ? 0 : random.below(100);
        QList<const SandboxSeedBuilder::Prepared *> contexts;
        if (remaining < 3) {
            contexts.append(users.fresh()); // exactly one new row
        } else if (shape < 38) {
            contexts.append(users.pick(random, 25));
        } else if (shape < 46) {
            contexts.append(organizations.pick(random, 60, organizationCap));
        } else if (shape < 54) {
            contexts.append(devices.pick(random, 15));
        } else if (shape < 58) {
            contexts.append(locations.pick(random, 50, SandboxEntities::kLocations));
        } else if (shape < 90) {
            contexts.append(users.pick(random, 30));
            if (shape < 70 || shape >= 82)
                contexts.append(organizations.pick(random, 70, organizationCap));
            if (shape >= 70)
                contexts.append(devices.pick(random, 15));
        } else {
            contexts.append(anonymous.fresh());
            if (shape >= 96)
                contexts.append(organizations.pick(random, 70, organizationCap));
        }
        builder.record(contexts, applicationFor(contexts, random), seen);
    }
}

// "Anna at Global Health" (LaunchDarkly docs): Anna in Springfield on her Android phone, in
// Midway on her iPad, and alone from a Go service. Her email is private in the Android app.
void recordAnna(SandboxSeedBuilder &builder, qint64 nowMs)
{
    SeedContext privateAnna = SandboxEntities::anna();
    privateAnna.privateAttributes.append(u"email"_s);
    const auto *anna = builder.prepare(SandboxEntities::anna());
    builder.record(
        {builder.prepare(privateAnna), builder.prepare(SandboxEntities::globalHealthSpringfield()),
            builder.prepare(SandboxEntities::annasAndroid())},
        kAndroidApp, nowMs - qint64(4) * 60000 - 321);
    builder.record({anna, builder.prepare(SandboxEntities::globalHealthMidway()),
                       builder.prepare(SandboxEntities::annasIpad())},
        kIosApp, nowMs - qint64(2) * 3600000 - 654);
    builder.record({anna}, kGoSdk, nowMs - kDayMs - 987);
}

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

} // namespace

SandboxSeeder::SandboxSeeder(const QSqlDatabase &database, qint64 nowMs)
    : m_db(database)
    , m_nowMs(nowMs)
{
}

bool SandboxSeeder::seed(int contexts, QString *error)
{
    QSqlQuery exists(m_db);
    exists.prepare(u"SELECT 1 FROM projects WHERE key = 'demo'"_s);
    if (exists.exec() && exists.next()) {
        exists.finish();
        return seedMissingFlags(error);
    }
    // The seed data is consistent by construction; checking every reference would double the
    // time it takes to write it.
    QSqlQuery pragma(m_db);
    pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
    const bool ok = seedInTransaction(contexts, error);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    return ok;
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

bool SandboxSeeder::seedInTransaction(int contexts, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = u"Cannot start the seeding transaction: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    if (!seedProject(std::max(0, contexts), error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = u"Cannot commit the seed data: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    return true;
}

bool SandboxSeeder::seedProject(int contexts, QString *error)
{
    QSqlQuery query(m_db);
    auto run = [&](const QString &sql, const QVariantList &binds) {
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (query.exec())
            return true;
        if (error)
            *error = u"Cannot write the seed data: %1"_s.arg(query.lastError().text());
        return false;
    };

    if (!run(u"INSERT INTO projects (key, name, created_ms) VALUES ('demo', 'Demo project', ?)"_s,
            {m_nowMs - 800 * kDayMs}))
        return false;
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
            return false;
    }

    const struct
    {
        QString key;
        QString name;
        int contexts;
        quint64 salt;
    } environments[] = {
        {u"production"_s, u"Production"_s, contexts, environmentSalt(u"production"_s)},
        {u"staging"_s, u"Staging"_s, contexts > 0 ? std::max(5, contexts / 10) : 0,
            environmentSalt(u"staging"_s)},
    };
    QList<SandboxFlagSeeder::Environment> flagEnvironments;
    for (const auto &environment : environments) {
        if (!run(u"INSERT INTO environments (project_id, key, name, environment_id)"
                 " VALUES (?, ?, ?, ?)"_s,
                {projectId, environment.key, environment.name,
                    environmentId(u"demo"_s, environment.key)}))
            return false;
        const qint64 envId = query.lastInsertId().toLongLong();
        flagEnvironments.append(flagEnvironment(envId, environment.key, m_nowMs));
        SandboxSeedBuilder builder;
        if (environment.key == u"production" && environment.contexts >= 10)
            recordAnna(builder, m_nowMs);
        generate(builder, SandboxEntities(environment.salt, m_nowMs), environment.salt,
            environment.contexts, m_nowMs);
        if (!builder.write(m_db, envId, error))
            return false;
    }

    if (!SandboxFlagSeeder(m_db, m_nowMs).seed(projectId, flagEnvironments, error))
        return false;
    return run(u"UPDATE context_kinds SET last_seen_ms = (SELECT MAX(c.last_seen_ms)"
               " FROM contexts c JOIN environments e ON e.id = c.env_id"
               " WHERE e.project_id = context_kinds.project_id AND c.kind = context_kinds.key)"
               " WHERE project_id = ?"_s,
        {projectId});
}

} // namespace sandbox
