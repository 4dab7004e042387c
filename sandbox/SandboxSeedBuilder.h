#pragma once

#include "SandboxEntities.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <deque>

namespace sandbox {

// Collects the instances and context rows of one environment in memory, merging repeated
// sightings (the latest one wins), then writes them with prepared statements.
class SandboxSeedBuilder
{
public:
    // A context with its redacted JSON computed once, however often it is seen.
    struct Prepared
    {
        SeedContext context;
        int id = 0;
        QString attributesJson; // private values removed
        QString privateAttributesJson;
        QString singleJson; // the context as sent alone: {"kind": ..., "key": ..., ...}
        QString memberJson; // as one kind of a multi-kind context (no "kind")
    };

    // The returned pointer stays valid for the builder's lifetime.
    const Prepared *prepare(const SeedContext &context);

    // Records one evaluation: the contexts of one instance, seen from `applicationId`.
    void record(QList<const Prepared *> contexts, const QString &applicationId, qint64 lastSeenMs);

    int listRows() const { return m_listRows; } // non-anonymous context rows so far

    bool write(QSqlDatabase &db, qint64 environmentId, QString *error);

private:
    struct Instance
    {
        QString id;
        QString applicationId;
        qint64 lastSeenMs = 0;
        QString context;
        QString kinds;
        QString kindKeys;
        QString anonymousKinds;
        qint64 rowId = 0;
    };
    struct Row
    {
        const Prepared *context = nullptr;
        QString applicationId;
        qint64 lastSeenMs = 0;
        int instance = 0;
        qint64 rowId = 0;
    };

    std::deque<Prepared> m_prepared; // stable addresses
    QList<Instance> m_instances;
    QHash<QString, int> m_instanceIndex;
    QList<Row> m_rows;
    QHash<quint64, int> m_rowIndex; // (prepared id, application) -> row
    QHash<QString, int> m_applications;
    QList<QPair<int, int>> m_memberships; // (row, instance)
    QSet<quint64> m_membershipSet;
    int m_listRows = 0;
};

} // namespace sandbox
