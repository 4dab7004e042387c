#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sandbox {

// The account around project "demo": its environments' colors and critical mark (production
// is critical), its tags, and four more projects without contexts (mobile-app, web-storefront,
// internal-tools, data-platform) with one to two environments each, so that the projects list
// has several pages and something to search. Adds only what is missing, so running it on a
// database it already filled changes nothing.
class SandboxAccountSeeder
{
public:
    SandboxAccountSeeder(const QSqlDatabase &database, qint64 nowMs);

    bool seed(QString *error);

    // The `_id` of an environment: 24 hex digits derived from its project and key.
    static QString environmentId(const QString &projectKey, const QString &environmentKey);

private:
    QSqlDatabase m_db;
    qint64 m_nowMs;
};

} // namespace sandbox
