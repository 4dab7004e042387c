#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

namespace ctx {

namespace {

QString noKeychainText()
{
    return KeychainTokenStore::tr("No keychain is available (no Secret Service is running), so "
                                  "the access token cannot be saved.");
}

// On Linux, QtKeychain reports a missing session bus or Secret Service as OtherError
// ("Cannot autolaunch D-Bus without X11 $DISPLAY", "org.freedesktop.secrets was not
// provided"): that is no keychain, not a keychain that refused.
bool meansNoKeychain(const QString &message)
{
    return message.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("kwallet"), Qt::CaseInsensitive);
}

// The keychain's answer as a Reply; errorString() comes from the keychain and never holds
// the token (QtKeychain does not put the secret in its messages).
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
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.status = TokenStore::Status::NoKeychain;
        reply.error = noKeychainText();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.status = TokenStore::Status::Failed;
        reply.error = KeychainTokenStore::tr("The keychain refused access to the access token.");
        break;
    case QKeychain::OtherError:
        if (meansNoKeychain(job.errorString())) {
            reply.status = TokenStore::Status::NoKeychain;
            reply.error = noKeychainText();
            break;
        }
        [[fallthrough]];
    case QKeychain::CouldNotDeleteEntry:
        reply.status = TokenStore::Status::Failed;
        reply.error = KeychainTokenStore::tr("The keychain failed: %1").arg(job.errorString());
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

void KeychainTokenStore::read(const QString &connectionId, Done done)
{
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
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, connectionId);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
        [job, done = std::move(done)] { done(replyOf(*job)); });
    job->start();
}

void KeychainTokenStore::remove(const QString &connectionId, Done done)
{
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
