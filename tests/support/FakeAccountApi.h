#pragma once

#include "AccountApi.h"

#include <QList>

#include <memory>
#include <optional>
#include <utility>

// An AccountApi whose replies the test hands out by hand, in any order (the style of
// FakeContextsApi). Records every request with its arguments; cancelled requests never get
// their callback, and each request is answered at most once.
class FakeAccountApi : public ctx::AccountApi
{
public:
    template <typename T> struct Call
    {
        QString search; // projects
        int offset = 0; // projects
        int limit = 0; // projects
        ctx::EnvironmentRef environment; // environment
        ctx::Callback<T> done;
        std::shared_ptr<bool> cancelled = std::make_shared<bool>(false);
        std::shared_ptr<bool> answered = std::make_shared<bool>(false);

        bool isCancelled() const { return *cancelled; }
        bool isOpen() const { return !*cancelled && !*answered; }
    };

    // Delivers a reply to call `index` unless it was cancelled or already answered.
    // Returns whether the callback ran.
    template <typename T> static bool reply(QList<Call<T>> &calls, int index, ctx::Result<T> result)
    {
        Call<T> &call = calls[index];
        if (!call.isOpen())
            return false;
        *call.answered = true;
        // Moved out first: the callback may start new calls, which may move the list.
        const ctx::Callback<T> done = std::exchange(call.done, nullptr);
        done(std::move(result));
        return true;
    }

    ctx::RequestHandle projects(const QString &search, int offset, int limit,
        ctx::Callback<ctx::ProjectsPage> done) override
    {
        Call<ctx::ProjectsPage> call;
        call.search = search;
        call.offset = offset;
        call.limit = limit;
        return record(projectCalls, std::move(call), std::move(done));
    }

    ctx::RequestHandle callerIdentity(ctx::Callback<ctx::CallerIdentity> done) override
    {
        return record(identityCalls, Call<ctx::CallerIdentity> {}, std::move(done));
    }

    ctx::RequestHandle environment(
        const ctx::EnvironmentRef &env, ctx::Callback<ctx::EnvironmentSummary> done) override
    {
        Call<ctx::EnvironmentSummary> call;
        call.environment = env;
        return record(environmentCalls, std::move(call), std::move(done));
    }

    bool replyProjects(int index, ctx::Result<ctx::ProjectsPage> result)
    {
        return reply(projectCalls, index, std::move(result));
    }
    bool replyIdentity(int index, ctx::Result<ctx::CallerIdentity> result)
    {
        return reply(identityCalls, index, std::move(result));
    }
    bool replyEnvironment(int index, ctx::Result<ctx::EnvironmentSummary> result)
    {
        return reply(environmentCalls, index, std::move(result));
    }

    QList<Call<ctx::ProjectsPage>> projectCalls;
    QList<Call<ctx::CallerIdentity>> identityCalls;
    QList<Call<ctx::EnvironmentSummary>> environmentCalls;

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

// A page of `count` projects "Project <n>" (key project-<n>) from `first`, each with a
// production (critical) and a test environment.
inline ctx::ProjectsPage makeProjectsPage(
    int first, int count, bool hasNext, std::optional<int> total = std::nullopt)
{
    ctx::ProjectsPage page;
    for (int i = first; i < first + count; ++i) {
        ctx::ProjectSummary project;
        project.key = QStringLiteral("project-%1").arg(i);
        project.name = QStringLiteral("Project %1").arg(i);
        project.environments = {{QStringLiteral("production"), QStringLiteral("Production"),
                                    QStringLiteral("FF0000"), true},
            {QStringLiteral("test"), QStringLiteral("Test"), QStringLiteral("00FF00"), false}};
        page.items.append(project);
    }
    page.hasNext = hasNext;
    page.totalCount = total;
    return page;
}
