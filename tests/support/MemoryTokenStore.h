#pragma once

#include "TokenStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QStringList>

#include <functional>

// A TokenStore in memory. Like the keychain, every call completes later, from the event loop.
// `mode` simulates a machine without a keychain (NoKeychain) or a keychain that refuses
// (Failed); then nothing is read or written.
class MemoryTokenStore : public ctx::TokenStore
{
public:
    using Status = ctx::TokenStore::Status;

    void read(const QString &connectionId, Done done) override
    {
        calls.append(QStringLiteral("read ") + connectionId);
        Reply reply = failure();
        if (mode == Status::Ok) {
            const auto it = tokens.constFind(connectionId);
            reply.status = it == tokens.cend() ? Status::NotFound : Status::Ok;
            if (it != tokens.cend())
                reply.token = *it;
        }
        later(std::move(done), reply);
    }

    void write(const QString &connectionId, const QString &token, Done done) override
    {
        calls.append(QStringLiteral("write ") + connectionId);
        Reply reply = failure();
        if (mode == Status::Ok) {
            reply.status = Status::Ok;
            later(std::move(done), reply,
                [this, connectionId, token] { tokens.insert(connectionId, token); });
            return;
        }
        later(std::move(done), reply);
    }

    void remove(const QString &connectionId, Done done) override
    {
        calls.append(QStringLiteral("remove ") + connectionId);
        Reply reply = failure();
        if (mode == Status::Ok) {
            reply.status = Status::Ok;
            later(std::move(done), reply, [this, connectionId] { tokens.remove(connectionId); });
            return;
        }
        later(std::move(done), reply);
    }

    // Ok: a working keychain; NoKeychain or Failed: every call fails that way.
    Status mode = Status::Ok;
    QHash<QString, QString> tokens; // by connection id
    QStringList calls; // "read <id>", "write <id>", "remove <id>" (never the token)

private:
    Reply failure() const
    {
        Reply reply;
        reply.status = mode;
        if (mode == Status::Failed)
            reply.error = QStringLiteral("The keychain is locked.");
        else if (mode == Status::NoKeychain)
            reply.error = QStringLiteral("No keychain is available.");
        return reply;
    }

    // Completes from the event loop; the change itself (`effect`) happens then too, as the
    // keychain's would, just before the reply.
    static void later(Done done, const Reply &reply, std::function<void()> effect = {})
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done = std::move(done), reply, effect = std::move(effect)] {
                if (effect)
                    effect();
                if (done)
                    done(reply);
            },
            Qt::QueuedConnection);
    }
};
