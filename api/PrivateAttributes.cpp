#include "PrivateAttributes.h"

namespace ctx::json {

QStringList attributeReferencePath(const QString &reference)
{
    if (reference.isEmpty())
        return {};
    if (!reference.startsWith(QLatin1Char('/')))
        return {reference};
    QStringList path;
    const QStringList tokens = reference.mid(1).split(QLatin1Char('/'));
    for (const QString &token : tokens) {
        QString decoded;
        decoded.reserve(token.size());
        for (qsizetype i = 0; i < token.size(); ++i) {
            const QChar c = token.at(i);
            if (c != QLatin1Char('~')) {
                decoded.append(c);
                continue;
            }
            const QChar next = i + 1 < token.size() ? token.at(i + 1) : QChar();
            if (next == QLatin1Char('0'))
                decoded.append(QLatin1Char('~'));
            else if (next == QLatin1Char('1'))
                decoded.append(QLatin1Char('/'));
            else
                return {}; // "~" must be followed by 0 or 1
            ++i;
        }
        path.append(decoded);
    }
    return path;
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
