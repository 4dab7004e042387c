#include "FilterValue.h"

#include "FilterFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <optional>

namespace ctx {

using filter::Operator;

namespace {

// `text` as exactly one JSON value, or nullopt.
std::optional<QJsonValue> parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

bool startsLikeJson(const QString &text)
{
    return text.startsWith(u'"') || text.startsWith(u'[') || text.startsWith(u'{');
}

} // namespace

FilterValue::FilterValue(const QString &field, Operator op)
    : m_shape(op == Operator::Exists ? Shape::Presence
            : op == Operator::AnyOf || op == Operator::Contains
                || (op == Operator::Equals && FilterFields::isListField(field))
            ? Shape::List
            : Shape::Scalar)
    , m_strings(FilterFields::isStringField(field))
{
}

QJsonValue FilterValue::scalarFromText(const QString &text) const
{
    if (startsLikeJson(text)) {
        if (const std::optional<QJsonValue> json = parseJson(text))
            return *json;
    }
    if (m_strings)
        return QJsonValue(text);
    if (text == u"true" || text == u"false")
        return QJsonValue(text == u"true");
    if (text == u"null")
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    if (number.match(text).hasMatch()) {
        if (const std::optional<QJsonValue> json = parseJson(text))
            return *json;
    }
    return QJsonValue(text);
}

QStringList FilterValue::splitItems(const QString &text)
{
    QStringList items;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i <= text.size()) {
        // At the start of an item: a JSON string runs to its closing quote.
        qsizetype j = i;
        while (j < text.size() && text[j].isSpace())
            ++j;
        if (j < text.size() && text[j] == u'"') {
            ++j;
            while (j < text.size() && text[j] != u'"')
                j += text[j] == u'\\' ? 2 : 1;
            i = qMin(j + 1, text.size());
        }
        while (i < text.size() && text[i] != u',')
            ++i;
        items.append(text.mid(start, i - start));
        ++i;
        start = i;
    }
    return items;
}

QJsonValue FilterValue::fromText(const QString &text) const
{
    if (m_shape == Shape::Presence)
        return QJsonValue(text.trimmed() != u"false");
    if (m_shape == Shape::Scalar)
        return scalarFromText(text);
    // A whole JSON value (usually an array) is taken as written.
    const QString trimmed = text.trimmed();
    if (startsLikeJson(trimmed)) {
        if (const std::optional<QJsonValue> json = parseJson(trimmed))
            return *json;
    }
    QJsonArray array;
    for (const QString &item : splitItems(text)) {
        const QString itemText = item.trimmed();
        if (!itemText.isEmpty())
            array.append(scalarFromText(itemText));
    }
    return array;
}

QString FilterValue::scalarToText(const QJsonValue &value, bool inList) const
{
    if (!value.isString())
        return filter::printValue(value);
    const QString text = value.toString();
    bool plain = scalarFromText(text) == value;
    if (inList) {
        plain = plain && !text.isEmpty() && !text.contains(u',') && text == text.trimmed()
            && !text.startsWith(u'[');
    }
    return plain ? text : filter::printValue(value);
}

QString FilterValue::itemText(const QJsonValue &value) const
{
    return m_shape == Shape::List ? scalarToText(value, true) : toText(value);
}

QString FilterValue::toText(const QJsonValue &value) const
{
    if (m_shape == Shape::Presence && value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    QString candidate;
    if (m_shape == Shape::List && value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            items.append(scalarToText(array.at(i), true));
        candidate = items.join(QStringLiteral(", "));
    } else {
        candidate = scalarToText(value, false);
    }
    if (fromText(candidate) == value)
        return candidate;
    return filter::printValue(value);
}

bool FilterValue::isEditable(const QJsonValue &value) const
{
    return fromText(toText(value)) == value;
}

} // namespace ctx
