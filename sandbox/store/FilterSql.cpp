#include "FilterSql.h"

#include "FilterSqlAttribute.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;
using ctx::filter::Clause;
using ctx::filter::Expression;
using ctx::filter::Operator;

constexpr qsizetype kMaxBinds = 20000;

// The instance a row was last seen in carries the row's `kinds`, `kindKeys` and `id`.
const QString kInstanceKinds = u"(SELECT i.kinds FROM instances i WHERE i.id = c.instance_id)"_s;
const QString kInstanceKindKeys
    = u"(SELECT i.kind_keys FROM instances i WHERE i.id = c.instance_id)"_s;
const QString kInstanceId
    = u"(SELECT i.instance_key FROM instances i WHERE i.id = c.instance_id)"_s;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

// A string, or a list of strings; anything else is not a list of strings.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isString())
        return QStringList {value.toString()};
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

// The strings of a clause's value; anyOf takes a list and only a list, as the spec's filter
// grammar says (a single string there is a 400, not a one-item list).
std::optional<QStringList> clauseStrings(const Clause &clause)
{
    if (clause.op == Operator::AnyOf && !clause.value.isArray())
        return std::nullopt;
    return stringList(clause.value);
}

class Translator
{
public:
    explicit Translator(FilterScope scope)
        : m_scope(scope)
    {
    }

    // `conjunct`: every row of the result meets this expression (the root, or an AND under it).
    std::optional<QString> expression(const Expression &expression, bool conjunct = true)
    {
        if (expression.type == Expression::Type::Clause) {
            if (conjunct && m_scope == FilterScope::Contexts)
                narrow(expression.clause);
            m_conjunct = conjunct;
            indexOnly = indexOnly && expression.clause.field == u"kind"
                && (expression.clause.op == Operator::Equals
                    || expression.clause.op == Operator::AnyOf);
            return clause(expression.clause);
        }
        const bool isAnd = expression.type == Expression::Type::And;
        QStringList parts;
        for (const Expression &child : expression.children) {
            std::optional<QString> part = this->expression(child, conjunct && isAnd);
            if (!part)
                return std::nullopt;
            parts.append(*part);
        }
        if (parts.isEmpty())
            return u"1"_s;
        return u'(' + parts.join(isAnd ? u" AND "_s : u" OR "_s) + u')';
    }

    QVariantList binds;
    QList<SqlNarrowing> narrowing;
    bool indexOnly = true;
    QString error;

private:
    FilterScope m_scope;
    bool m_conjunct = false; // the clause being translated holds for every row of the result

    // key / name equals or startsWith (also as *.key, <kind>./name, ...): a range of their
    // index.
    void narrow(const Clause &clause)
    {
        const bool equals = clause.op == Operator::Equals;
        if ((!equals && clause.op != Operator::StartsWith) || !clause.value.isString()
            || clause.value.toString().isEmpty())
            return;
        QString field = clause.field;
        const qsizetype dot = field.indexOf(u'.');
        if (dot > 0)
            field = field.mid(dot + 1);
        if (field.startsWith(u'/'))
            field = field.mid(1);
        if (field != u"key" && field != u"name")
            return;
        const QString ids = field == u"key"
            ? u"SELECT context_id AS id FROM context_keys WHERE env_id = {env} AND key "_s
            : u"SELECT context_id AS id FROM context_names WHERE env_id = {env} AND name "_s;
        const QString prefix = clause.value.toString();
        if (equals) {
            narrowing.append({ids + u"= ?"_s, {prefix}});
            return;
        }
        const QByteArray end = FilterSql::prefixEnd(prefix);
        if (end.isEmpty())
            return;
        narrowing.append({ids + u">= ? AND %1 < CAST(? AS TEXT)"_s.arg(field), {prefix, end}});
    }

