#pragma once

// Expression builders and text helpers shared by the filter grammar tests.

#include "FilterExpression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTest>

using ctx::filter::Clause;
using ctx::filter::Expression;
using ctx::filter::Operator;

Q_DECLARE_METATYPE(ctx::filter::Expression)
Q_DECLARE_METATYPE(ctx::filter::Operator)

namespace filterexpression {

inline Expression clause(const QString &field, Operator op, const QJsonValue &value)
{
    Expression e;
    e.clause = Clause {field, op, value};
    return e;
}

inline Expression eq(const QString &field, const QJsonValue &value)
{
    return clause(field, Operator::Equals, value);
}

inline Expression group(Expression::Type type, const QList<Expression> &children)
{
    Expression e;
    e.type = type;
    e.children = children;
    return e;
}

inline Expression andOf(const QList<Expression> &children)
{
    return group(Expression::Type::And, children);
}

inline Expression orOf(const QList<Expression> &children)
{
    return group(Expression::Type::Or, children);
}

// The tree shape, for failure messages: And[Or[{a equals 1}, ...], ...].
inline QString describe(const Expression &e)
{
    if (e.type == Expression::Type::Clause)
        return u'{' + ctx::filter::print(e) + u'}';
    QStringList parts;
    for (const Expression &child : e.children)
        parts.append(describe(child));
    return (e.type == Expression::Type::And ? QStringLiteral("And[") : QStringLiteral("Or["))
        + parts.join(QStringLiteral(", ")) + u']';
}

// Writes a string as an unquoted value, backslash-escaping every special character.
inline QString escapeUnquoted(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || QStringLiteral(",|()!\\").contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

inline const QString kUnknownOperator = QStringLiteral(
    "; expected one of equals, notEquals, anyOf, startsWith, exists, before, after, contains");

} // namespace filterexpression

using namespace filterexpression;
