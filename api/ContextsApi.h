#pragma once

#include "AttributeTypes.h"
#include "ContextDetailTypes.h"
#include "ContextQuery.h"
#include "ContextRecord.h"
#include "Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

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

// A callback tied to `receiver`: it runs only while receiver lives, so a reply that arrives
// after its receiver is gone is dropped (as a Qt connection to a destroyed object is). Every
// model and view passes its reply handlers through this, and so needs no cancel in its
// destructor:
//   m_pending = api->contextKinds(project, replyTo<QList<ContextKind>>(this, [this](auto r)
//   {...}));
template <typename T, typename Handler>
Callback<T> replyTo(const QObject *receiver, Handler &&handler)
{
    return [guard = QPointer<const QObject>(receiver), handler = std::forward<Handler>(handler)](
               Result<T> result) mutable {
        if (guard)
            handler(std::move(result));
    };
}

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
    // GET /api/v2/projects/{p}/environments/{e}/contexts/{kind}/{key}: every source version
    // of one context (one record per applicationId), up to 50.
    virtual RequestHandle contextVersions(const EnvironmentRef &env, const QString &kind,
        const QString &key, Callback<ContextsPage> done)
        = 0;

    // POST /api/v2/projects/{p}/environments/{e}/context-instances/search with a filter such
    // as `kindKeys contains ["user:anna"]`, newest first.
    virtual RequestHandle searchContextInstances(const EnvironmentRef &env, const QString &filter,
        const QString &continuationToken, Callback<ContextInstancesPage> done)
        = 0;

    // DELETE /api/v2/projects/{p}/environments/{e}/context-instances/{id}: 204 is success;
    // a 404 arrives as ApiError::Kind::NotFound.
    virtual RequestHandle deleteContextInstance(
        const EnvironmentRef &env, const QString &id, Callback<Done> done)
        = 0;

    // POST /api/v2/projects/{p}/environments/{e}/flags/evaluate with a context's JSON.
    virtual RequestHandle evaluateFlags(const EnvironmentRef &env, const QByteArray &contextJson,
        Callback<QList<FlagEvaluation>> done)
        = 0;

    // POST /api/v2/projects/{p}/environments/{e}/segments/evaluate with a context's JSON.
    virtual RequestHandle evaluateSegments(const EnvironmentRef &env, const QByteArray &contextJson,
        Callback<QList<SegmentMembership>> done)
        = 0;

    // GET /api/v2/flags/{p}/{flagKey}: the flag's variations, to choose a value from.
    virtual RequestHandle flagVariations(
        const QString &projectKey, const QString &flagKey, Callback<QList<FlagVariation>> done)
        = 0;

    // PUT /api/v2/projects/{p}/environments/{e}/contexts/{kind}/{key}/flags/{flagKey} with
    // {"setting": value, "comment": ...}; no value (nullopt) sends null, which clears the
    // context's individual setting. 204 is success.
    virtual RequestHandle setFlagSetting(const EnvironmentRef &env, const QString &kind,
        const QString &key, const QString &flagKey, const std::optional<QByteArray> &valueJson,
        const QString &comment, Callback<Done> done)
        = 0;
    // GET /api/v2/projects/{p}/environments/{e}/context-attributes: attribute names by kind.
    // filter: only `kind equals "user"` and `name startsWith "ad"`; limit up to 100.
    virtual RequestHandle contextAttributeNames(const EnvironmentRef &env, const QString &filter,
        int limit, Callback<QList<KindAttributeNames>> done)
        = 0;

    // GET /api/v2/projects/{p}/environments/{e}/context-attributes/{attributeName}: values
    // seen for one attribute, by kind. filter: only `kind equals ...` and `value startsWith ...`.
    virtual RequestHandle contextAttributeValues(const EnvironmentRef &env,
        const QString &attributeName, const QString &filter, int limit,
        Callback<QList<KindAttributeValues>> done)
        = 0;

    // PUT /api/v2/projects/{p}/context-kinds/{key}: create or update a kind (name,
    // description, archived).
    virtual RequestHandle putContextKind(const QString &projectKey, const QString &key,
        const ContextKindUpdate &update, Callback<Done> done)
        = 0;
};

} // namespace ctx
