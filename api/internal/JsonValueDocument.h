#pragma once

// Internal to ctx_api: how a parsed nlohmann_json document becomes a JsonValue.

#include "JsonSupport.h"
#include "JsonValue.h"

namespace ctx {

struct JsonValue::Document
{
    json::Json root;
};

namespace json {

// The document's root as a JsonValue that owns it.
JsonValue adopt(Json &&root);

} // namespace json

} // namespace ctx
