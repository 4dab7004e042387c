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
        bool later = false;
        const TokenStore::Reply written = waitForReply(
            [&](TokenStore::Done done) { store.write(id, token, std::move(done)); }, &later);
        QVERIFY(later);
        QCOMPARE(written.status, TokenStore::Status::NoKeychain);
        QCOMPARE(written.error, sentence);
        const TokenStore::Reply read
            = waitForReply([&](TokenStore::Done done) { store.read(id, std::move(done)); });
        QCOMPARE(read.status, TokenStore::Status::NoKeychain);
        QVERIFY(read.token.isEmpty());
        QCOMPARE(read.error, sentence);
        const TokenStore::Reply removed
            = waitForReply([&](TokenStore::Done done) { store.remove(id, std::move(done)); });
        QCOMPARE(removed.status, TokenStore::Status::NoKeychain);
        QVERIFY(filesHolding(qEnvironmentVariable("XDG_CONFIG_HOME"), token).isEmpty());
        QVERIFY(filesHolding(QDir::homePath(), token).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainNoBus)
#include "tst_KeychainNoBus.moc"
