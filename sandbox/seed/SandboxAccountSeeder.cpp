#include "SandboxAccountSeeder.h"

#include "SandboxSql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 86400000;

struct EnvironmentSeed
{
    const char *key;
    const char *name;
    const char *color;
    bool critical;
};

struct ProjectSeed
{
    const char *key;
    const char *name;
    const char *tags; // JSON array
    int createdDaysAgo;
    QList<EnvironmentSeed> environments;
};

const EnvironmentSeed kProduction {"production", "Production", "417505", true};
const EnvironmentSeed kStaging {"staging", "Staging", "F5A623", false};
const EnvironmentSeed kTest {"test", "Test", "3D82F6", false};

const ProjectSeed kProjects[] = {
    {"mobile-app", "Mobile app", R"(["mobile"])", 600, {kProduction, kStaging}},
    {"web-storefront", "Web storefront", R"(["web","checkout"])", 500, {kProduction, kTest}},
    {"internal-tools", "Internal tools", R"(["internal"])", 300, {kTest}},
    {"data-platform", "Data platform", R"(["internal","data"])", 100, {kProduction, kTest}},
};

} // namespace

SandboxAccountSeeder::SandboxAccountSeeder(const QSqlDatabase &database, qint64 nowMs)
    : m_db(database)
    , m_nowMs(nowMs)
{
}

QString SandboxAccountSeeder::environmentId(
    const QString &projectKey, const QString &environmentKey)
{
    const QByteArray digest = QCryptographicHash::hash(
        (projectKey + u'/' + environmentKey).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.first(12).toHex());
}

bool SandboxAccountSeeder::seed(QString *error)
{
    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        QString why;
        if (sql::run(query, sql, binds, &why))
            return true;
        if (error)
            *error = u"Cannot write the account seed: %1"_s.arg(why);
        return false;
    };
    // Demo's environments, unless someone gave them a color already.
    for (const EnvironmentSeed &environment : {kProduction, kStaging}) {
        if (!run(u"UPDATE environments SET color = ?, critical = ? WHERE key = ? AND color = ''"
                 " AND project_id = (SELECT id FROM projects WHERE key = 'demo')"_s,
                {QString::fromLatin1(environment.color), environment.critical ? 1 : 0,
                    QString::fromLatin1(environment.key)}))
            return false;
    }
    if (!run(u"UPDATE projects SET tags = '[\"demo\"]' WHERE key = 'demo' AND tags = '[]'"_s, {}))
        return false;

    for (const ProjectSeed &project : kProjects) {
        const QString key = QString::fromLatin1(project.key);
        if (!run(u"SELECT 1 FROM projects WHERE key = ?"_s, {key}))
            return false;
        if (query.next())
            continue;
        if (!run(u"INSERT INTO projects (key, name, created_ms, tags) VALUES (?, ?, ?, ?)"_s,
                {key, QString::fromLatin1(project.name),
                    m_nowMs - qint64(project.createdDaysAgo) * kDayMs,
                    QString::fromLatin1(project.tags)}))
            return false;
        const qint64 projectId = query.lastInsertId().toLongLong();
        for (const EnvironmentSeed &environment : project.environments) {
            const QString environmentKey = QString::fromLatin1(environment.key);
            if (!run(u"INSERT INTO environments (project_id, key, name, environment_id, color,"
                     " critical) VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {projectId, environmentKey, QString::fromLatin1(environment.name),
                        environmentId(key, environmentKey), QString::fromLatin1(environment.color),
                        environment.critical ? 1 : 0}))
                return false;
        }
    }
    return true;
}

} // namespace sandbox
