#include "AttributeValueSuggestions.h"

#include "FilterExpression.h"
#include "JsonText.h"
#include "JsonValue.h"

#include <QHash>

#include <algorithm>

namespace ctx {

namespace {

filter::Expression clause(const QString &field, filter::Operator op, const QString &value)
{
    filter::Expression expression;
    expression.clause = filter::Clause {field, op, QJsonValue(value)};
    return expression;
}

} // namespace

AttributeValueSuggestions::AttributeValueSuggestions(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

AttributeValueSuggestions::~AttributeValueSuggestions() = default;

void AttributeValueSuggestions::setEnvironment(const EnvironmentRef &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    clear();
}

void AttributeValueSuggestions::clear()
{
    if (m_pending)
        m_pending->cancel();
    m_pending.reset();
    ++m_generation;
    const bool hadSomething = !m_values.isEmpty() || m_error || !m_pointer.isEmpty();
    m_pointer.clear();
    m_kind.clear();
    m_prefix.clear();
    m_values.clear();
    m_error.reset();
    if (hadSomething)
        emit changed();
}

void AttributeValueSuggestions::request(
    const QString &pointer, const QString &kind, const QString &prefix)
{
    if (pointer.isEmpty()) {
        clear();
        return;
    }
    if (pointer == m_pointer && kind == m_kind && prefix == m_prefix && (m_pending || !m_error))
        return;
    if (m_pending)
        m_pending->cancel();
    m_pending.reset();
    const quint64 generation = ++m_generation;
    m_pointer = pointer;
    m_kind = kind;
    m_prefix = prefix;
    m_error.reset();
    if (!m_api || m_environment.projectKey.isEmpty() || m_environment.environmentKey.isEmpty()) {
        m_values.clear();
        emit changed();
        return;
    }
    // The values of the previous request stay on offer until the new ones arrive.
    m_pending
        = m_api->contextAttributeValues(m_environment, pointer, filterFor(kind, prefix), limit,
            replyTo<QList<KindAttributeValues>>(
                this, [this, generation](Result<QList<KindAttributeValues>> result) {
                    onReply(generation, std::move(result));
                }));
    emit changed();
}

void AttributeValueSuggestions::onReply(
    quint64 generation, Result<QList<KindAttributeValues>> result)
{
    if (generation != m_generation)
        return; // an outdated request's reply
    m_pending.reset();
    m_values.clear();
    if (!result.ok()) {
        m_error = result.error();
        emit changed();
        return;
    }
    QHash<QByteArray, qint64> weights;
    QHash<QByteArray, QJsonValue> byJson;
    QList<QByteArray> order;
    for (const KindAttributeValues &group : result.value()) {
        for (const AttributeValue &value : group.values) {
            const std::optional<JsonValue> json = JsonValue::fromJson(value.valueJson);
            if (!json)
                continue;
            // One key per value, however the server spaced its JSON or wrote its numbers.
            const QJsonValue filterValue = json->toQJsonValue();
            const QByteArray key = compactJson(filterValue);
            if (!byJson.contains(key)) {
                byJson.insert(key, filterValue);
                order.append(key);
            }
            weights[key] += value.weight;
        }
    }
    std::stable_sort(
        order.begin(), order.end(), [&weights](const QByteArray &a, const QByteArray &b) {
            return weights.value(a) > weights.value(b);
        });
    for (const QByteArray &key : std::as_const(order))
        m_values.append(byJson.value(key));
    emit changed();
}

QString AttributeValueSuggestions::filterFor(const QString &kind, const QString &prefix)
{
    filter::Expression all;
    all.type = filter::Expression::Type::And;
    if (!kind.isEmpty())
        all.children.append(clause(QStringLiteral("kind"), filter::Operator::Equals, kind));
    if (!prefix.isEmpty())
        all.children.append(clause(QStringLiteral("value"), filter::Operator::StartsWith, prefix));
    if (all.children.isEmpty())
        return {};
    if (all.children.size() == 1)
        return filter::print(all.children.first());
    return filter::print(all);
}

} // namespace ctx
