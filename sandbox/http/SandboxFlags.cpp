#include "SandboxFlags.h"

#include "FilterExpression.h"
#include "SandboxEvalContext.h"
#include "SandboxEvaluator.h"
#include "SandboxFlagJson.h"
#include "SandboxRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;
using FlagTest = std::function<bool(const QJsonObject &)>;

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

// The flags filter: clauses joined with ","; `query equals <text>` (key or name contains
// it, case-insensitive) and `tags contains [..]` (every tag present).
std::optional<QList<FlagTest>> flagFilter(const QString &text, QString *error)
{
    QList<FlagTest> tests;
    const ctx::filter::ParseResult parsed = ctx::filter::parse(text);
    if (!parsed.ok()) {
        *error = u"Invalid filter at position %1: %2"_s.arg(
            QString::number(parsed.error->position), parsed.error->message);
        return std::nullopt;
    }
    if (!parsed.expression)
        return tests;
    QList<ctx::filter::Expression> clauses {*parsed.expression};
    if (parsed.expression->type == ctx::filter::Expression::Type::And)
        clauses = parsed.expression->children;
    for (const ctx::filter::Expression &expression : std::as_const(clauses)) {
        const ctx::filter::Clause &clause = expression.clause;
        const bool isClause = expression.type == ctx::filter::Expression::Type::Clause;
        if (isClause && clause.field == u"query" && clause.op == ctx::filter::Operator::Equals
            && clause.value.isString()) {
            const QString needle = clause.value.toString();
            tests.append([needle](const QJsonObject &flag) {
                return flag.value(u"key"_s).toString().contains(needle, Qt::CaseInsensitive)
                    || flag.value(u"name"_s).toString().contains(needle, Qt::CaseInsensitive);
            });
        } else if (isClause && clause.field == u"tags"
            && clause.op == ctx::filter::Operator::Contains) {
            const QJsonArray wanted
                = clause.value.isArray() ? clause.value.toArray() : QJsonArray {clause.value};
            tests.append([wanted](const QJsonObject &flag) {
                const QJsonArray tags = flag.value(u"tags"_s).toArray();
                return std::all_of(wanted.begin(), wanted.end(),
                    [&tags](const QJsonValue &tag) { return tags.contains(tag); });
            });
        } else {
            *error = u"Invalid filter: flags can be filtered only with \"query equals <text>\""
                     " and \"tags contains [...]\", joined with \",\""_s;
            return std::nullopt;
        }
    }
    return tests;
}

// sort: a comma-separated list of key / name, each optionally with "-".
bool sortFlags(QList<QJsonObject> &flags, const QString &sort, QString *error)
{
    const QStringList fields = sort.split(u',', Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        const QString name = field.startsWith(u'-') ? field.mid(1) : field;
        if (name != u"key" && name != u"name") {
            *error = u"sort must be a comma-separated list of \"key\" and \"name\", each"
                     " optionally with \"-\""_s;
            return false;
        }
    }
    std::stable_sort(flags.begin(), flags.end(), [&fields](const auto &a, const auto &b) {
        for (const QString &field : fields) {
            const bool descending = field.startsWith(u'-');
            const QString name = descending ? field.mid(1) : field;
            const int order = QString::compare(
                a.value(name).toString(), b.value(name).toString(), Qt::CaseInsensitive);
            if (order != 0)
                return descending ? order > 0 : order < 0;
        }
        return false;
    });
    return true;
}

std::optional<qint64> integerParameter(
    const QUrl &url, const QString &name, qint64 fallback, qint64 minimum, QString *error)
{
    const QString text = request::queryValue(url, name).value_or(QString());
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum) {
        *error = u"%1 must be an integer of at least %2"_s.arg(name).arg(minimum);
        return std::nullopt;
    }
    return value;
}

} // namespace

