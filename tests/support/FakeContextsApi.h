#pragma once

#include "ContextsApi.h"

#include <QList>

#include <memory>
#include <optional>

// A ContextsApi whose replies the test hands out by hand, in any order. Records every
// request with its arguments; cancelled requests never get their callback.
class FakeContextsApi : public ctx::ContextsApi
{
public:
    // One recorded call: its arguments (as strings/bytes, whichever apply) and its callback.
    template <typename T> struct Call
    {
        ctx::EnvironmentRef environment;
        ctx::ContextQuery query; // searchContexts
        QString projectKey; // contextKinds, flagVariations
        QString kind; // contextVersions, setFlagSetting
        QString key; // contextVersions, setFlagSetting
        QString id; // deleteContextInstance
        QString flagKey; // flagVariations, setFlagSetting
        QString filter; // searchContextInstances
        QString continuationToken; // searchContexts, searchContextInstances
        QByteArray contextJson; // evaluateFlags, evaluateSegments
        std::optional<QByteArray> valueJson; // setFlagSetting
        QString comment; // setFlagSetting
        int limit = 0; // contextAttributeNames, contextAttributeValues
        ctx::ContextKindUpdate kindUpdate; // putContextKind
        ctx::Callback<T> done;
        std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);

        bool isCancelled() const { return *cancelled; }
    };

    // Delivers a reply to call `index` of `calls` unless it was cancelled or already
    // answered. Returns whether the callback ran.
    template <typename T> static bool reply(QList<Call<T>> &calls, int index, ctx::Result<T> result)
    {
        Call<T> &call = calls[index];
        if (*call.cancelled)
            return false;
        *call.cancelled = true; // exactly once
        call.done(std::move(result));
        return true;
    }

    ctx::RequestHandle searchContexts(const ctx::EnvironmentRef &env,
        const ctx::ContextQuery &query, const QString &continuationToken,
        ctx::Callback<ctx::ContextsPage> done) override
    {
        Call<ctx::ContextsPage> call;
        call.environment = env;
        call.query = query;
        call.continuationToken = continuationToken;
        return record(searches, std::move(call), std::move(done));
    }

    ctx::RequestHandle contextKinds(
        const QString &projectKey, ctx::Callback<QList<ctx::ContextKind>> done) override
    {
        Call<QList<ctx::ContextKind>> call;
        call.projectKey = projectKey;
        return record(kindCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle contextVersions(const ctx::EnvironmentRef &env, const QString &kind,
        const QString &key, ctx::Callback<ctx::ContextsPage> done) override
    {
        Call<ctx::ContextsPage> call;
        call.environment = env;
        call.kind = kind;
        call.key = key;
        return record(versionCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle searchContextInstances(const ctx::EnvironmentRef &env, const QString &filter,
        const QString &continuationToken, ctx::Callback<ctx::ContextInstancesPage> done) override
    {
        Call<ctx::ContextInstancesPage> call;
        call.environment = env;
        call.filter = filter;
        call.continuationToken = continuationToken;
        return record(instanceCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle deleteContextInstance(
        const ctx::EnvironmentRef &env, const QString &id, ctx::Callback<ctx::Done> done) override
    {
        Call<ctx::Done> call;
        call.environment = env;
        call.id = id;
        return record(deleteCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle evaluateFlags(const ctx::EnvironmentRef &env, const QByteArray &contextJson,
        ctx::Callback<QList<ctx::FlagEvaluation>> done) override
    {
        Call<QList<ctx::FlagEvaluation>> call;
        call.environment = env;
        call.contextJson = contextJson;
        return record(flagCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle evaluateSegments(const ctx::EnvironmentRef &env,
        const QByteArray &contextJson, ctx::Callback<QList<ctx::SegmentMembership>> done) override
    {
        Call<QList<ctx::SegmentMembership>> call;
        call.environment = env;
        call.contextJson = contextJson;
        return record(segmentCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle flagVariations(const QString &projectKey, const QString &flagKey,
        ctx::Callback<QList<ctx::FlagVariation>> done) override
    {
        Call<QList<ctx::FlagVariation>> call;
        call.projectKey = projectKey;
        call.flagKey = flagKey;
        return record(variationCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle setFlagSetting(const ctx::EnvironmentRef &env, const QString &kind,
        const QString &key, const QString &flagKey, const std::optional<QByteArray> &valueJson,
        const QString &comment, ctx::Callback<ctx::Done> done) override
    {
        Call<ctx::Done> call;
        call.environment = env;
        call.kind = kind;
        call.key = key;
        call.flagKey = flagKey;
        call.valueJson = valueJson;
        call.comment = comment;
        return record(settingCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle contextAttributeNames(const ctx::EnvironmentRef &env, const QString &filter,
        int limit, ctx::Callback<QList<ctx::KindAttributeNames>> done) override
    {
        Call<QList<ctx::KindAttributeNames>> call;
        call.environment = env;
        call.filter = filter;
        call.limit = limit;
        return record(attributeNameCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle contextAttributeValues(const ctx::EnvironmentRef &env,
        const QString &attributeName, const QString &filter, int limit,
        ctx::Callback<QList<ctx::KindAttributeValues>> done) override
    {
        Call<QList<ctx::KindAttributeValues>> call;
        call.environment = env;
        call.key = attributeName;
        call.filter = filter;
        call.limit = limit;
        return record(attributeValueCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle putContextKind(const QString &projectKey, const QString &key,
        const ctx::ContextKindUpdate &update, ctx::Callback<ctx::Done> done) override
    {
        Call<ctx::Done> call;
        call.projectKey = projectKey;
        call.key = key;
        call.kindUpdate = update;
        return record(kindUpdateCalls, std::move(call), std::move(done));
    }

    // Shorthands kept from the first tests.
    bool replySearch(int index, ctx::Result<ctx::ContextsPage> result)
    {
        return reply(searches, index, std::move(result));
    }
    bool replyKinds(int index, ctx::Result<QList<ctx::ContextKind>> result)
    {
        return reply(kindCalls, index, std::move(result));
    }
    bool isCancelled(int searchIndex) const { return searches.at(searchIndex).isCancelled(); }

    QList<Call<ctx::ContextsPage>> searches;
    QList<Call<QList<ctx::ContextKind>>> kindCalls;
    QList<Call<ctx::ContextsPage>> versionCalls;
    QList<Call<ctx::ContextInstancesPage>> instanceCalls;
    QList<Call<ctx::Done>> deleteCalls;
    QList<Call<QList<ctx::FlagEvaluation>>> flagCalls;
    QList<Call<QList<ctx::SegmentMembership>>> segmentCalls;
    QList<Call<QList<ctx::FlagVariation>>> variationCalls;
    QList<Call<ctx::Done>> settingCalls;
    QList<Call<QList<ctx::KindAttributeNames>>> attributeNameCalls;
    QList<Call<QList<ctx::KindAttributeValues>>> attributeValueCalls;
    QList<Call<ctx::Done>> kindUpdateCalls;

private:
    class Handle : public ctx::PendingRequest
    {
    public:
        explicit Handle(std::shared_ptr<bool> cancelled)
            : m_cancelled(std::move(cancelled))
        {
        }
        void cancel() override { *m_cancelled = true; }

    private:
        std::shared_ptr<bool> m_cancelled;
    };

    template <typename T>
    static ctx::RequestHandle record(QList<Call<T>> &calls, Call<T> call, ctx::Callback<T> done)
    {
        call.done = std::move(done);
        calls.append(std::move(call));
        return std::make_shared<Handle>(calls.last().cancelled);
    }
};

// A page of `count` user contexts named key-<first>... with last seen going back in time.
inline ctx::ContextsPage makePage(int first, int count, const QString &cursor,
    std::optional<qint64> total = std::nullopt, const QString &kind = QStringLiteral("user"))
{
    ctx::ContextsPage page;
    const QDateTime base = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    for (int i = first; i < first + count; ++i) {
        ctx::ContextRecord record;
        record.kind = kind;
        record.key = QStringLiteral("key-%1").arg(i, 4, 10, QLatin1Char('0'));
        record.name = QStringLiteral("Name %1").arg(i);
        record.applicationId = QStringLiteral("GoSDK/1.2");
        record.lastSeen = base.addSecs(-60LL * i);
        record.attributesJson = QByteArrayLiteral("{}");
        page.items.append(record);
    }
    page.continuationToken = cursor;
    page.totalCount = total;
    return page;
}
