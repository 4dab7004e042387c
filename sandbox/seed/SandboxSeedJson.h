#pragma once

#include "SandboxEntities.h"

#include <QByteArray>
#include <QStringView>

namespace sandbox {

// One context's texts as the seed writes them, in UTF-8.
struct SeedContextJson
{
    QByteArray kind;
    QByteArray key;
    QByteArray name; // empty when hasName is false
    bool hasName = false;
    bool anonymous = false;
    QByteArray attributes; // a JSON object, private values removed
    QByteArray privateAttributes; // a JSON array of names and /pointers
    QByteArray member; // as one kind of a multi-kind context: {"key": ..., ...} without "kind"
    QByteArray single; // as sent alone: {"kind": ..., "key": ..., ...}
};

// The JSON of a SeedContext through QJsonDocument: the reference that SandboxSeedRenderer
// matches byte for byte, and the writer of the few hand-made contexts (Anna's).
class SandboxSeedJson
{
public:
    static SeedContextJson prepare(const SeedContext &context);

    // A JSON string (escaped as QJsonDocument does) appended to `out`.
    static void appendString(QByteArray &out, QByteArrayView utf8);
    static void appendString(QByteArray &out, QStringView text);
    // member / single from the key, name, flags, private names and attributes already set.
    static void finish(SeedContextJson &json);
};

} // namespace sandbox
