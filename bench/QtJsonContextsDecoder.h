#pragma once

#include "ContextRecord.h"
#include "Result.h"

#include <QByteArray>

// The benchmark's yardstick, not used by the app: ctx::decodeContextsPage (api/JsonDecoder.h,
// nlohmann_json) written again on QJsonDocument. Same records out, the same rules read the
// same way: the context as an object or JSON text, multi-kind split per kind, private
// references from privateAttributes and redactedAttributes with their values removed,
// totalCount as an integer or numeric string, a wrong type or missing required field an
// InvalidResponse naming the field. Differences that do not matter here: members of
// attributesJson come out in QJsonObject's (sorted) order rather than the server's, lastSeen
// is read by Qt's ISO 8601 parser, and nesting is bounded by QJsonDocument's own limit.
namespace qtjson {

ctx::Result<ctx::ContextsPage> decodeContextsPage(const QByteArray &body);

} // namespace qtjson
