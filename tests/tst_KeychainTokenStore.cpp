#include "KeychainTokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ctx;

// The real keychain through QtKeychain. On a desktop with a Secret Service the token makes
// the round trip; on a machine without one (CI) every call says NoKeychain. Either way the
// token never lands in a file: QtKeychain's plain-text fallback stays off.
class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    const QString token = QStringLiteral("api-keychain-test-token-5150");
    const QString id = QStringLiteral("tst-keychain-connection");

    static TokenStore::Reply wait(const std::function<void(TokenStore::Done)> &call)
    {
        std::optional<TokenStore::Reply> result;
        call([&result](const TokenStore::Reply &reply) { result = reply; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return {TokenStore::Status::Failed, {}, QStringLiteral("no answer in 30 s")};
        return *result;
    }

    // Every file under `root` that holds the token.
    QStringList filesHoldingToken(const QString &root) const
    {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < qint64(10) * 1024 * 1024 && file.open(QIODevice::ReadOnly)
                && file.readAll().contains(token.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

private slots:
    void writeReadRemoveOrSayThereIsNoKeychain()
    {
        KeychainTokenStore store;
        const TokenStore::Reply written
            = wait([&](TokenStore::Done done) { store.write(id, token, std::move(done)); });
        // A machine without a Secret Service (CI, a bare server) is "no keychain", which the
        // app explains, not a keychain that refused.
        QVERIFY2(written.status == TokenStore::Status::Ok
                || written.status == TokenStore::Status::NoKeychain,
            qPrintable(written.error));
        QVERIFY(!written.error.contains(token));
        qInfo("keychain write: status %d, %s", int(written.status), qPrintable(written.error));
        const TokenStore::Reply read
            = wait([&](TokenStore::Done done) { store.read(id, std::move(done)); });
        if (written.status == TokenStore::Status::Ok) {
            QCOMPARE(read.status, TokenStore::Status::Ok);
            QCOMPARE(read.token, token);
            const TokenStore::Reply removed
                = wait([&](TokenStore::Done done) { store.remove(id, std::move(done)); });
            QCOMPARE(removed.status, TokenStore::Status::Ok);
            const TokenStore::Reply gone
                = wait([&](TokenStore::Done done) { store.read(id, std::move(done)); });
            QCOMPARE(gone.status, TokenStore::Status::NotFound);
        } else {
            // Nothing saved, so nothing read back, and the person is told why.
            QCOMPARE(read.status, TokenStore::Status::NoKeychain);
            QVERIFY(read.token.isEmpty());
            QVERIFY(!read.error.isEmpty());
        }
        // No plain-text copy under the config folder or the home folder's config.
        QVERIFY(filesHoldingToken(qEnvironmentVariable("XDG_CONFIG_HOME")).isEmpty());
        QVERIFY(filesHoldingToken(QDir::homePath() + QStringLiteral("/.config/contexts-browser"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_KeychainTokenStore.moc"
