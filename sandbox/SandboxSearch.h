#pragma once

#include "SandboxJson.h"
#include "SandboxRows.h"

#include <QByteArray>
#include <QUrl>

namespace sandbox {

class SandboxCursor;
class SandboxStore;

// POST /api/v2/projects/{p}/environments/{e}/contexts/search (searchContexts): parameters,
// filter, keyset page, total count and the `Contexts` body.
class SandboxSearch
{
public:
    SandboxSearch(const SandboxStore &store, const SandboxCursor &cursor);

    SandboxReply searchContexts(
        const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const;

private:
    const SandboxStore &m_store;
    const SandboxCursor &m_cursor;
};

} // namespace sandbox
