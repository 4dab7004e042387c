#pragma once

#include <QProcess>
#include <QString>

// A D-Bus session bus of the test's own, and on request an unlocked GNOME Keyring on it, so
// that the keychain is exercised for real on any machine, whatever it happens to run. The bus
// activates nothing by itself: a Secret Service is there only after startKeyring(). Both
// processes live under `dir` (socket, keyring files) and end with this object.
class PrivateSessionBus
{
public:
    explicit PrivateSessionBus(QString dir);
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    // Starts dbus-daemon; on failure error() says why.
    bool start();
    // Starts gnome-keyring-daemon's Secret Service on the bus, its login keyring unlocked with
    // `password`, and waits until the bus has org.freedesktop.secrets.
    bool startKeyring(const QByteArray &password);

    QString address() const { return m_address; }
    QString error() const { return m_error; }
    // Where the keyring keeps its files (encrypted).
    QString keyringDir() const { return m_dir + QStringLiteral("/data/keyrings"); }

private:
    bool fail(const QString &error);
    static void end(QProcess &process);

    QString m_dir;
    QString m_address;
    QString m_error;
    QProcess m_bus;
    QProcess m_keyring;
};
