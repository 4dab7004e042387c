// json::dumpCompact: the compact text of a parsed value, as Json::dump(-1) writes it.
#include "JsonSupport.h"

#include <charconv>
#include <string>

namespace ctx::json {

namespace {

// A string as dump() writes it: plain ASCII (space to DEL, but for " and \) as it is; anything
// else (escapes, UTF-8, which dump() checks) by dump() itself.
void appendString(std::string &out, const std::string &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte > 0x7f || c == '"' || c == '\\') {
            out += Json(text).dump();
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
}

template <typename Integer> void appendInteger(std::string &out, Integer n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
}

// Json::dump() with indent -1 writes {"a":1,"b":[true,null]}: no spaces. Its serializer is set
// up again for every call and writes a character at a time through a virtual call; here only
// floating-point numbers (and types a parsed document never has) still go through it.
void appendCompact(std::string &out, const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto &[name, member] : value.get_ref<const Json::object_t &>()) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, name);
            out += ':';
            appendCompact(out, member);
        }
        out += '}';
        return;
    }
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const Json &entry : value.get_ref<const Json::array_t &>()) {
            if (!first)
                out += ',';
            first = false;
            appendCompact(out, entry);
        }
        out += ']';
        return;
    }
    case Json::value_t::string:
        appendString(out, value.get_ref<const std::string &>());
        return;
    case Json::value_t::number_integer:
        appendInteger(out, value.get<Json::number_integer_t>());
        return;
    case Json::value_t::number_unsigned:
        appendInteger(out, value.get<Json::number_unsigned_t>());
        return;
    case Json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::null:
        out += "null";
        return;
    default:
        out += value.dump();
        return;
    }
}

} // namespace

QByteArray dumpCompact(const Json &value)
{
    // The text is built in a buffer that keeps its capacity, then copied at its exact size.
    thread_local std::string buffer;
    buffer.clear();
    appendCompact(buffer, value);
    return QByteArray(buffer.data(), static_cast<qsizetype>(buffer.size()));
}

} // namespace ctx::json
