#pragma once

#include "SandboxRows.h"
#include "SandboxStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// The context instances of SandboxStore's database: the keyset list (order: last seen, row id;
// the index `instances_recent`), its count, and deletion.
class SandboxInstanceStore
{
public:
    explicit SandboxInstanceStore(const SandboxStore &store);

    // ListQuery's filter is over `instances` (alias `i`).
    std::optional<QList<InstanceRow>> list(
        const SandboxStore::ListQuery &query, QString *error) const;
    // How many distinct instance ids the list holds (cursor and limit ignored).
    std::optional<qint64> countIds(const SandboxStore::ListQuery &query, QString *error) const;

    enum class Removal { Removed, NotFound, Failed };
    // In one transaction: every version of the instance, the context rows that only it held,
    // and for the context rows it shared, their latest instance and last-seen time again.
    Removal remove(qint64 environmentId, const QString &id, QString *error) const;

private:
    bool removeInTransaction(
        qint64 environmentId, const QString &id, bool *found, QString *error) const;

    const SandboxStore &m_store;
};

} // namespace sandbox
