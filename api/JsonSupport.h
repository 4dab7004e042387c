#pragma once

// Internal to ctx_api (included by .cpp files only): nlohmann_json is heavy to compile,
// so no public header includes it.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace ctx::json {

// Keeps members in the server's order, so attributes show as the server sent them.
using Json = nlohmann::ordered_json;

// Documents nested deeper than this are rejected before they are parsed.
inline constexpr int MaxDepth = 512;

// A field had the wrong type or was missing; detail names the field path.
struct DecodeError
{
    QString detail;
};

// Parses JSON text: throws DecodeError when it is empty, nested deeper than MaxDepth, or
// malformed (the detail carries the byte position). `what` names the text in the detail
// ("the response", "items[2].context").
Json parseBounded(std::string_view text, const QString &what);

// True when arrays/objects nest deeper than `limit` (strings are skipped). Iterative.
bool nestingExceeds(std::string_view text, int limit);

QString toQString(const std::string &text);

// "items[3]" + "key" -> "items[3].key"; "" + "items" -> "items".
QString fieldPath(const QString &parent, const char *name);

// Member access that treats null like absent; throws DecodeError on a wrong type.
const Json *member(const Json &object, const char *name);
const Json &requiredMember(const Json &object, const char *name, const QString &parent);
QString requiredString(const Json &object, const char *name, const QString &parent);
std::optional<QString> optionalString(const Json &object, const char *name, const QString &parent);
std::optional<qint64> optionalInteger(
    const Json &object, const char *name, const QString &parent, bool acceptNumericString = false);
std::optional<bool> optionalBool(const Json &object, const char *name, const QString &parent);

// RFC 3339 date-time ("2022-04-15T15:00:57.526470334Z", "...+02:00") as UTC with
// millisecond precision; nullopt when the text is not one.
std::optional<QDateTime> parseRfc3339(const QString &text);

} // namespace ctx::json
