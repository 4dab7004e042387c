#pragma once

#include "FilterSql.h"
#include "SandboxInstanceStore.h"
#include "SandboxJson.h"
#include "SandboxRows.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace sandbox {

class SandboxCursor;
class SandboxStore;
struct SandboxListRequest;

// Context instances: POST .../context-instances/search (searchContextInstances),
// GET .../context-instances/{id} (getContextInstances) and DELETE .../context-instances/{id}
// (deleteContextInstances). The lists answer `ContextInstances`; several items may share
// an id, one per applicationId.
class SandboxInstances
{
public:
    SandboxInstances(const SandboxStore &store, const SandboxCursor &cursor);

    SandboxReply search(
        const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const;
    // Empty items when the id is unknown; only an applicationId filter.
    SandboxReply get(const EnvironmentRow &environment, const QString &id, const QUrl &url) const;
    // 204 with no body; 404 when no version of the id exists.
    SandboxReply remove(const EnvironmentRow &environment, const QString &id) const;

private:
    SandboxReply page(const EnvironmentRow &environment, const SandboxListRequest &request,
        const std::optional<SqlCondition> &condition, const QString &path) const;

    SandboxInstanceStore m_store;
    const SandboxCursor &m_cursor;
};

} // namespace sandbox