SandboxFlags::SandboxFlags(const SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxFlags::evaluateFlags(
    const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const
{
    QString error;
    const std::optional<SandboxEvalContext> context = SandboxEvalContext::parse(body, &error);
    if (!context)
        return SandboxJson::invalidRequest(error);
    const std::optional<QList<FlagTest>> tests
        = flagFilter(request::queryValue(url, u"filter"_s).value_or(QString()), &error);
    const std::optional<qint64> limit = integerParameter(url, u"limit"_s, -1, -1, &error);
    const std::optional<qint64> offset = integerParameter(url, u"offset"_s, 0, 0, &error);
    if (!tests || !limit || !offset)
        return SandboxJson::invalidRequest(error);

    std::optional<QList<QJsonObject>> flags = m_store.flags(environment.id, &error);
    std::optional<QList<QJsonObject>> segments = m_store.segments(environment.id, &error);
    if (!flags || !segments)
        return SandboxJson::internalError(u"Cannot read the flags: "_s + error);
    const SandboxEvaluator evaluator(*flags, std::move(*segments));
    QList<QJsonObject> selected;
    for (const QJsonObject &flag : std::as_const(*flags)) {
        if (std::all_of(
                tests->begin(), tests->end(), [&flag](const FlagTest &t) { return t(flag); }))
            selected.append(flag);
    }
    if (!sortFlags(selected, request::queryValue(url, u"sort"_s).value_or(QString()), &error))
        return SandboxJson::invalidRequest(error);

    QJsonArray items;
    const qint64 end
        = *limit < 0 ? selected.size() : std::min<qint64>(selected.size(), *offset + *limit);
    for (qint64 i = *offset; i < end; ++i) {
        const QJsonObject &flag = selected[static_cast<qsizetype>(i)];
        items.append(
            SandboxFlagJson::evaluation(flag, evaluator.evaluate(flag, *context), environment));
    }
    const QString self = SandboxJson::environmentPath(environment) + u"/flags/evaluate"_s;
    return SandboxJson::ok({{u"items"_s, items}, {u"totalCount"_s, selected.size()},
        {u"_links"_s, QJsonObject {{u"self"_s, SandboxJson::link(self)}}}});
}

SandboxReply SandboxFlags::evaluateSegments(
    const EnvironmentRow &environment, const QByteArray &body) const
{
    QString error;
    const std::optional<SandboxEvalContext> context = SandboxEvalContext::parse(body, &error);
    if (!context)
        return SandboxJson::invalidRequest(error);
    std::optional<QList<QJsonObject>> segments = m_store.segments(environment.id, &error);
    if (!segments)
        return SandboxJson::internalError(u"Cannot read the segments: "_s + error);
    const SandboxEvaluator evaluator({}, *segments);
    QJsonArray items;
    for (const QJsonObject &segment : std::as_const(*segments))
        items.append(SandboxFlagJson::membership(
            segment, evaluator.membership(segment, *context), environment));
    const QString self = SandboxJson::environmentPath(environment) + u"/segments/evaluate"_s;
    return SandboxJson::ok(
        {{u"items"_s, items}, {u"_links"_s, QJsonObject {{u"self"_s, SandboxJson::link(self)}}}});
}

SandboxReply SandboxFlags::putSetting(const EnvironmentRow &environment, const QString &kind,
    const QString &key, const QString &flagKey, const QByteArray &body) const
{
    if (!SandboxEvalContext::isValidKind(kind))
        return SandboxJson::invalidRequest(u"invalid context kind \"%1\""_s.arg(kind));
    if (key.isEmpty())
        return SandboxJson::invalidRequest(u"the context key is empty"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxJson::invalidRequest(
            u"Invalid request body: expected a JSON object {\"setting\": ..., \"comment\": ...}"_s);
    const QJsonObject put = document.object();
    if (put.contains(u"comment"_s) && !put.value(u"comment"_s).isString()
        && !put.value(u"comment"_s).isNull())
        return SandboxJson::invalidRequest(u"\"comment\" must be a string"_s);

    QString error;
    const std::optional<QList<QJsonObject>> flags = m_store.flags(environment.id, &error);
    if (!flags)
        return SandboxJson::internalError(u"Cannot read the flags: "_s + error);
    const auto flag = std::find_if(flags->begin(), flags->end(),
        [&flagKey](const QJsonObject &f) { return f.value(u"key"_s).toString() == flagKey; });
    if (flag == flags->end())
        return SandboxJson::notFound(u"Unknown flag \"%1\""_s.arg(flagKey));

    const QJsonValue setting = put.value(u"setting"_s);
    int variation = -1;
    if (!setting.isNull() && !setting.isUndefined()) {
        const QJsonArray variations = flag->value(u"variations"_s).toArray();
        for (qsizetype i = 0; i < variations.size() && variation < 0; ++i) {
            if (sameValue(variations[i].toObject().value(u"value"_s), setting))
                variation = static_cast<int>(i);
        }
        if (variation < 0)
            return SandboxJson::invalidRequest(
                u"setting does not match a variation of flag %1"_s.arg(flagKey));
    }

    // The key leaves every target of its kind, then joins the chosen variation's target.
    QJsonArray targets;
    bool placed = variation < 0;
    for (const QJsonValue item : flag->value(u"targets"_s).toArray()) {
        QJsonObject target = item.toObject();
        if (target.value(u"contextKind"_s).toString(u"user"_s) == kind) {
            QJsonArray values = target.value(u"values"_s).toArray();
            for (qsizetype i = values.size() - 1; i >= 0; --i) {
                if (values[i].toString() == key)
                    values.removeAt(i);
            }
            if (!placed && target.value(u"variation"_s).toInt(-1) == variation) {
                values.append(key);
                placed = true;
            }
            target.insert(u"values"_s, values);
            if (values.isEmpty())
                continue;
        }
        targets.append(target);
    }
    if (!placed)
        targets.append(QJsonObject {{u"contextKind"_s, kind}, {u"values"_s, QJsonArray {key}},
            {u"variation"_s, variation}});
    if (!m_store.setTargets(environment.id, flagKey, targets, &error))
        return SandboxJson::internalError(u"Cannot save the setting: "_s + error);
    return {QHttpServerResponder::StatusCode::NoContent, {}, {}, {}};
}

SandboxReply SandboxFlags::getFlag(
    const QString &projectKey, const QString &flagKey, const QUrl &url) const
{
    QString error;
    const std::optional<FlagRow> flag = m_store.flag(
        projectKey, flagKey, request::queryValue(url, u"env"_s).value_or(QString()), &error);
    if (!flag) {
        if (!error.isEmpty())
            return SandboxJson::internalError(u"Cannot read the flag: "_s + error);
        return SandboxJson::notFound(
            u"Unknown flag \"%1\" in project \"%2\""_s.arg(flagKey, projectKey));
    }
    return SandboxJson::ok(SandboxFlagJson::featureFlag(*flag, projectKey));
}

} // namespace sandbox
