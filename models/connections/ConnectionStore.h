#pragma once

#include "ConnectionProfile.h"

#include <QObject>

#include <optional>

namespace ctx {

// The saved connections, in QSettings (group "connections"). Never holds a token. The
// built-in demo is always the first connection and cannot be removed.
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionStore(QObject *parent = nullptr);

    // The demo first, then the saved ones by name (case-insensitive).
    QList<ConnectionProfile> connections() const;
    std::optional<ConnectionProfile> find(const QString &id) const;

    // Adds (empty id: a new UUID is given) or replaces a connection; returns it as saved.
    ConnectionProfile save(ConnectionProfile profile);
    // Removes a saved connection (not the demo). Returns whether it existed.
    bool remove(const QString &id);

    // The connection used last (restored on start); empty when none.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

signals:
    void changed();
};

} // namespace ctx
