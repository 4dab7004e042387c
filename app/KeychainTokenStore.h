#pragma once

#include "TokenStore.h"

#include <QObject>

namespace ctx {

// Access tokens in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), one entry per connection id under the service
// "contexts-browser". The insecure plain-text fallback of QtKeychain is never enabled:
// without a keychain (SecretServiceProbe asks the session bus first) every call reports
// NoKeychain, with a sentence that says why, and nothing is written anywhere.
class KeychainTokenStore
    : public QObject
    , public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QObject *parent = nullptr);

    void read(const QString &connectionId, Done done) override;
    void write(const QString &connectionId, const QString &token, Done done) override;
    void remove(const QString &connectionId, Done done) override;

    static QString serviceName() { return QStringLiteral("contexts-browser"); }
    static QString entryKey(const QString &connectionId)
    {
        return QStringLiteral("connection/") + connectionId;
    }

private:
    // True when the session bus says there is no keychain: `done` then gets NoKeychain.
    bool answeredWithoutKeychain(Done &done);
};

} // namespace ctx
