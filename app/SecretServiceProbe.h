#pragma once

#include <QCoreApplication>
#include <QString>

namespace ctx {

// Whether a keychain can be reached, decided by asking the session bus, never by reading a
// keychain's error text. On Linux and the BSDs QtKeychain talks to a Secret Service (GNOME
// Keyring, KeePassXC) or KWallet over the D-Bus session bus: no bus, or no such service on it
// (running or activatable), means no keychain. Elsewhere the OS keychain is always there.
class SecretServiceProbe
{
    Q_DECLARE_TR_FUNCTIONS(ctx::SecretServiceProbe)

public:
    enum class Finding {
        Available,
        NoSessionBus,
        NoSecretService,
    };

    static Finding probe();
    // The sentence the person sees for a finding other than Available.
    static QString sentence(Finding finding);
};

} // namespace ctx
