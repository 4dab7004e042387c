#pragma once

// Internal to ctx_api: the SAX handler behind json::parseBounded.

#include "JsonSupport.h"

#include <string>
#include <utility>
#include <vector>

namespace ctx::json {

// The document as nlohmann_json's own DOM builder (json_sax_dom_parser) makes it, built from
// the inside out, and only the members a Shape keeps (nullptr: all).
//
// Why not Json::parse: ordered_json keeps an object's members in a std::vector of
// pair<const std::string, Json>. Such a pair cannot be moved without a throwing copy of its
// key, so when the vector grows it copies its members, values and all: every member added to
// an object after a big one (a page's "totalCount" after its "items", an item's "lastSeen"
// after its "context") copied the big one again. Here an object's members are gathered in a
// vector that moves, and the object is made once, at its exact size, when it closes.
// A repeated member keeps its first place and its last value, as with Json::parse.
// It stops (returns false) at an array or object nested deeper than MaxDepth.
class DomBuilder
{
public:
    DomBuilder(Json &root, const Shape *shape)
        : m_root(root)
        , m_rootShape(shape)
    {
    }

    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(Json::number_integer_t v) { return value(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(v); }
    bool number_float(Json::number_float_t v, const Json::string_t & /*text*/) { return value(v); }
    bool string(Json::string_t &v) { return value(v); }
    bool binary(Json::binary_t &v) { return value(std::move(v)); }
    bool start_object(std::size_t /*size*/) { return open(true); }
    bool start_array(std::size_t /*size*/) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t &name)
    {
        if (m_skipDepth > 0)
            return true;
        Level &level = m_levels[m_depth - 1];
        const KeptMember *kept = nullptr;
        if (level.shape) {
            for (const KeptMember &member : level.shape->members) {
                if (member.name == name) {
                    kept = &member;
                    break;
                }
            }
            if (!kept) {
                m_skipNext = true;
                return true;
            }
        }
        level.memberShape = kept ? kept->shape : nullptr;
        for (std::size_t i = 0; i < level.members.size(); ++i) {
            if (level.members[i].first == name) {
                level.pending = i;
                return true;
            }
        }
        level.members.emplace_back(name, Json());
        level.pending = level.members.size() - 1;
        return true;
    }

    template <class Exception>
    bool parse_error(std::size_t /*position*/, const std::string & /*token*/, const Exception &e)
    {
        throw e;
    }

private:
    struct Level
    {
        bool object = false;
        const Shape *shape = nullptr; // of this object, or of this array's entries
        const Shape *memberShape = nullptr; // of the value after the last key
        std::size_t pending = 0; // members[pending] gets the value after the last key
        std::vector<std::pair<Json::string_t, Json>> members;
        Json::array_t entries;
    };

    void place(Json &&v)
    {
        if (m_depth == 0) {
            m_root = std::move(v);
            return;
        }
        Level &top = m_levels[m_depth - 1];
        if (top.object)
            top.members[top.pending].second = std::move(v);
        else
            top.entries.push_back(std::move(v));
    }

    template <typename Value> bool value(Value &&v)
    {
        if (m_skipDepth > 0)
            return true;
        if (m_skipNext) {
            m_skipNext = false;
            return true;
        }
        place(Json(std::forward<Value>(v)));
        return true;
    }

    bool open(bool object)
    {
        if (m_depth + m_skipDepth >= static_cast<std::size_t>(MaxDepth))
            return false; // this one would be one level too deep
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return true;
        }
        if (m_skipNext) {
            m_skipNext = false;
            m_skipDepth = 1;
            return true;
        }
        const Shape *shape = m_rootShape;
        if (m_depth > 0) {
            const Level &parent = m_levels[m_depth - 1];
            shape = parent.object ? parent.memberShape : parent.shape;
        }
        if (m_depth == m_levels.size())
            m_levels.emplace_back();
        Level &level = m_levels[m_depth++]; // a deeper level's vectors are reused
        level.object = object;
        level.shape = shape;
        level.members.clear();
        level.entries.clear();
        return true;
    }

    bool close()
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        Level &level = m_levels[--m_depth];
        if (level.object) {
            Json object(Json::value_t::object);
            auto &members
                = static_cast<Json::object_t::Container &>(object.get_ref<Json::object_t &>());
            members.reserve(level.members.size());
            for (auto &[name, value] : level.members)
                members.emplace_back(std::move(name), std::move(value));
            level.members.clear();
            place(std::move(object));
        } else {
            Json array(Json::value_t::array);
            array.get_ref<Json::array_t &>() = std::move(level.entries);
            level.entries.clear();
            place(std::move(array));
        }
        return true;
    }

    Json &m_root;
    const Shape *m_rootShape;
    std::vector<Level> m_levels; // the first m_depth are open
    std::size_t m_depth = 0;
    bool m_skipNext = false; // the value after the last key is not kept
    std::size_t m_skipDepth = 0; // > 0: inside a value that is not kept
};

} // namespace ctx::json
