#pragma once

#include "SandboxJson.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

class SandboxStore;

// The context kinds of a project:
//   GET /api/v2/projects/{p}/context-kinds (getContextKindsByProjectKey)
//   PUT /api/v2/projects/{p}/context-kinds/{key} (putContextKind): UpsertContextKindPayload
//       {name (required), description, hideInTargeting, archived, version}. Creates the kind
//       (createdFrom "manual", version = the body's version or 1, creationDate now) or updates
//       the given fields of an existing one (version + 1, lastModified now; a version in the
//       body is then ignored). `archived` and `hideInTargeting` are aliases: either sets both
//       (both given and different: 400). Keys: letters, digits, ".", "_", "-"; "kind" and
//       "multi" are reserved. 200 UpsertResponseRep {"status": "success", "_links"}.
class SandboxKinds
{
public:
    explicit SandboxKinds(const SandboxStore &store);

    SandboxReply list(const QString &projectKey) const;
    SandboxReply put(const QString &projectKey, const QString &key, const QByteArray &body) const;

private:
    const SandboxStore &m_store;
};

} // namespace sandbox
