#include "PrivateSessionBus.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

namespace {

// A session bus that only routes: no service files, so nothing is started behind the test's
// back.
QByteArray busConfig(const QString &socket)
{
    return QByteArrayLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                             "Configuration 1.0//EN\"\n"
                             " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                             "<busconfig>\n"
                             "  <type>session</type>\n"
                             "  <listen>unix:path=")
        + socket.toUtf8()
        + QByteArrayLiteral("</listen>\n"
                            "  <auth>EXTERNAL</auth>\n"
                            "  <policy context=\"default\">\n"
                            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                            "    <allow eavesdrop=\"true\"/>\n"
                            "    <allow own=\"*\"/>\n"
                            "  </policy>\n"
                            "</busconfig>\n");
}

} // namespace

PrivateSessionBus::PrivateSessionBus(QString dir)
    : m_dir(std::move(dir))
{
}

PrivateSessionBus::~PrivateSessionBus()
{
    end(m_keyring);
    end(m_bus);
}

void PrivateSessionBus::end(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

bool PrivateSessionBus::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool PrivateSessionBus::start()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        return fail(QStringLiteral("dbus-daemon is not installed (scripts/install-deps --tests)"));
    const QString config = m_dir + QStringLiteral("/bus.conf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(busConfig(m_dir + QStringLiteral("/bus"))) < 0)
        return fail(QStringLiteral("cannot write %1").arg(config));
    file.close();
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(daemon,
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
            QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(10000))
        return fail(QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString()));
    const QDeadlineTimer deadline(10000);
    while (!m_bus.canReadLine() && !deadline.hasExpired() && m_bus.state() == QProcess::Running)
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return fail(QStringLiteral("dbus-daemon gave no address: %1")
                        .arg(QString::fromUtf8(m_bus.readAllStandardError())));
    return true;
}

bool PrivateSessionBus::startKeyring(const QByteArray &password)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (daemon.isEmpty())
        return fail(
            QStringLiteral("gnome-keyring-daemon is not installed (scripts/install-deps --tests)"));
    const QString runtime = m_dir + QStringLiteral("/run");
    if (!QDir().mkpath(runtime) || !QDir().mkpath(m_dir + QStringLiteral("/home"))
        || !QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(QStringLiteral("cannot make %1").arg(runtime));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("HOME"), m_dir + QStringLiteral("/home"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.start(daemon,
        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000))
        return fail(
            QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString()));
    // --unlock reads the login keyring's password from standard input, to its end.
    // (QProcess writes from the event loop; this loop does not run one, so wait here.)
    m_keyring.write(password);
    m_keyring.waitForBytesWritten(5000);
    m_keyring.closeWriteChannel();

    QDBusConnection bus
        = QDBusConnection::connectToBus(m_address, QStringLiteral("private-session-bus-probe"));
    if (!bus.isConnected())
        return fail(
            QStringLiteral("cannot connect to the private bus: %1").arg(bus.lastError().message()));
    const QDeadlineTimer deadline(15000);
    bool registered = false;
    while (!registered && !deadline.hasExpired() && m_keyring.state() == QProcess::Running) {
        const QDBusReply<bool> reply
            = bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
        registered = reply.isValid() && reply.value();
        if (!registered)
            QThread::msleep(50);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("private-session-bus-probe"));
    if (!registered)
        return fail(QStringLiteral("gnome-keyring-daemon did not register org.freedesktop.secrets "
                                   "in 15 s (%1)")
                        .arg(m_keyring.state() == QProcess::Running
                                ? QStringLiteral("still running")
                                : QStringLiteral("exit %1").arg(m_keyring.exitCode())));
    return true;
}
