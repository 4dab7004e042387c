#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace ctx {

// One named connection: where to talk and which environment to browse. The access token is
// not here: it lives in the OS keychain (TokenStore) or comes from LD_ACCESS_TOKEN.
struct ConnectionProfile
{
    QString id; // stable (a UUID); demoId() for the built-in demo
    QString name; // shown in the switcher, e.g. "Production (EU)"
    QUrl baseUrl; // e.g. https://app.launchdarkly.com
    QString color; // "#rrggbb", may be empty
    bool production = false; // badge + the stronger delete confirmation
    QString projectKey;
    QString environmentKey;
    QString caFile; // extra CA certificates (PEM) trusted for this connection; empty: system

    static QString demoId() { return QStringLiteral("demo"); }
    bool isDemo() const { return id == demoId(); }

    bool operator==(const ConnectionProfile &) const = default;
};

// LaunchDarkly's instances: Commercial, EU, Federal (api-notes.md §1).
struct KnownInstance
{
    QString name;
    QUrl baseUrl;
};
QList<KnownInstance> knownInstances();

} // namespace ctx
