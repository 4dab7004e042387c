#pragma once

#include "AccountApi.h"

#include <QObject>

#include <memory>

namespace ctx {

// "Test connection": GET /api/v2/caller-identity, then (when keys are given) the project
// and environment, and one sentence of what it found (token name, account, scopes) or what
// is wrong (unreachable host, TLS failure, 401 token wrong or revoked, 403 no role for
// contexts, 404 project or environment key wrong). The sentence never holds the token.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test (cancelling one in flight). env's keys may be empty.
    void test(std::shared_ptr<AccountApi> api, const EnvironmentRef &env);
    void cancel();
    bool isRunning() const;

    // The sentences, exposed for tests and for the dialog's own use.
    static QString successSentence(const CallerIdentity &identity, const EnvironmentRef &env);
    // environmentStep: the error came from the environment lookup, not the caller identity.
    static QString failureSentence(
        const ApiError &error, const EnvironmentRef &env, bool environmentStep);

signals:
    void finished(bool ok, const QString &sentence);

private:
    void onIdentity(int generation, const Result<CallerIdentity> &result);
    void onEnvironment(int generation, const Result<EnvironmentSummary> &result);
    void finish(bool ok, const QString &sentence);

    std::shared_ptr<AccountApi> m_api;
    RequestHandle m_request;
    int m_generation = 0;
    bool m_running = false;
    EnvironmentRef m_env;
    CallerIdentity m_identity;
};

} // namespace ctx
