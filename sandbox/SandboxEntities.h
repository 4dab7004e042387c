#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

enum class Platform { None, Apple, Android, Desktop };

// One context as an SDK would send it, before private values are removed.
struct SeedContext
{
    QString kind;
    QString key;
    std::optional<QString> name;
    QJsonObject attributes; // custom attributes, without kind, key, name, anonymous and _meta
    QStringList privateAttributes; // names or /json/pointers whose values are redacted
    bool anonymous = false;
    Platform platform = Platform::None; // devices: which app they run
};

// Deterministic, realistic contexts: the one numbered `index` of a kind is always the same
// for the same salt, so a context seen in several instances or from several applications
// carries the same attributes everywhere.
class SandboxEntities
{
public:
    SandboxEntities(quint64 salt, qint64 nowMs);

    SeedContext user(int index) const;
    SeedContext organization(int index) const;
    SeedContext device(int index) const;
    SeedContext location(int index) const;
    SeedContext anonymousUser(int index) const;
    static constexpr int kLocations = 16;

    // The "Anna at Global Health" example from LaunchDarkly's docs, verbatim.
    static SeedContext anna();
    static SeedContext globalHealthSpringfield();
    static SeedContext globalHealthMidway();
    static SeedContext annasIpad();
    static SeedContext annasAndroid();

private:
    quint64 hash(quint64 kind, int index) const;
    QString key(const char *prefix, quint64 hash) const;
    QString dateBefore(quint64 hash, int maxDays) const;

    quint64 m_salt;
    qint64 m_nowMs;
};

} // namespace sandbox