    std::nullopt_t fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return std::nullopt;
    }

    std::nullopt_t unsupported(const Clause &clause) { return fail(filterUnsupported(clause)); }

    std::nullopt_t badValue(const Clause &clause, const QString &what)
    {
        return fail(filterNeeds(clause, what));
    }

    std::optional<QString> clause(const Clause &clause)
    {
        using enum Operator;
        const QString &field = clause.field;
        switch (m_scope) {
        case FilterScope::Contexts:
            return contextClause(clause);
        case FilterScope::Instances:
            return instanceClause(clause);
        case FilterScope::ContextVersions:
        case FilterScope::InstanceVersions:
            if (field != u"applicationId" || (clause.op != Equals && clause.op != AnyOf))
                return fail(u"this endpoint only accepts an applicationId filter (equals or "
                            "anyOf), not %1"_s.arg(
                                quoted(field + u' ' + ctx::filter::operatorName(clause.op))));
            return column(clause,
                m_scope == FilterScope::ContextVersions ? u"c.application_id"_s
                                                        : u"i.application_id"_s,
                {Equals, AnyOf});
        }
        return fail(u"unsupported filter"_s);
    }

    std::optional<QString> instanceClause(const Clause &clause)
    {
        using enum Operator;
        const QString &field = clause.field;
        if (field == u"applicationId")
            return column(clause, u"i.application_id"_s, {Equals, NotEquals, AnyOf});
        if (field == u"id")
            return instanceId(clause);
        if (field == u"kinds")
            return list(clause, u"i.kinds"_s);
        if (field == u"kindKeys")
            return list(clause, u"i.kind_keys"_s);
        return fail(u"field %1 is not supported when searching context instances; use "
                    "applicationId, id, kinds or kindKeys"_s.arg(quoted(field)));
    }

    // id equals / anyOf through the instances' contexts (FilterSql::instanceIdCondition).
    std::optional<QString> instanceId(const Clause &clause)
    {
        if (clause.op == Operator::NotEquals)
            return column(clause, u"i.instance_key"_s, {Operator::NotEquals});
        if (clause.op != Operator::Equals && clause.op != Operator::AnyOf)
            return unsupported(clause);
        const std::optional<QStringList> ids = clauseStrings(clause);
        if (!ids || (clause.op == Operator::Equals && !clause.value.isString()))
            return badValue(
                clause, clause.op == Operator::Equals ? u"a string"_s : u"a list of strings"_s);
        QStringList parts;
        for (const QString &id : *ids) {
            const SqlCondition condition = FilterSql::instanceIdCondition(id);
            parts.append(condition.sql);
            binds.append(condition.binds);
            if (m_conjunct && ids->size() == 1) // every row of the result is this instance's
                narrowing.append(condition.narrowing);
        }
        return parts.isEmpty() ? u"0"_s : u'(' + parts.join(u" OR "_s) + u')';
    }

    std::optional<QString> contextClause(const Clause &clause)
    {
        using enum Operator;
        const QString &field = clause.field;
        if (field == u"kind")
            return column(clause, u"c.kind"_s, {Equals, NotEquals, AnyOf});
        if (field == u"key")
            return column(clause, u"c.key"_s, {Equals, NotEquals, AnyOf, StartsWith});
        if (field == u"kindKey")
            return column(clause, u"(c.kind || ':' || c.key)"_s, {Equals, NotEquals, AnyOf});
        if (field == u"name")
            return column(clause, u"c.name"_s, {Equals, NotEquals, Exists, AnyOf, StartsWith});
        if (field == u"applicationId")
            return column(clause, u"c.application_id"_s, {Equals, NotEquals, AnyOf});
        if (field == u"id")
            return column(clause, kInstanceId, {Equals, NotEquals, AnyOf});
        if (field == u"kinds")
            return list(clause, kInstanceKinds);
        if (field == u"kindKeys")
            return list(clause, kInstanceKindKeys);
        if (field == u"q")
            return fuzzy(clause);
        const qsizetype dot = field.indexOf(u'.');
        if (dot >= 0)
            return FilterSqlAttribute(binds, error).translate(clause, dot);
        return fail(u"unknown field %1; use \"<kind>.%2\" or \"*.%2\" for an attribute"_s.arg(
            quoted(field), field));
    }

    std::optional<QString> column(
        const Clause &clause, const QString &column, std::initializer_list<Operator> allowed)
    {
        if (std::find(allowed.begin(), allowed.end(), clause.op) == allowed.end())
            return unsupported(clause);
        switch (clause.op) {
        case Operator::Equals:
        case Operator::NotEquals:
        case Operator::StartsWith: {
            if (!clause.value.isString())
                return badValue(clause, u"a string"_s);
            const QString text = clause.value.toString();
            if (clause.op == Operator::Equals) {
                binds << text;
                return column + u" IS ?"_s;
            }
            if (clause.op == Operator::NotEquals) {
                binds << text;
                return column + u" IS NOT ?"_s;
            }
            binds << text << text;
            return u"coalesce(substr(%1, 1, length(?)) = ?, 0)"_s.arg(column);
        }
        case Operator::AnyOf: {
            const std::optional<QStringList> values = clauseStrings(clause);
            if (!values)
                return badValue(clause, u"a list of strings"_s);
            if (values->isEmpty())
                return u"0"_s;
            for (const QString &value : *values)
                binds << value;
            return u"coalesce(%1 IN (%2), 0)"_s.arg(column, placeholders(values->size()));
        }
        case Operator::Exists:
            if (!clause.value.isBool())
                return badValue(clause, u"true or false"_s);
            return column + (clause.value.toBool() ? u" IS NOT NULL"_s : u" IS NULL"_s);
        default:
            return unsupported(clause);
        }
    }

    // kinds / kindKeys: a JSON array of strings, kept sorted and without duplicates.
    std::optional<QString> list(const Clause &clause, const QString &listSql)
    {
        if (clause.op != Operator::Equals && clause.op != Operator::AnyOf
            && clause.op != Operator::Contains)
            return unsupported(clause);
        std::optional<QStringList> values = clauseStrings(clause);
        if (!values) {
            return badValue(clause,
                clause.op == Operator::AnyOf ? u"a list of strings"_s
                                             : u"a string or a list of strings"_s);
        }
        values->sort();
        values->removeDuplicates();
        if (listSql == u"i.kind_keys" && m_conjunct)
            narrowInstances(clause.op, *values);
        if (clause.op == Operator::Equals) {
            binds << QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(*values)).toJson(QJsonDocument::Compact));
            return u"coalesce(%1 = ?, 0)"_s.arg(listSql);
        }
        if (values->isEmpty())
            return clause.op == Operator::AnyOf ? u"0"_s : u"1"_s;
        for (const QString &value : *values)
            binds << value;
        const QString marks = placeholders(values->size());
        if (clause.op == Operator::AnyOf)
            return u"EXISTS (SELECT 1 FROM json_each(%1) WHERE value IN (%2))"_s.arg(
                listSql, marks);
        binds << values->size();
        return u"((SELECT COUNT(DISTINCT value) FROM json_each(%1) WHERE value IN (%2)) = ?)"_s.arg(
            listSql, marks);
    }

    // The instances that hold some context, found through the context's memberships: for
    // kindKeys equals / contains, those of any one of the values; for anyOf, those of all.
    void narrowInstances(Operator op, const QStringList &kindKeys)
    {
        QStringList selects;
        QVariantList values;
        for (const QString &kindKey : kindKeys) {
            const qsizetype colon = kindKey.indexOf(u':');
            if (colon <= 0)
                return; // a value no context has: the exact condition decides
            selects.append(u"SELECT m.instance_id AS id FROM context_keys k"
                           " JOIN context_instances m ON m.context_id = k.context_id"
                           " WHERE k.env_id = {env} AND k.key = ? AND k.kind = ?"_s);
            values << kindKey.mid(colon + 1) << kindKey.left(colon);
            if (op != Operator::AnyOf)
                break;
        }
        if (!selects.isEmpty())
            narrowing.append({selects.join(u" UNION "_s), values});
    }

    std::optional<QString> fuzzy(const Clause &clause)
    {
        if (clause.op != Operator::Equals)
            return unsupported(clause);
        const std::optional<QStringList> terms = stringList(clause.value);
        if (!terms)
            return badValue(clause, u"a string or a list of strings"_s);
        QStringList parts;
        for (const QString &term : *terms) {
            const QString lower = term.toLower();
            binds << lower << lower << lower;
            parts.append(u"(instr(lower(c.key), ?) > 0 OR instr(lower(coalesce(c.name, '')), ?) > 0"
                         " OR EXISTS (SELECT 1 FROM json_tree(c.attributes) t"
                         " WHERE t.type = 'text' AND instr(lower(t.atom), ?) > 0))"_s);
        }
        return parts.isEmpty() ? u"1"_s : u'(' + parts.join(u" AND "_s) + u')';
    }
};

} // namespace

std::optional<SqlCondition> FilterSql::translate(
    const ctx::filter::Expression &expression, QString *error, FilterScope scope)
{
    Translator translator(scope);
    std::optional<QString> sql = translator.expression(expression);
    if (sql && translator.binds.size() > kMaxBinds) {
        sql.reset();
        translator.error = u"the filter is too large"_s;
    }
    if (!sql) {
        if (error)
            *error = translator.error;
        return std::nullopt;
    }
    return SqlCondition {*sql, translator.binds, translator.narrowing,
        translator.indexOnly && scope == FilterScope::Contexts};
}

} // namespace sandbox
