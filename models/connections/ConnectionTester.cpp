#include "ConnectionTester.h"

#include <QMetaObject>

#include <utility>

namespace ctx {

namespace {

// The detail as "(detail)" inside a sentence, or nothing.
QString inParentheses(const QString &detail)
{
    QString text = detail.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text);
}

bool hasKeys(const EnvironmentRef &env)
{
    return !env.projectKey.trimmed().isEmpty() && !env.environmentKey.trimmed().isEmpty();
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(std::shared_ptr<AccountApi> api, const EnvironmentRef &env)
{
    cancel();
    m_api = std::move(api);
    m_env = {env.projectKey.trimmed(), env.environmentKey.trimmed()};
    m_identity = {};
    m_running = true;
    const int generation = m_generation;
    if (!m_api) {
        // Still later, from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    finish(false, tr("There is no connection to test."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_request = m_api->callerIdentity(replyTo<CallerIdentity>(
        this, [this, generation](const Result<CallerIdentity> &r) { onIdentity(generation, r); }));
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    if (const RequestHandle request = std::exchange(m_request, nullptr))
        request->cancel();
}

bool ConnectionTester::isRunning() const
{
    return m_running;
}

void ConnectionTester::onIdentity(int generation, const Result<CallerIdentity> &result)
{
    if (generation != m_generation)
        return;
    m_request.reset();
    if (!result.ok()) {
        finish(false, failureSentence(result.error(), m_env, false));
        return;
    }
    m_identity = result.value();
    if (!hasKeys(m_env)) {
        finish(true, successSentence(m_identity, m_env));
        return;
    }
    m_request = m_api->environment(m_env,
        replyTo<EnvironmentSummary>(this, [this, generation](const Result<EnvironmentSummary> &r) {
            onEnvironment(generation, r);
        }));
}

void ConnectionTester::onEnvironment(int generation, const Result<EnvironmentSummary> &result)
{
    if (generation != m_generation)
        return;
    m_request.reset();
    if (!result.ok())
        finish(false, failureSentence(result.error(), m_env, true));
    else
        finish(true, successSentence(m_identity, m_env));
}

void ConnectionTester::finish(bool ok, const QString &sentence)
{
    // m_api is kept until the next test: the callback that got here may be running inside
    // the api, which must not be destroyed under it.
    m_running = false;
    emit finished(ok, sentence);
}

QString ConnectionTester::successSentence(const CallerIdentity &identity, const EnvironmentRef &env)
{
    QString who = identity.tokenName.isEmpty() ? tr("an access token")
                                               : tr("token “%1”").arg(identity.tokenName);
    if (identity.serviceToken)
        who += tr(" (service token)");
    else if (!identity.tokenKind.isEmpty())
        who += tr(" (%1 token)").arg(identity.tokenKind);
    const QString account
        = identity.accountId.isEmpty() ? QString() : tr(" in account %1").arg(identity.accountId);
    const QString scopes = identity.scopes.isEmpty()
        ? QString()
        : tr("; scopes: %1").arg(identity.scopes.join(QStringLiteral(", ")));
    QString sentence = tr("Connected as %1%2%3.").arg(who, account, scopes);
    if (hasKeys(env))
        sentence
            += tr(" Project “%1”, environment “%2” found.").arg(env.projectKey, env.environmentKey);
    return sentence;
}

QString ConnectionTester::failureSentence(
    const ApiError &error, const EnvironmentRef &env, bool environmentStep)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
        return tr("Could not reach the server%1; check the address and the network connection.")
            .arg(inParentheses(error.detail()));
    case ApiError::Kind::Tls:
        return tr("The secure connection to the server failed%1; check the address and the "
                  "computer's date and certificates.")
            .arg(inParentheses(error.detail()));
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time; check the address and the network "
                  "connection.");
    case ApiError::Kind::Unauthorized:
        return tr("The server rejected the token (401): the access token is wrong or was "
                  "revoked.");
    case ApiError::Kind::Forbidden:
        return tr("Access denied (403): the token has no role that can read contexts.");
    case ApiError::Kind::NotFound:
        if (environmentStep)
            return tr("The token works, but the project or environment key was not found: %1/%2.")
                .arg(env.projectKey, env.environmentKey);
        return tr("The server has no LaunchDarkly API at this address (404); check the server "
                  "address.");
    default:
        return error.userMessage();
    }
}

} // namespace ctx
