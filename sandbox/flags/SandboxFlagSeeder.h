#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sandbox {

// Writes SandboxFlagCatalog's flags (one definition per project, one configuration per
// environment) and segments (per environment), with deterministic ids (UUID v5), salts,
// versions and dates. Runs inside the caller's transaction.
class SandboxFlagSeeder
{
public:
    struct Environment
    {
        qint64 id = 0;
        QString key;
        QStringList internalUsers; // three seeded user keys (see SandboxFlagCatalog)
    };

    SandboxFlagSeeder(const QSqlDatabase &database, qint64 nowMs);

    bool seed(qint64 projectId, const QList<Environment> &environments, QString *error);

private:
    bool run(const QString &sql, const QVariantList &binds, QString *error);
    bool seedFlag(qint64 projectId, int index, const QJsonObject &flag,
        const QList<Environment> &environments, QString *error);
    bool seedSegments(const Environment &environment, QString *error);

    QSqlDatabase m_db;
    qint64 m_nowMs;
    qint64 m_lastInsertId = 0;
};

} // namespace sandbox
