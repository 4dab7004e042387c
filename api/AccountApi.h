#pragma once

#include "AccountTypes.h"
#include "ContextsApi.h"

namespace ctx {

// The account-level calls the connection dialog needs. RestContextsApi implements it
// (api/RestAccountCalls.cpp); tests substitute tests/support/FakeAccountApi.h. Same callback
// rules as ContextsApi: always later, exactly once, never after cancel().
class AccountApi
{
public:
    virtual ~AccountApi() = default;

    // GET /api/v2/projects?expand=environments&limit=&offset=&sort=name[&filter=query:<search>]
    // (the projects list's own, older filter grammar: api-notes.md §2).
    virtual RequestHandle projects(
        const QString &search, int offset, int limit, Callback<ProjectsPage> done)
        = 0;

    // GET /api/v2/caller-identity
    virtual RequestHandle callerIdentity(Callback<CallerIdentity> done) = 0;

    // GET /api/v2/projects/{p}/environments/{e}: NotFound when either key is wrong.
    virtual RequestHandle environment(const EnvironmentRef &env, Callback<EnvironmentSummary> done)
        = 0;
};

} // namespace ctx
