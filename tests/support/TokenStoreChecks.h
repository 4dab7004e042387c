#pragma once

#include "TokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <functional>
#include <optional>

// Runs one TokenStore call and waits for its answer (30 s at most). `answeredLater` is set to
// whether the answer came from the event loop, after the call returned, as the interface asks.
inline ctx::TokenStore::Reply waitForReply(
    const std::function<void(ctx::TokenStore::Done)> &call, bool *answeredLater = nullptr)
{
    std::optional<ctx::TokenStore::Reply> result;
    call([&result](const ctx::TokenStore::Reply &reply) { result = reply; });
    if (answeredLater)
        *answeredLater = !result.has_value();
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return {ctx::TokenStore::Status::Failed, {}, QStringLiteral("no answer in 30 s")};
    return *result;
}

// Every file under `root` whose bytes hold `secret`.
inline QStringList filesHolding(const QString &root, const QString &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < qint64(10) * 1024 * 1024 && file.open(QIODevice::ReadOnly)
            && file.readAll().contains(secret.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

// Every call of `store` answers NoKeychain with `sentence`, from the event loop, and nothing is
// read back. (QVERIFY returns from here only: the caller checks QTest::currentTestFailed().)
inline void verifyNoKeychain(
    ctx::TokenStore &store, const QString &id, const QString &token, const QString &sentence)
{
    using Status = ctx::TokenStore::Status;
    using Done = ctx::TokenStore::Done;
    bool later = false;
    const ctx::TokenStore::Reply written
        = waitForReply([&](Done done) { store.write(id, token, std::move(done)); }, &later);
    QVERIFY(later);
    QCOMPARE(written.status, Status::NoKeychain);
    QCOMPARE(written.error, sentence);
    const ctx::TokenStore::Reply read
        = waitForReply([&](Done done) { store.read(id, std::move(done)); });
    QCOMPARE(read.status, Status::NoKeychain);
    QVERIFY(read.token.isEmpty());
    QCOMPARE(read.error, sentence);
    const ctx::TokenStore::Reply removed
        = waitForReply([&](Done done) { store.remove(id, std::move(done)); });
    QCOMPARE(removed.status, Status::NoKeychain);
}
