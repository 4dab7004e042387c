#include "KeychainTokenStore.h"

#include "SecretServiceProbe.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ctx {

namespace {

// The keychain's answer as a Reply; errorString() comes from the keychain and never holds
// the token (QtKeychain does not put the secret in its messages). A failure the person can act
// on (a locked keychain, access refused) is Failed; any other is the no-keychain path, so that
// the app goes on with LD_ACCESS_TOKEN or a token asked for once per session.
TokenStore::Reply replyOf(const QKeychain::Job &job)
{
    TokenStore::Reply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        reply.status = TokenStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        reply.status = TokenStore::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.status = TokenStore::Status::Failed;
        reply.error = KeychainTokenStore::tr("The keychain refused access to the access token.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        reply.status = TokenStore::Status::NoKeychain;
        reply.error = KeychainTokenStore::tr(
            "The keychain could not be used (%1), so the access token cannot be saved.")
                          .arg(job.errorString());
        break;
    }
    return reply;
}

template <typename JobType> JobType *makeJob(QObject *parent, const QString &connectionId)
{
    auto *job = new JobType(KeychainTokenStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(KeychainTokenStore::entryKey(connectionId));
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : QObject(parent)
{
}

bool KeychainTokenStore::answeredWithoutKeychain(Done &done)
{
    const SecretServiceProbe::Finding finding = SecretServiceProbe::probe();
    if (finding == SecretServiceProbe::Finding::Available)
        return false;
    // Later, from the event loop, as every answer of a TokenStore.
    QTimer::singleShot(0, this, [finding, done = std::move(done)] {
        done({Status::NoKeychain, {}, SecretServiceProbe::sentence(finding)});
    });
    return true;
}

void KeychainTokenStore::read(const QString &connectionId, Done done)
{
    if (answeredWithoutKeychain(done))
        return;
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, connectionId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Reply reply = replyOf(*job);
        if (reply.status == Status::Ok)
            reply.token = job->textData();
        done(reply);
    });
    job->start();
}

void KeychainTokenStore::write(const QString &connectionId, const QString &token, Done done)
{
    if (answeredWithoutKeychain(done))
        return;
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, connectionId);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
        [job, done = std::move(done)] { done(replyOf(*job)); });
    job->start();
}

void KeychainTokenStore::remove(const QString &connectionId, Done done)
{
    if (answeredWithoutKeychain(done))
        return;
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, connectionId);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Reply reply = replyOf(*job);
        if (reply.status == Status::NotFound)
            reply.status = Status::Ok; // nothing to remove is removed
        done(reply);
    });
    job->start();
}

} // namespace ctx
