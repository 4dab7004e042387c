#pragma once

#include "ConnectionProfile.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace ctx {

class Settings;

// The saved connections, in QSettings (group "connections"). Never holds a token. The
// built-in demo is always the first connection and cannot be removed.
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    // Over the application's settings.
    explicit ConnectionStore(QObject *parent = nullptr);
    // Over `settings` (tests): not owned, and must outlive the store.
    explicit ConnectionStore(QSettings *settings, QObject *parent = nullptr);
    ~ConnectionStore() override;

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

private:
    Settings &settings() const;

    std::unique_ptr<Settings> m_settings;
};

} // namespace ctx
