#pragma once

#include "SandboxEntities.h"

#include <QtGlobal>

namespace sandbox {

// A generated context as the seed plans it: a kind of SandboxEntities and its number, packed in
// 32 bits (kind in the top 4). Kinds are in the order of their kind names, which is the order
// of the contexts of a multi-kind instance.
class SeedEntity
{
public:
    enum Kind : quint8 {
        Device, // "device"
        Location, // "location"
        Organization, // "organization"
        User, // "user"
        Anonymous, // "user", anonymous
        Special, // one of Specials below
    };
    // LaunchDarkly's "Anna at Global Health" example: the same Anna twice, once with her email
    // private (from the Android app).
    enum Specials : quint8 {
        Anna,
        AnnaPrivate,
        GlobalHealthSpringfield,
        GlobalHealthMidway,
        AnnasIpad,
        AnnasAndroid,
        SpecialCount,
    };

    static constexpr quint32 make(Kind kind, int index)
    {
        return (quint32(kind) << 28) | (quint32(index) & 0x0fffffffU);
    }
    static constexpr Kind kind(quint32 entity) { return Kind(entity >> 28); }
    static constexpr int index(quint32 entity) { return int(entity & 0x0fffffffU); }
    static constexpr int kMaxIndex = 0x0fffffff;

    // The order of the kind names ("device" < "location" < "organization" < "user").
    static int rank(quint32 entity)
    {
        if (kind(entity) != Special)
            return kind(entity) == Anonymous ? int(User) : int(kind(entity));
        switch (index(entity)) {
        case GlobalHealthSpringfield:
        case GlobalHealthMidway:
            return Organization;
        case AnnasIpad:
        case AnnasAndroid:
            return Device;
        default:
            return User;
        }
    }

    static SeedContext special(int which)
    {
        switch (which) {
        case AnnaPrivate: {
            SeedContext anna = SandboxEntities::anna();
            anna.privateAttributes.append(QStringLiteral("email"));
            return anna;
        }
        case GlobalHealthSpringfield:
            return SandboxEntities::globalHealthSpringfield();
        case GlobalHealthMidway:
            return SandboxEntities::globalHealthMidway();
        case AnnasIpad:
            return SandboxEntities::annasIpad();
        case AnnasAndroid:
            return SandboxEntities::annasAndroid();
        default:
            return SandboxEntities::anna();
        }
    }
};

} // namespace sandbox
