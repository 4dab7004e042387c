#include "PrivateAttributes.h"

#include "JsonPointer.h"

namespace ctx::json {

QStringList attributeReferencePath(const QString &reference)
{
    const std::optional<JsonPointer> pointer = JsonPointer::fromReference(reference);
    return pointer ? pointer->tokens() : QStringList();
}

void removePrivateAttributes(Json &object, const QStringList &references)
{
    for (const QString &reference : references) {
        const QStringList path = attributeReferencePath(reference);
        if (path.isEmpty() || (path.size() == 1 && path.first() == QLatin1String("key")))
            continue;
        Json *current = &object;
        for (qsizetype i = 0; i + 1 < path.size() && current; ++i) {
            const auto it = current->find(path.at(i).toStdString());
            current = (it != current->end() && it->is_object()) ? &*it : nullptr;
        }
        if (current && current->is_object())
            current->erase(path.last().toStdString());
    }
}

} // namespace ctx::json
