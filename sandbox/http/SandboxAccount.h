#pragma once

#include "SandboxJson.h"

#include <QString>
#include <QUrl>

namespace sandbox {

class SandboxStore;

// The account-level routes the connection dialog uses:
//   GET /api/v2/projects (getProjects): offset paging (`limit` 1..1000, default 20; `offset`),
//       `sort` name | -name | createdOn | -createdOn (default name), `filter` in the projects'
//       own grammar `field:value[,field:value]` with query:<text> (key or name contains it,
//       case-insensitive), tags:<a>+<b> (every tag) and keys:<a>|<b>, `expand=environments`.
//       200 `Projects` {_links (self, first, prev, next, last; prev/next only where that page
//       exists), items: Project[], totalCount}.
//   GET /api/v2/projects/{p}/environments/{e} (getEnvironment): 200 `Environment`, 404 when
//       the project or the environment is unknown. apiKey and mobileKey are placeholders.
//   GET /api/v2/caller-identity (getCallerIdentity): `CallerIdentityRep` of the sandbox token.
class SandboxAccount
{
public:
    explicit SandboxAccount(const SandboxStore &store);

    SandboxReply projects(const QUrl &url) const;
    SandboxReply environment(const QString &projectKey, const QString &environmentKey) const;
    SandboxReply callerIdentity() const;

    // The placeholders the `Environment` schema requires: never real keys.
    static constexpr auto FakeSdkKey = "sdk-sandbox-not-a-real-key";
    static constexpr auto FakeMobileKey = "mob-sandbox-not-a-real-key";

private:
    const SandboxStore &m_store;
};

} // namespace sandbox
