#include "QuickSearch.h"

#include "FilterExpression.h"
#include "FilterFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <optional>

namespace ctx {

using filter::Expression;
using filter::Operator;

namespace {

bool allFieldsKnown(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause)
        return FilterFields::isKnown(expression.clause.field);
    for (const Expression &child : expression.children) {
        if (!allFieldsKnown(child))
            return false;
    }
    return true;
}

QString clauseText(const QString &field, Operator op, const QJsonValue &value)
{
    Expression clause;
    clause.clause = filter::Clause {field, op, value};
    return filter::print(clause);
}

// The value after the separator: trimmed; a JSON string is decoded.
QString valueText(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'"') && trimmed.endsWith(u'"')) {
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson('[' + trimmed.toUtf8() + ']', &error);
        if (error.error == QJsonParseError::NoError && document.array().size() == 1
            && document.array().at(0).isString())
            return document.array().at(0).toString();
    }
    return trimmed;
}

// `field:value` or `field=value` with a field the API knows; nullopt otherwise.
std::optional<QString> prefixed(const QString &text)
{
    // The field: a plain name, or kind.attribute / *.attribute / kind./pointer (no spaces).
    static const QRegularExpression form(QStringLiteral("^\\s*([^\\s:=]+)([:=])(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString field = match.captured(1);
    const QList<Operator> operators = FilterFields::operatorsFor(field);
    if (operators.isEmpty() || field == u"q")
        return std::nullopt;
    const bool equals = match.captured(2) == u"=";
    const QString value = valueText(match.captured(3));
    if (value.isEmpty() && match.captured(3).trimmed().isEmpty()) {
        if (!operators.contains(Operator::Exists))
            return QString();
        return clauseText(field, Operator::Exists, QJsonValue(true));
    }
    const bool prefix = !equals && operators.contains(Operator::StartsWith);
    return clauseText(field, prefix ? Operator::StartsWith : Operator::Equals, QJsonValue(value));
}

} // namespace

QString QuickSearch::toFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    const filter::ParseResult parsed = filter::parse(trimmed);
    if (parsed.ok() && parsed.expression && allFieldsKnown(*parsed.expression))
        return filter::print(*parsed.expression);

    if (const std::optional<QString> filter = prefixed(trimmed))
        return *filter;

    return clauseText(QStringLiteral("q"), Operator::Equals, QJsonValue(trimmed));
}

QString QuickSearch::syntaxHelp()
{
    return tr("<p>Search contexts. Plain words search keys, names and attribute values.</p>"
              "<ul>"
              "<li><code>key:abc</code>, <code>name:Ann</code>: key or name starts with</li>"
              "<li><code>user.email:ann</code>, <code>*.email:ann</code>: attribute starts with "
              "(a kind, or * for every kind)</li>"
              "<li><code>kind:user</code>, <code>key=abc</code>: exactly equals</li>"
              "<li><code>user.email:</code>: has the attribute</li>"
              "<li>A filter such as <code>user.plan anyOf [\"pro\",\"team\"]</code> is used "
              "as written</li>"
              "</ul>"
              "<p>Quote a value to keep its outer spaces: <code>name:\" Ann\"</code>.</p>");
}

} // namespace ctx
