#include "SandboxAttributes.h"

#include "FilterExpression.h"
#include "FilterSql.h"
#include "FilterSqlAttribute.h"
#include "JsonPointer.h"
#include "SandboxAttributeIndex.h"
#include "SandboxRequest.h"
#include "SandboxSql.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;
using ctx::filter::Clause;
using ctx::filter::Expression;
using ctx::filter::Operator;

constexpr int kMaxLimit = 100;

std::optional<int> limitParameter(const QUrl &url, int fallback, QString *error)
{
    const std::optional<QString> text = request::queryValue(url, u"limit"_s);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 limit = text->toLongLong(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit) {
        *error = u"limit must be an integer from 1 to %1"_s.arg(kMaxLimit);
        return std::nullopt;
    }
    return static_cast<int>(limit);
}

// The filter these endpoints accept: `kind equals <kind>` and `<prefixField> startsWith
// <prefix>` clauses joined with "," (all must hold).
struct AttributeFilter
{
    QStringList kinds;
    QStringList prefixes;
};

bool flatten(const Expression &expression, QList<Clause> &clauses)
{
    if (expression.type == Expression::Type::Clause) {
        clauses.append(expression.clause);
        return true;
    }
    if (expression.type == Expression::Type::Or)
        return false;
    for (const Expression &child : expression.children) {
        if (!flatten(child, clauses))
            return false;
    }
    return true;
}

std::optional<AttributeFilter> attributeFilter(
    const QUrl &url, const QString &prefixField, QString *error)
{
    AttributeFilter filter;
    const ctx::filter::ParseResult parsed
        = ctx::filter::parse(request::queryValue(url, u"filter"_s).value_or(QString()));
    if (!parsed.ok()) {
        *error = u"Invalid filter at position %1: %2"_s.arg(
            QString::number(parsed.error->position), parsed.error->message);
        return std::nullopt;
    }
    if (!parsed.expression)
        return filter;
    const QString accepted
        = u"this endpoint only accepts \"kind equals <kind>\" and \"%1 startsWith <prefix>\""
          " clauses joined with \",\""_s.arg(prefixField);
    QList<Clause> clauses;
    if (!flatten(*parsed.expression, clauses)) {
        *error = u"Invalid filter: %1; \"|\" (or) is not supported"_s.arg(accepted);
        return std::nullopt;
    }
    for (const Clause &clause : std::as_const(clauses)) {
        const bool isKind = clause.field == u"kind" && clause.op == Operator::Equals;
        const bool isPrefix = clause.field == prefixField && clause.op == Operator::StartsWith;
        if (!isKind && !isPrefix) {
            *error = u"Invalid filter: %1, not \"%2 %3\""_s.arg(
                accepted, clause.field, ctx::filter::operatorName(clause.op));
            return std::nullopt;
        }
        if (!clause.value.isString()) {
            *error = u"Invalid filter: "_s + filterNeeds(clause, u"a string"_s);
            return std::nullopt;
        }
        (isKind ? filter.kinds : filter.prefixes).append(clause.value.toString());
    }
    return filter;
}

// "/address/city", or "address/city" for the same; "~" must start "~0" or "~1".
std::optional<QString> pointerFor(const QString &attributeName, QString *error)
{
    const QString pointer = attributeName.startsWith(u'/') ? attributeName : u'/' + attributeName;
    if (!ctx::JsonPointer::parse(pointer)) {
        *error = u"invalid attribute name \"%1\": in a JSON pointer \"~\" must be followed"
                 " by \"0\" or \"1\""_s.arg(attributeName);
        return std::nullopt;
    }
    return pointer;
}

std::optional<QSqlQuery> run(
    const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    if (!sql::run(query, sql, binds, error))
        return std::nullopt;
    return query;
}

QString kindConditions(const QStringList &kinds, QVariantList *binds)
{
    QString sql;
    for (const QString &kind : kinds) {
        sql += u" AND kind = ?"_s;
        binds->append(kind);
    }
    return sql;
}

} // namespace

