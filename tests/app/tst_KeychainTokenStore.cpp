#include "KeychainTokenStore.h"
#include "PrivateSessionBus.h"
#include "SecretServiceProbe.h"
#include "TokenStoreChecks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

// The real keychain through QtKeychain, on a session bus of the test's own: first with no
// Secret Service on it (the "no keychain" path, said as such), then with an unlocked GNOME
// Keyring, where the token makes the whole write, read, replace and remove round trip. The
// token never lands in a plain file: QtKeychain's plain-text fallback stays off.
// (tst_KeychainNoBus covers a machine with no session bus at all.)
class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    const QString token = QStringLiteral("api-keychain-test-token-5150");
    const QString id = QStringLiteral("tst-keychain-connection");
    QTemporaryDir m_dir;
    std::unique_ptr<PrivateSessionBus> m_bus;

    void verifyNoPlainCopy(const QString &secret) const
    {
        QVERIFY(filesHolding(qEnvironmentVariable("XDG_CONFIG_HOME"), secret).isEmpty());
        QVERIFY(filesHolding(QDir::homePath(), secret).isEmpty());
        QVERIFY(filesHolding(m_dir.path(), secret).isEmpty()); // the keyring's files too
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bus = std::make_unique<PrivateSessionBus>(m_dir.path());
        QVERIFY2(m_bus->start(), qPrintable(m_bus->error()));
        // Before anything in this process asks for the session bus: this one is it.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus->address().toUtf8());
    }

    void aBusWithoutSecretServiceIsNoKeychain()
    {
        QCOMPARE(SecretServiceProbe::probe(), SecretServiceProbe::Finding::NoSecretService);
        QVERIFY(SecretServiceProbe::sentence(SecretServiceProbe::Finding::NoSecretService)
                    .contains(QStringLiteral("Secret Service")));
        KeychainTokenStore store;
        verifyNoKeychain(store, id, token,
            SecretServiceProbe::sentence(SecretServiceProbe::Finding::NoSecretService));
        if (QTest::currentTestFailed())
            return;
        verifyNoPlainCopy(token);
    }

    void theTokenMakesTheRoundTripThroughAnUnlockedKeyring()
    {
        QVERIFY2(m_bus->startKeyring("tst-keyring-password"), qPrintable(m_bus->error()));
        QCOMPARE(SecretServiceProbe::probe(), SecretServiceProbe::Finding::Available);
        KeychainTokenStore store;

        const TokenStore::Reply before
            = waitForReply([&](TokenStore::Done done) { store.read(id, std::move(done)); });
        QCOMPARE(before.status, TokenStore::Status::NotFound);

        bool later = false;
        const TokenStore::Reply written = waitForReply(
            [&](TokenStore::Done done) { store.write(id, token, std::move(done)); }, &later);
        QVERIFY(later);
        QVERIFY2(written.status == TokenStore::Status::Ok, qPrintable(written.error));
        // The keyring wrote its file, and the token is not readable in it.
        QVERIFY(!QDir(m_bus->keyringDir()).entryList(QDir::Files).isEmpty());

        // Another store (as the next start of the app) reads it back from the keyring.
        KeychainTokenStore again;
        const TokenStore::Reply read
            = waitForReply([&](TokenStore::Done done) { again.read(id, std::move(done)); });
        QCOMPARE(read.status, TokenStore::Status::Ok);
        QCOMPARE(read.token, token);

        const QString replacement = QStringLiteral("api-keychain-test-token-6160");
        QCOMPARE(waitForReply([&](TokenStore::Done done) {
            store.write(id, replacement, std::move(done));
        }).status,
            TokenStore::Status::Ok);
        QCOMPARE(
            waitForReply([&](TokenStore::Done done) { store.read(id, std::move(done)); }).token,
            replacement);

        const TokenStore::Reply removed
            = waitForReply([&](TokenStore::Done done) { store.remove(id, std::move(done)); });
        QCOMPARE(removed.status, TokenStore::Status::Ok);
        const TokenStore::Reply gone
            = waitForReply([&](TokenStore::Done done) { store.read(id, std::move(done)); });
        QCOMPARE(gone.status, TokenStore::Status::NotFound);
        verifyNoPlainCopy(token);
        verifyNoPlainCopy(replacement);
    }

    void cleanupTestCase() { m_bus.reset(); }
};

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_KeychainTokenStore.moc"
