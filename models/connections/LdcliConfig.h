#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace ctx {

// What LaunchDarkly's CLI keeps in its config file (~/.config/ldcli/config.yml, or under
// $XDG_CONFIG_HOME): access-token, base-uri, project, environment. Offered as a connection.
struct LdcliConfig
{
    QString accessToken;
    QUrl baseUri; // empty: ldcli's default, https://app.launchdarkly.com
    QString project;
    QString environment;
};

// The config file's path (it may not exist).
QString ldcliConfigPath();

// Reads the file; nullopt when it does not exist, cannot be read or holds none of the keys.
std::optional<LdcliConfig> readLdcliConfig(const QString &path);

} // namespace ctx
