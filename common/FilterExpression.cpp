#include "FilterExpression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

#include <array>
#include <utility>

namespace ctx::filter {

namespace {

constexpr std::array<std::pair<Operator, const char *>, 8> kOperators {{
    {Operator::Equals, "equals"},
    {Operator::NotEquals, "notEquals"},
    {Operator::AnyOf, "anyOf"},
    {Operator::StartsWith, "startsWith"},
    {Operator::Exists, "exists"},
    {Operator::Before, "before"},
    {Operator::After, "after"},
    {Operator::Contains, "contains"},
}};

constexpr int kMaxDepth = 64;

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

// Appends an expression to a list of And/Or children, flattening a child of the same type.
void appendFlattened(QList<Expression> &children, Expression &&child, Expression::Type type)
{
    if (child.type == type)
        children.append(std::move(child.children));
    else
        children.append(std::move(child));
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    ParseResult run()
    {
        ParseResult result;
        skipSpace();
        if (atEnd())
            return result;
        std::optional<Expression> expression = parseOr(0);
        if (expression && !m_error) {
            skipSpace();
            if (!atEnd()) {
                if (peek() == u')')
                    fail(QStringLiteral("unbalanced \")\""), m_pos);
                else
                    failUnexpected();
            }
        }
        if (m_error)
            result.error = m_error;
        else
            result.expression = std::move(expression);
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    std::nullopt_t fail(const QString &message, qsizetype position)
    {
        if (!m_error)
            m_error = ParseError {message, static_cast<int>(position)};
        return std::nullopt;
    }

    std::nullopt_t failUnexpected()
    {
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && end - m_pos < 20 && !m_text[end].isSpace()
            && !isDelimiter(m_text[end]))
            ++end;
        return fail(QStringLiteral("unexpected %1 after a clause; join clauses with \",\" or \"|\" "
                                   "and escape whitespace in unquoted values as \"\\ \"")
                        .arg(quoted(m_text.mid(m_pos, end - m_pos))),
            m_pos);
    }

    std::optional<Expression> parseOr(int depth)
    {
        return parseList(depth, u'|', Expression::Type::Or);
    }

    std::optional<Expression> parseList(int depth, QChar separator, Expression::Type type)
    {
        std::optional<Expression> first = type == Expression::Type::Or
            ? parseList(depth, u',', Expression::Type::And)
            : parseFactor(depth);
        if (!first)
            return std::nullopt;
        Expression list;
        list.type = type;
        appendFlattened(list.children, std::move(*first), type);
        skipSpace();
        while (peek() == separator) {
            ++m_pos;
            std::optional<Expression> next = type == Expression::Type::Or
                ? parseList(depth, u',', Expression::Type::And)
                : parseFactor(depth);
            if (!next)
                return std::nullopt;
            appendFlattened(list.children, std::move(*next), type);
            skipSpace();
        }
        if (list.children.size() == 1)
            return list.children.takeFirst();
        return list;
    }

    std::optional<Expression> parseFactor(int depth)
    {
        skipSpace();
        const QChar c = peek();
        if (atEnd() || c == u',' || c == u'|' || (c == u')' && depth > 0))
            return fail(QStringLiteral("empty filter clause"), m_pos);
        if (c == u')')
            return fail(QStringLiteral("unbalanced \")\""), m_pos);
        if (c != u'(')
            return parseClause();
        const qsizetype open = m_pos++;
        if (depth >= kMaxDepth)
            return fail(QStringLiteral("parentheses are nested too deeply"), open);
        std::optional<Expression> inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        skipSpace();
        if (atEnd())
            return fail(QStringLiteral("missing \")\""), open);
        if (peek() != u')')
            return failUnexpected();
        ++m_pos;
        return inner;
    }

    std::optional<Expression> parseClause()
    {
        Expression expression;
        Clause &clause = expression.clause;
        if (peek() == u'"') {
            std::optional<QJsonValue> field = parseJson();
            if (!field)
                return std::nullopt;
            clause.field = field->toString();
        } else {
            const qsizetype start = m_pos;
            while (!atEnd() && !m_text[m_pos].isSpace() && !isDelimiter(m_text[m_pos]))
                ++m_pos;
            clause.field = m_text.mid(start, m_pos - start).toString();
        }
        const QString fieldText = quoted(clause.field);

        const bool spaceAfterField = !atEnd() && m_text[m_pos].isSpace();
        skipSpace();
        const qsizetype opStart = m_pos;
        while (
            spaceAfterField && !atEnd() && !m_text[m_pos].isSpace() && !isDelimiter(m_text[m_pos]))
            ++m_pos;
        if (m_pos == opStart)
            return fail(QStringLiteral("expected an operator after %1").arg(fieldText), opStart);
        const QString opName = m_text.mid(opStart, m_pos - opStart).toString();
        const std::optional<Operator> op = operatorFromName(opName);
        if (!op) {
            QStringList names;
            for (const auto &entry : kOperators)
                names.append(QString::fromLatin1(entry.second));
            return fail(QStringLiteral("unknown operator %1; expected one of %2")
                            .arg(quoted(opName), names.join(QStringLiteral(", "))),
                opStart);
        }
        clause.op = *op;

        const bool spaceAfterOp = !atEnd() && m_text[m_pos].isSpace();
        skipSpace();
        const QChar c = peek();
        if (!spaceAfterOp || atEnd() || c == u',' || c == u'|' || c == u')')
            return fail(QStringLiteral("expected a value after %1").arg(quoted(opName)), m_pos);
        std::optional<QJsonValue> value
            = (c == u'"' || c == u'[' || c == u'{') ? parseJson() : parseUnquoted();
        if (!value)
            return std::nullopt;
        clause.value = *value;
        return expression;
    }

    // A JSON string, array or object starting at m_pos.
    std::optional<QJsonValue> parseJson()
    {
        const qsizetype start = m_pos;
        QString closers; // expected closing brackets, innermost last
        do {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                const qsizetype quote = m_pos++;
                while (!atEnd() && m_text[m_pos] != u'"')
                    m_pos += m_text[m_pos] == u'\\' ? 2 : 1;
                if (atEnd())
                    return fail(QStringLiteral("unterminated string"), quote);
            } else if (c == u'[' || c == u'{') {
                closers.append(c == u'[' ? u']' : u'}');
            } else if (c == u']' || c == u'}') {
                if (c != closers.back())
                    return fail(QStringLiteral("expected \"%1\" but found \"%2\"")
                                    .arg(QString(closers.back()), QString(c)),
                        m_pos);
                closers.chop(1);
            }
            ++m_pos;
        } while (!closers.isEmpty() && !atEnd());
        if (!closers.isEmpty())
            return fail(QStringLiteral("missing \"%1\"").arg(QString(closers.front())), start);

        const QByteArray span = m_text.mid(start, m_pos - start).toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson('[' + span + ']', &error);
        if (error.error != QJsonParseError::NoError) {
            const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset) - 1, span.size());
            const qsizetype chars = QString::fromUtf8(span.left(offset)).size();
            return fail(QStringLiteral("invalid JSON value: %1").arg(error.errorString()),
                qMin(start + chars, m_pos - 1));
        }
        return document.array().at(0);
    }

    // An unquoted value: true/false/null, a JSON number, or a backslash-escaped string.
    std::optional<QJsonValue> parseUnquoted()
    {
        QString value;
        bool escaped = false;
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c.isSpace() || c == u',' || c == u'|' || c == u')')
                break;
            if (c == u'(' || c == u'!')
                return fail(
                    QStringLiteral("unescaped \"%1\" in a value; write \"\\%1\"").arg(QString(c)),
                    m_pos);
            if (c == u'\\') {
                if (m_pos + 1 >= m_text.size())
                    return fail(
                        QStringLiteral("unfinished escape \"\\\" at the end of a value"), m_pos);
                escaped = true;
                ++m_pos;
            }
            value.append(m_text[m_pos++]);
        }
        if (escaped)
            return QJsonValue(value);
        if (value == u"true" || value == u"false")
            return QJsonValue(value == u"true");
        if (value == u"null")
            return QJsonValue(QJsonValue::Null);
        static const QRegularExpression number(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (number.match(value).hasMatch()) {
            QJsonParseError error;
            const QJsonDocument document
                = QJsonDocument::fromJson('[' + value.toUtf8() + ']', &error);
            if (error.error == QJsonParseError::NoError)
                return document.array().at(0);
        }
        return QJsonValue(value);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    std::optional<ParseError> m_error;
};

} // namespace

bool isDelimiter(QChar c)
{
    return c == u',' || c == u'|' || c == u'(' || c == u')';
}

ParseResult parse(const QString &text)
{
    return Parser(text).run();
}

QString operatorName(Operator op)
{
    for (const auto &entry : kOperators) {
        if (entry.first == op)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

std::optional<Operator> operatorFromName(const QString &name)
{
    for (const auto &entry : kOperators) {
        if (name == QLatin1StringView(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

bool operator==(const Clause &a, const Clause &b)
{
    return a.field == b.field && a.op == b.op && a.value == b.value;
}

bool operator==(const Expression &a, const Expression &b)
{
    if (a.type != b.type)
        return false;
    if (a.type == Expression::Type::Clause)
        return a.clause == b.clause;
    return a.children == b.children;
}

} // namespace ctx::filter
