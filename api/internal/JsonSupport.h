#pragma once

// Internal to ctx_api (included by .cpp files only): nlohmann_json is heavy to compile,
// so no public header includes it.

#include "ApiError.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

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

// The members a decoder reads, for parseBounded() to keep: the whole text is still parsed and
// checked, but the values of other members are not stored (a list page's _access and self
// links are most of its bytes). A Shape lists the members kept of the objects at one place of
// the document, each with the Shape of its own value (nullptr: all of it); in an array, the
// Shape applies to its entries. Values that are not objects are kept as they are, so a decoder
// reports a wrong type exactly as without a Shape.
struct Shape;
struct KeptMember
{
    std::string_view name;
    const Shape *shape = nullptr; // nullptr: the whole value
};
struct Shape
{
    std::span<const KeptMember> members;
};
Json parseBounded(std::string_view text, const QString &what, const Shape &keep);

// An nlohmann_json exception's message without its "[json.exception...]" prefix and without
// the raw bytes it quotes from the body ("last read: ..."), to sit in a sentence.
QString exceptionText(const Json::exception &e);

// True when arrays/objects nest deeper than `limit` (strings are skipped). Iterative.
bool nestingExceeds(std::string_view text, int limit);

QString toQString(const std::string &text);

// Equal texts as one shared QString: a page repeats a few kinds and sources on every row, and
// each row holding its own copy of "user" costs an allocation to decode and memory to keep.
// Remembers the first few distinct texts it sees (linear search: meant for a handful).
class SharedTexts
{
public:
    QString get(const std::string &text);

private:
    static constexpr std::size_t Capacity = 16;
    std::vector<std::pair<std::string, QString>> m_texts;
};

std::string_view view(const QByteArray &bytes);
QString typeName(const Json &value); // "object", "array", "string", ...
[[noreturn]] void fail(const QString &detail); // throws DecodeError

// "items[3]" + "key" -> "items[3].key"; "" + "items" -> "items".
QString fieldPath(const QString &parent, const char *name);
// "items" + 3 -> "items[3]".
QString indexPath(const QString &parent, qsizetype index);

// Throws DecodeError naming `path` unless `value` has the type.
const Json &requireObject(const Json &value, const QString &path);
const Json &requireArray(const Json &value, const QString &path);

// Member access that treats null like absent; throws DecodeError on a wrong type.
const Json *member(const Json &object, const char *name);
const Json &requiredMember(const Json &object, const char *name, const QString &parent);
QString requiredString(const Json &object, const char *name, const QString &parent);
std::optional<QString> optionalString(const Json &object, const char *name, const QString &parent);
std::optional<qint64> optionalInteger(
    const Json &object, const char *name, const QString &parent, bool acceptNumericString = false);
std::optional<bool> optionalBool(const Json &object, const char *name, const QString &parent);
// An optional array of strings (e.g. anonymousKinds); empty when absent.
QStringList optionalStringList(const Json &object, const char *name, const QString &parent);

// A member that may be JSON null (unlike member(), which treats null as absent).
const Json *anyMember(const Json &object, const char *name);
// Any JSON value as compact text (invalid UTF-8 replaced); "null" when absent.
QByteArray compactValue(const Json *value);
// value.dump(): compact, UTF-8 as it is, throwing on invalid UTF-8; the same bytes, written
// faster (see JsonSupport.cpp).
QByteArray dumpCompact(const Json &value);

// Decodes each entry of the array `items` with `decodeOne(entry, index)`.
template <typename T, typename DecodeOne>
QList<T> decodeEach(const Json &items, DecodeOne decodeOne)
{
    QList<T> list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        list.append(decodeOne(items[i], static_cast<qsizetype>(i)));
    return list;
}

// _links.<name>.href, or empty when not sent.
QString linkHref(const Json &object, const char *name, const QString &parent);
// The continuationToken query item of a next link (relative or absolute), or empty.
QString continuationTokenOfLink(const QString &href);

// The response's root object and its required "items" array.
const Json &rootItems(const Json &root);
Json &rootItems(Json &root);

// Runs `decode` (which parses and reads a body), turning DecodeError and any
// nlohmann_json exception into an InvalidResponse ApiError.
template <typename T, typename Decode> Result<T> guardedDecode(Decode &&decode)
{
    try {
        return decode();
    } catch (const DecodeError &e) {
        return ApiError(ApiError::Kind::InvalidResponse, e.detail);
    } catch (const Json::exception &e) {
        return ApiError(ApiError::Kind::InvalidResponse, exceptionText(e));
    }
}

} // namespace ctx::json
