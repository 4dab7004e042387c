#include "JsonPointer.h"

#include <QJsonArray>

namespace ctx {
namespace {

// One reference token with its escapes undone, or nothing for a bad escape.
std::optional<QString> unescape(QStringView token)
{
    QString decoded;
    decoded.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (c != u'~') {
            decoded.append(c);
            continue;
        }
        const QChar next = i + 1 < token.size() ? token.at(i + 1) : QChar();
        if (next == u'0')
            decoded.append(u'~');
        else if (next == u'1')
            decoded.append(u'/');
        else
            return std::nullopt;
        ++i;
    }
    return decoded;
}

void removePath(QJsonObject &object, const QStringList &path, qsizetype at)
{
    const QString &name = path.at(at);
    if (at + 1 == path.size()) {
        object.remove(name);
        return;
    }
    const auto it = object.constFind(name);
    if (it == object.constEnd() || !it->isObject())
        return;
    QJsonObject child = it->toObject();
    removePath(child, path, at + 1);
    object.insert(name, child);
}

} // namespace

std::optional<JsonPointer> JsonPointer::parse(QStringView text)
{
    if (text.isEmpty())
        return JsonPointer();
    if (!text.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens;
    for (const QStringView token : text.mid(1).split(u'/')) {
        std::optional<QString> decoded = unescape(token);
        if (!decoded)
            return std::nullopt;
        tokens.append(std::move(*decoded));
    }
    return JsonPointer(std::move(tokens));
}

std::optional<JsonPointer> JsonPointer::fromReference(QStringView reference)
{
    if (reference.isEmpty())
        return std::nullopt;
    if (!reference.startsWith(u'/'))
        return JsonPointer(QStringList {reference.toString()});
    return parse(reference);
}

JsonPointer JsonPointer::fromTokens(QStringList tokens)
{
    return JsonPointer(std::move(tokens));
}

QString JsonPointer::escapeToken(QStringView token)
{
    QString escaped;
    escaped.reserve(token.size());
    for (const QChar c : token) {
        if (c == u'~')
            escaped.append(u"~0");
        else if (c == u'/')
            escaped.append(u"~1");
        else
            escaped.append(c);
    }
    return escaped;
}

QString JsonPointer::referenceForName(const QString &name)
{
    if (name.isEmpty() || (!name.contains(u'/') && !name.contains(u'~')))
        return name;
    return pointerForName(name);
}

QString JsonPointer::pointerForName(QStringView name)
{
    return u'/' + escapeToken(name);
}

QString JsonPointer::childOf(const QString &pointer, QStringView token)
{
    return pointer + pointerForName(token);
}

QString JsonPointer::pointerForReference(const QString &reference)
{
    if (reference.isEmpty() || reference.startsWith(u'/'))
        return reference;
    return pointerForName(reference);
}

QString JsonPointer::toString() const
{
    QString text;
    for (const QString &token : m_tokens)
        text += u'/' + escapeToken(token);
    return text;
}

JsonPointer JsonPointer::child(const QString &token) const
{
    QStringList tokens = m_tokens;
    tokens.append(token);
    return JsonPointer(std::move(tokens));
}

std::optional<qsizetype> JsonPointer::arrayIndex(QStringView token)
{
    // Nine digits at most: any index beyond is past every array a context can hold.
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.startsWith(u'0')))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

QJsonValue JsonPointer::evaluate(const QJsonValue &document, Arrays arrays) const
{
    QJsonValue current = document;
    for (const QString &token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            current = *it;
        } else if (current.isArray() && arrays == Arrays::Indexed) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(*index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace ctx

namespace ctx {

void JsonPointer::removeFrom(QJsonObject &object) const
{
    if (!m_tokens.isEmpty())
        removePath(object, m_tokens, 0);
}

} // namespace ctx
