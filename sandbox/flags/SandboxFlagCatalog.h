#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace sandbox {

// The demo project's flags and segments, written the way a person would configure them in
// LaunchDarkly, around the "Anna at Global Health" example: "patient-records" is served to
// doctors, "springfield-staff" holds the organizations in Springfield, and so on.
//
// flags(): one object per flag with its definition (key, name, description, kind, tags,
// temporary, deprecated, variations) and its production targeting (on, offVariation,
// fallthrough, targets, rules, prerequisites); `staging` overrides some of it per flag.
// segments(): key, name, description, tags, included, excluded, rules. `internalUsers` are
// three seeded user keys: the first two are included in "internal-staff", the third excluded.
class SandboxFlagCatalog
{
public:
    static QJsonArray flags();
    static QJsonArray segments(const QStringList &internalUsers);
};

} // namespace sandbox
