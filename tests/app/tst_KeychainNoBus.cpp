#include "KeychainTokenStore.h"
#include "SecretServiceProbe.h"
#include "TokenStoreChecks.h"

#include <QTest>

using namespace ctx;

// A machine with no D-Bus session bus (a server, a container, CI): the keychain is "no
// keychain", said as such, answered from the event loop, and nothing is written anywhere.
// The test's environment points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist.
class tst_KeychainNoBus : public QObject
{
    Q_OBJECT

private:
    const QString token = QStringLiteral("api-keychain-test-token-7170");
    const QString id = QStringLiteral("tst-keychain-connection");

private slots:
    void noSessionBusIsNoKeychain()
    {
        QCOMPARE(SecretServiceProbe::probe(), SecretServiceProbe::Finding::NoSessionBus);
        const QString sentence
            = SecretServiceProbe::sentence(SecretServiceProbe::Finding::NoSessionBus);
        QVERIFY(sentence.contains(QStringLiteral("session bus")));
        KeychainTokenStore store;
        verifyNoKeychain(store, id, token, sentence);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(filesHolding(qEnvironmentVariable("XDG_CONFIG_HOME"), token).isEmpty());
        QVERIFY(filesHolding(QDir::homePath(), token).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainNoBus)
#include "tst_KeychainNoBus.moc"
