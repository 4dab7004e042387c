#pragma once

#include "ContextQuery.h"
#include "ContextRecord.h"
#include "Result.h"

#include <QList>

#include <functional>
#include <memory>

namespace ctx {

// A request in flight. cancel() guarantees that its callback is never called.
class PendingRequest
{
public:
    virtual ~PendingRequest() = default;
    virtual void cancel() = 0;
};
using RequestHandle = std::shared_ptr<PendingRequest>;

template <typename T> using Callback = std::function<void(Result<T>)>;

// The server as the models see it. The REST client implements it; tests substitute
// fakes. Callbacks are always called later from the event loop (never from inside
// the call), exactly once, unless the request was cancelled.
class ContextsApi
{
public:
    virtual ~ContextsApi() = default;

    // POST /api/v2/projects/{p}/environments/{e}/contexts/search
    virtual RequestHandle searchContexts(const EnvironmentRef &env, const ContextQuery &query,
        const QString &continuationToken, Callback<ContextsPage> done)
        = 0;

    // GET /api/v2/projects/{p}/context-kinds
    virtual RequestHandle contextKinds(const QString &projectKey, Callback<QList<ContextKind>> done)
        = 0;
};

} // namespace ctx
