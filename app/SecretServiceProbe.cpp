#include "SecretServiceProbe.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>

#include <array>
#endif

namespace ctx {

SecretServiceProbe::Finding SecretServiceProbe::probe()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The names QtKeychain's Linux back ends talk to: the freedesktop Secret Service and the
    // KWallet daemons of KDE 4, 5 and 6.
    static constexpr std::array names {
        "org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"};
    const QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusConnectionInterface *daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return Finding::NoSessionBus;
    for (const char *name : names) {
        const QDBusReply<bool> registered = daemon->isServiceRegistered(QLatin1String(name));
        if (registered.isValid() && registered.value())
            return Finding::Available;
    }
    // A service that the bus starts on first use (a .service file) is there too.
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    if (activatable.isValid()) {
        for (const char *name : names) {
            if (activatable.value().contains(QLatin1String(name)))
                return Finding::Available;
        }
    }
    return Finding::NoSecretService;
#else
    return Finding::Available;
#endif
}

QString SecretServiceProbe::sentence(Finding finding)
{
    switch (finding) {
    case Finding::Available:
        break;
    case Finding::NoSessionBus:
        return tr(
            "No keychain: no D-Bus session bus is running, so the access token cannot be saved.");
    case Finding::NoSecretService:
        return tr(
            "No keychain: no Secret Service (GNOME Keyring, KWallet) runs on the session bus, so "
            "the access token cannot be saved.");
    }
    return {};
}

} // namespace ctx
