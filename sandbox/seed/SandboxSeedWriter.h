#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sandbox {

// Writes the generated contexts of one or more environments (SandboxSeedPlan) into empty
// instances, contexts, context_instances, attribute_names and attribute_values tables, in the
// caller's transaction: a second thread plans the environments and renders their rows (JSON
// and all) in batches while the calling thread inserts them (SandboxBulkInsert), so that both
// cores work. The attribute aggregates are counted on the way, without parsing any JSON.
class SandboxSeedWriter
{
public:
    struct Environment
    {
        qint64 id = 0;
        quint64 salt = 0; // SandboxEntities and SandboxSeedPlan seed
        int listRows = 0;
        bool withAnna = false;
    };
    // Rows written so far, of `total` (known once the environments are planned; 0 before).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    SandboxSeedWriter(const QSqlDatabase &db, qint64 nowMs);

    bool write(const QList<Environment> &environments, const Progress &progress, QString *error);

    // The latest time each context kind was seen, over every row written.
    QHash<QString, qint64> lastSeenByKind() const { return m_lastSeen; }

private:
    QSqlDatabase m_db;
    qint64 m_nowMs;
    QHash<QString, qint64> m_lastSeen;
};

} // namespace sandbox
