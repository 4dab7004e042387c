#pragma once

// Internal to ctx_api (uses nlohmann_json; included by .cpp files only).

#include "JsonSupport.h"

#include <QStringList>

namespace ctx::json {

// The path an attribute reference names: a plain name ("email") is one top-level member;
// a JSON pointer ("/address/street", with ~1 for "/" and ~0 for "~") names a nested
// member. Empty for a reference that names nothing ("", or a pointer with a bad escape).
QStringList attributeReferencePath(const QString &reference);

// Removes from a single-kind context object the values that `references` name, even when
// a server sent them. Only the named member goes ("/address/street" keeps "city").
// The top-level "key" is never removed: LaunchDarkly does not allow it to be private.
void removePrivateAttributes(Json &object, const QStringList &references);

} // namespace ctx::json