SandboxAttributes::SandboxAttributes(const SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxAttributes::names(const EnvironmentRow &environment, const QUrl &url) const
{
    QString error;
    const std::optional<int> limit = limitParameter(url, 100, &error);
    if (!limit)
        return SandboxJson::invalidRequest(error);
    const std::optional<AttributeFilter> filter = attributeFilter(url, u"name"_s, &error);
    if (!filter)
        return SandboxJson::invalidRequest(error);

    QVariantList binds {environment.id};
    QString sql = u"SELECT kind, pointer, weight, redacted FROM attribute_names WHERE env_id = ?"_s
        + kindConditions(filter->kinds, &binds);
    for (const QString &prefix : filter->prefixes) {
        sql += u" AND (substr(pointer, 1, length(?)) = ? OR substr(pointer, 2, length(?)) = ?)"_s;
        binds << prefix << prefix << prefix << prefix;
    }
    sql += u" ORDER BY kind, weight DESC, pointer"_s;
    std::optional<QSqlQuery> query = run(m_store.database(), sql, binds, &error);
    if (!query)
        return SandboxJson::internalError(u"The attribute names query failed: "_s + error);

    QJsonArray items;
    QString kind;
    QJsonArray names;
    const auto flush = [&]() {
        if (!names.isEmpty())
            items.append(QJsonObject {{u"kind"_s, kind}, {u"names"_s, names}});
        names = QJsonArray();
    };
    while (query->next()) {
        const QString rowKind = query->value(0).toString();
        if (rowKind != kind) {
            flush();
            kind = rowKind;
        }
        if (names.size() >= *limit)
            continue;
        names.append(QJsonObject {{u"name"_s, query->value(1).toString()},
            {u"weight"_s, query->value(2).toLongLong()},
            {u"redacted"_s, query->value(3).toLongLong() > 0}});
    }
    flush();
    return SandboxJson::ok({{u"items"_s, items}});
}

SandboxReply SandboxAttributes::values(
    const EnvironmentRow &environment, const QString &attributeName, const QUrl &url) const
{
    QString error;
    const std::optional<QString> pointer = pointerFor(attributeName, &error);
    if (!pointer)
        return SandboxJson::invalidRequest(error);
    const std::optional<int> limit = limitParameter(url, 50, &error);
    if (!limit)
        return SandboxJson::invalidRequest(error);
    const std::optional<AttributeFilter> filter = attributeFilter(url, u"value"_s, &error);
    if (!filter)
        return SandboxJson::invalidRequest(error);

    // The kinds that carry the attribute (a small table), then each kind's heaviest values.
    QVariantList kindBinds {environment.id, *pointer};
    const QString kindSql
        = u"SELECT id, kind, weight FROM attribute_names WHERE env_id = ? AND pointer = ?"_s
        + kindConditions(filter->kinds, &kindBinds) + u" ORDER BY kind"_s;
    std::optional<QSqlQuery> kinds = run(m_store.database(), kindSql, kindBinds, &error);
    if (!kinds)
        return SandboxJson::internalError(u"The attribute values query failed: "_s + error);
    struct Kind
    {
        qint64 id;
        QString kind;
        qint64 weight;
    };
    QList<Kind> kindList;
    while (kinds->next())
        kindList.append({kinds->value(0).toLongLong(), kinds->value(1).toString(),
            kinds->value(2).toLongLong()});

    QJsonArray items;
    for (const Kind &kind : std::as_const(kindList)) {
        const std::optional<QJsonArray> values = *pointer == u"/key"
            ? keyValues(environment, kind.kind, kind.weight, filter->prefixes, *limit, &error)
            : storedValues(kind.id, filter->prefixes, *limit, &error);
        if (!values)
            return SandboxJson::internalError(u"The attribute values query failed: "_s + error);
        if (!values->isEmpty())
            items.append(QJsonObject {{u"kind"_s, kind.kind}, {u"values"_s, *values}});
    }
    return SandboxJson::ok({{u"items"_s, items}});
}

std::optional<QJsonArray> SandboxAttributes::storedValues(
    qint64 nameId, const QStringList &prefixes, int limit, QString *error) const
{
    // Values carried by more than one context come from the small partial index
    // attribute_values_heavy, heaviest first; the others (most of them, where every context
    // has a value of its own) from the primary key, in value order. With a prefix, both read
    // the range of JSON strings starting with it.
    QString conditions;
    QVariantList prefixBinds;
    for (const QString &prefix : prefixes) {
        QString json = SandboxAttributeIndex::stringJson(prefix);
        json.chop(1); // the closing quote: "\"abc" starts every string value starting with abc
        conditions += u" AND value >= ? AND substr(value, 1, length(?)) = ?"_s;
        prefixBinds << json << json << json;
        if (const char16_t last = json.back().unicode(); last < 0xd7ff) {
            conditions += u" AND value < ?"_s;
            prefixBinds << json.chopped(1) + QChar(last + 1);
        }
    }
    const QString sql
        = u"SELECT value, weight FROM (SELECT value, weight FROM attribute_values"
          " INDEXED BY attribute_values_heavy WHERE name_id = ? AND weight > 1%1"
          " ORDER BY weight DESC, value LIMIT ?) UNION ALL SELECT value, weight FROM"
          " (SELECT value, weight FROM attribute_values WHERE name_id = ? AND weight <= 1%1"
          " ORDER BY value LIMIT ?) ORDER BY weight DESC, value LIMIT ?"_s.arg(conditions);
    const QVariantList binds = QVariantList {nameId} + prefixBinds + QVariantList {limit, nameId}
        + prefixBinds + QVariantList {limit, limit};
    std::optional<QSqlQuery> query = run(m_store.database(), sql, binds, error);
    if (!query)
        return std::nullopt;
    QJsonArray values;
    while (query->next()) {
        const QByteArray json = '[' + query->value(0).toString().toUtf8() + ']';
        values.append(QJsonObject {{u"name"_s, QJsonDocument::fromJson(json).array().at(0)},
            {u"weight"_s, query->value(1).toLongLong()}});
    }
    return values;
}

std::optional<QJsonArray> SandboxAttributes::keyValues(const EnvironmentRow &environment,
    const QString &kind, qint64 contexts, const QStringList &prefixes, int limit,
    QString *error) const
{
    // Every context has a key of its own (weight 1), so they are listed by key: in key order
    // through context_keys, or, for a kind with few contexts, all of them through
    // contexts_kind_recent and sorted.
    const bool few = contexts < 10000;
    const QString column = few ? u"c.key"_s : u"k.key"_s;
    QString sql = few ? u"SELECT c.key FROM contexts c INDEXED BY contexts_kind_recent"
                        " WHERE c.env_id = ? AND c.anonymous = 0 AND c.kind = ?"_s
                      : u"SELECT k.key FROM context_keys k JOIN contexts c ON c.id = k.context_id"
                        " WHERE k.env_id = ? AND k.kind = ? AND c.anonymous = 0"_s;
    QVariantList binds {environment.id, kind};
    for (const QString &prefix : prefixes) {
        sql += u" AND substr(%1, 1, length(?)) = ?"_s.arg(column);
        binds << prefix << prefix;
    }
    if (const QByteArray end
        = prefixes.isEmpty() ? QByteArray() : FilterSql::prefixEnd(prefixes.front());
        !end.isEmpty() && !few) {
        sql += u" AND k.key >= ? AND k.key < CAST(? AS TEXT)"_s;
        binds << prefixes.front() << end;
    }
    sql += u" GROUP BY %1 ORDER BY %1 LIMIT ?"_s.arg(column);
    binds << limit;
    std::optional<QSqlQuery> query = run(m_store.database(), sql, binds, error);
    if (!query)
        return std::nullopt;
    QJsonArray values;
    while (query->next())
        values.append(QJsonObject {{u"name"_s, query->value(0).toString()}, {u"weight"_s, 1}});
    return values;
}

} // namespace sandbox
