#pragma once

#include "ContextsApi.h"

#include <QList>

#include <memory>

// A ContextsApi whose replies the test hands out by hand, in any order. Records every
// request; cancelled requests never get their callback.
class FakeContextsApi : public ctx::ContextsApi
{
public:
    struct SearchCall
    {
        ctx::EnvironmentRef environment;
        ctx::ContextQuery query;
        QString continuationToken;
        ctx::Callback<ctx::ContextsPage> done;
        std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);
    };
    struct KindsCall
    {
        QString projectKey;
        ctx::Callback<QList<ctx::ContextKind>> done;
        std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);
    };

    ctx::RequestHandle searchContexts(const ctx::EnvironmentRef &env,
        const ctx::ContextQuery &query, const QString &continuationToken,
        ctx::Callback<ctx::ContextsPage> done) override
    {
        searches.append({env, query, continuationToken, std::move(done)});
        return std::make_shared<Handle>(searches.last().cancelled);
    }

    ctx::RequestHandle contextKinds(
        const QString &projectKey, ctx::Callback<QList<ctx::ContextKind>> done) override
    {
        kindCalls.append({projectKey, std::move(done)});
        return std::make_shared<Handle>(kindCalls.last().cancelled);
    }

    // Delivers a reply to search call `index` (unless it was cancelled). Returns whether
    // the callback ran.
    bool replySearch(int index, ctx::Result<ctx::ContextsPage> result)
    {
        SearchCall &call = searches[index];
        if (*call.cancelled)
            return false;
        *call.cancelled = true; // exactly once
        call.done(std::move(result));
        return true;
    }

    bool replyKinds(int index, ctx::Result<QList<ctx::ContextKind>> result)
    {
        KindsCall &call = kindCalls[index];
        if (*call.cancelled)
            return false;
        *call.cancelled = true;
        call.done(std::move(result));
        return true;
    }

    bool isCancelled(int searchIndex) const { return *searches.at(searchIndex).cancelled; }

    QList<SearchCall> searches;
    QList<KindsCall> kindCalls;

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
