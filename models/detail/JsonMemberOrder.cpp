#include "JsonMemberOrder.h"

#include "JsonPointer.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ctx {

namespace {

constexpr int maxDepth = 256; // deeper documents keep sorted order below this depth
constexpr int indentWidth = 4;

// A recursive-descent reader that only records member names; values are skipped.
class Scanner
{
public:
    Scanner(const QByteArray &text, QHash<QString, QStringList> &keys)
        : m_text(text)
        , m_keys(keys)
    {
    }

    bool value(const QString &pointer, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size() || depth > maxDepth)
            return false;
        const char c = m_text.at(m_pos);
        if (c == '{')
            return object(pointer, depth);
        if (c == '[')
            return array(pointer, depth);
        if (c == '"')
            return string(nullptr);
        return scalar();
    }

private:
    bool object(const QString &pointer, int depth)
    {
        ++m_pos; // '{'
        skipSpace();
        if (peek('}'))
            return true;
        QStringList &names = m_keys[pointer];
        for (;;) {
            skipSpace();
            QString name;
            if (!string(&name))
                return false;
            if (!names.contains(name))
                names.append(name);
            skipSpace();
            if (!peek(':'))
                return false;
            if (!value(JsonPointer::childOf(pointer, name), depth + 1))
                return false;
            skipSpace();
            if (peek('}'))
                return true;
            if (!peek(','))
                return false;
        }
    }

    bool array(const QString &pointer, int depth)
    {
        ++m_pos; // '['
        skipSpace();
        if (peek(']'))
            return true;
        for (int index = 0;; ++index) {
            if (!value(JsonPointer::childOf(pointer, QString::number(index)), depth + 1))
                return false;
            skipSpace();
            if (peek(']'))
                return true;
            if (!peek(','))
                return false;
        }
    }

    bool string(QString *decoded)
    {
        if (!peek('"'))
            return false;
        const qsizetype start = m_pos - 1;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\') {
                ++m_pos;
            } else if (c == '"') {
                if (decoded) {
                    // Let QJsonDocument decode the escapes.
                    const QByteArray wrapped = '[' + m_text.mid(start, m_pos - start) + ']';
                    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
                    if (!doc.isArray())
                        return false;
                    *decoded = doc.array().at(0).toString();
                }
                return true;
            }
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool peek(char c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    const QByteArray &m_text;
    QHash<QString, QStringList> &m_keys;
    qsizetype m_pos = 0;
};

} // namespace

JsonMemberOrder::JsonMemberOrder(const QByteArray &json)
{
    Scanner(json, m_keys).value(QString(), 0);
}

QStringList JsonMemberOrder::keys(const QString &pointer, const QJsonObject &object) const
{
    QStringList result;
    result.reserve(object.size());
    for (const QString &name : m_keys.value(pointer)) {
        if (object.contains(name) && !result.contains(name))
            result.append(name);
    }
    if (result.size() == object.size())
        return result;
    const QStringList all = object.keys(); // sorted
    for (const QString &name : all) {
        if (!result.contains(name))
            result.append(name);
    }
    return result;
}

void JsonMemberOrder::setKeys(const QString &pointer, const QStringList &keys)
{
    m_keys.insert(pointer, keys);
}

QByteArray JsonMemberOrder::toIndentedJson(const QJsonValue &value, const QString &pointer) const
{
    QByteArray out;
    write(out, value, pointer, 0);
    out.append('\n');
    return out;
}

void JsonMemberOrder::write(
    QByteArray &out, const QJsonValue &value, const QString &pointer, int indent) const
{
    const QByteArray inner(indent + indentWidth, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        const QStringList names = keys(pointer, object);
        for (qsizetype i = 0; i < names.size(); ++i) {
            out.append(inner);
            out.append(compactJson(names.at(i)));
            out.append(": ");
            write(out, object.value(names.at(i)), JsonPointer::childOf(pointer, names.at(i)),
                indent + indentWidth);
            out.append(i + 1 < names.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' '));
        out.append('}');
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out.append(inner);
            write(out, array.at(i), JsonPointer::childOf(pointer, QString::number(i)),
                indent + indentWidth);
            out.append(i + 1 < array.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' '));
        out.append(']');
    } else {
        out.append(compactJson(value));
    }
}

} // namespace ctx
