#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sandbox {

// Deterministic demo data: project "demo" ("Demo project") with the context kinds user,
// organization, device, location (and an archived "service"), environment "production" with
// `contexts` list rows and "staging" with about a tenth of that. The same count and the same
// `now` give the same data. Everything is written in one transaction with prepared statements.
// Each environment also gets the demo flags and segments (SandboxFlagSeeder).
class SandboxSeeder
{
public:
    SandboxSeeder(const QSqlDatabase &database, qint64 nowMs);

    // Does nothing (and succeeds) when project "demo" exists already, except adding the demo
    // flags and segments to a database written before they existed.
    bool seed(int contexts, QString *error);

private:
    bool seedInTransaction(int contexts, QString *error);
    bool seedMissingFlags(QString *error);
    bool seedProject(int contexts, QString *error);

    QSqlDatabase m_db;
    qint64 m_nowMs;
};

} // namespace sandbox
