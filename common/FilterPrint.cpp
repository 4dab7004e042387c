// The printing half of the filter grammar: an Expression back to text (FilterExpression.h).
#include "FilterExpression.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ctx::filter {

namespace {

// Integral doubles are written as integers (42, 1700000000000) rather than 42.0 or 1.7e+12.
QJsonValue normalizeNumbers(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        constexpr double kMaxExact = 9007199254740992.0; // 2^53
        if (d >= -kMaxExact && d <= kMaxExact && d == static_cast<double>(static_cast<qint64>(d)))
            return QJsonValue(static_cast<qint64>(d));
        return value;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = normalizeNumbers(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = normalizeNumbers(it.value());
        return object;
    }
    return value;
}

bool fieldNeedsQuotes(const QString &field)
{
    if (field.isEmpty() || field.startsWith(u'"'))
        return true;
    for (const QChar c : field) {
        if (c.isSpace() || isDelimiter(c) || c == u'"' || c == u'\\' || c == u'!')
            return true;
    }
    return false;
}

} // namespace

QString print(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause) {
        const Clause &clause = expression.clause;
        const QString field
            = fieldNeedsQuotes(clause.field) ? printValue(clause.field) : clause.field;
        return field + u' ' + operatorName(clause.op) + u' ' + printValue(clause.value);
    }
    const bool isAnd = expression.type == Expression::Type::And;
    QStringList parts;
    for (const Expression &child : expression.children) {
        QString text = print(child);
        if (text.isEmpty())
            continue;
        if (isAnd && child.type == Expression::Type::Or && child.children.size() > 1)
            text = u'(' + text + u')';
        parts.append(text);
    }
    return parts.join(isAnd ? u',' : u'|');
}

QString printValue(const QJsonValue &value)
{
    return QString::fromUtf8(compactJson(normalizeNumbers(value)));
}

} // namespace ctx::filter
