#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>
#include <optional>

namespace sandbox {
class SandboxServer;
}

// The raw bodies of a seeded sandbox's replies, as the client receives them: an in-process
// SandboxServer (project "demo", environment "production", a fixed "now" so that the same seed
// gives the same bytes) and real HTTP requests with the headers the app sends.
class SandboxPages
{
public:
    SandboxPages();
    ~SandboxPages();

    // Seeds `contexts` list rows (in memory) and listens. On failure returns false and says why.
    bool start(int contexts, QString *error);
    // Stops the server and frees its database.
    void stop();

    // POST .../contexts/search with {"limit": limit} (and the cursor when not empty): the 200
    // body, or nullopt with *error set.
    std::optional<QByteArray> searchPage(
        int limit, const QString &continuationToken, QString *error);
    // GET of a root-relative, already encoded path: the 200 body, or nullopt with *error set.
    std::optional<QByteArray> get(const QString &path, QString *error);

    static const QString kSearchPath;

private:
    std::optional<QByteArray> send(
        const QByteArray &method, const QString &path, const QByteArray &body, QString *error);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
