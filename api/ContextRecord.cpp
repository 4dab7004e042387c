#include "ContextRecord.h"

#include "JsonValueDocument.h"
#include "PrivateAttributes.h"

namespace ctx {

JsonValue ContextRecord::attributes() const
{
    json::Json object = json::Json::object();
    try {
        json::Json parsed = json::parseBounded(json::view(attributesJson), QString());
        if (parsed.is_object())
            object = std::move(parsed);
    } catch (const json::DecodeError &) {
        // Not JSON: no attributes to show.
    }
    object.erase("kind");
    object.erase("_meta");
    json::removePrivateAttributes(object, privateAttributes);
    return json::adopt(std::move(object));
}

bool ContextRecord::isPrivate(const JsonPointer &pointer) const
{
    const QStringList &path = pointer.tokens();
    if (path.isEmpty() || path == QStringList {QStringLiteral("key")})
        return false;
    for (const QString &reference : privateAttributes) {
        const QStringList privatePath = json::attributeReferencePath(reference);
        if (privatePath.isEmpty() || privatePath.size() > path.size())
            continue;
        if (std::equal(privatePath.cbegin(), privatePath.cend(), path.cbegin()))
            return true;
    }
    return false;
}

bool ContextRecord::nameIsPrivate() const
{
    return isPrivate(JsonPointer::fromTokens({QStringLiteral("name")}));
}

} // namespace ctx
