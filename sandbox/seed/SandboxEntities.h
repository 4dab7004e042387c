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

// The draws that make one generated context, before any JSON: SandboxEntities turns them into a
// SeedContext, SandboxSeedRenderer straight into JSON text (millions of times, when seeding).
// Texts are Latin-1 constants.
struct UserFields
{
    quint64 key = 0; // SandboxEntities::keyText("user", key)
    const char *first = nullptr;
    const char *last = nullptr;
    const char *domain = nullptr;
    const char *job = nullptr;
    const char *plan = nullptr;
    int streetNumber = 0;
    const char *street = nullptr;
    const char *city = nullptr;
    qint64 createdAtMs = 0; // whole seconds
    bool beta = false;
    int logins = 0;
    quint8 groups = 0; // bit i: SandboxEntities::groupNames()[i]
    bool privateEmail = false;
    bool privateStreet = false;
};

struct OrganizationFields
{
    quint64 key = 0; // keyText("org", key)
    const char *company = nullptr;
    bool nameWithCity = false; // "<company> <city>"
    int streetNumber = 0;
    const char *street = nullptr;
    const char *city = nullptr;
    const char *industry = nullptr;
    int employees = 0;
    const char *plan = nullptr;
    qint64 createdAtMs = 0;
    bool privateStreet = false;
};

struct DeviceFields
{
    quint64 key = 0; // keyText("device", key)
    Platform platform = Platform::None;
    const char *type = nullptr;
    const char *model = nullptr;
    const char *os = nullptr;
    const char *version = nullptr;
    int deviceId = 0;
};

struct LocationFields
{
    QString key;
    const char *city = nullptr;
    const char *timeZone = nullptr;
    int stores = 0;
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

    UserFields userFields(int index) const;
    OrganizationFields organizationFields(int index) const;
    DeviceFields deviceFields(int index) const;
    LocationFields locationFields(int index) const;
    quint64 anonymousKey(int index) const; // keyText("anon", ...)
    // The platform of device(index), without the rest of it.
    Platform devicePlatform(int index) const;
    static const char *const *groupNames(); // kGroupCount of them
    static constexpr int kGroupCount = 4;

    // The "Anna at Global Health" example from LaunchDarkly's docs, verbatim.
    static SeedContext anna();
    static SeedContext globalHealthSpringfield();
    static SeedContext globalHealthMidway();
    static SeedContext annasIpad();
    static SeedContext annasAndroid();

    // "<prefix>-" and 12 hex digits (48 bits, so that keys do not collide in practice).
    static QString keyText(const char *prefix, quint64 key);
    static constexpr int kKeyDigits = 12;

private:
    quint64 hash(quint64 kind, int index) const;
    qint64 dateBefore(quint64 hash, int maxDays) const;

    quint64 m_salt;
    qint64 m_nowMs;
};

} // namespace sandbox
