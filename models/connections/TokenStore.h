#pragma once

#include <QString>

#include <functional>

namespace ctx {

// Where access tokens are kept, per connection id: the OS keychain in the app
// (app/KeychainTokenStore, QtKeychain), memory in tests (tests/support/MemoryTokenStore.h).
// Calls complete later, from the event loop. Nothing here ever writes a token anywhere else.
class TokenStore
{
public:
    enum class Status {
        Ok, // read: token holds the token; write/remove: done
        NotFound, // read: no token saved for this connection
        NoKeychain, // no keychain (no Secret Service running): nothing was read or written
        Failed, // the keychain refused (locked, denied): error says why
    };
    struct Reply
    {
        Status status = Status::Failed;
        QString token; // read only
        QString error; // a sentence for the person; never contains a token
    };
    using Done = std::function<void(const Reply &)>;

    virtual ~TokenStore() = default;
    virtual void read(const QString &connectionId, Done done) = 0;
    virtual void write(const QString &connectionId, const QString &token, Done done) = 0;
    virtual void remove(const QString &connectionId, Done done) = 0;
};

} // namespace ctx
