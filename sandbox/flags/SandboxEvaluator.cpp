#include "SandboxEvaluator.h"

#include "SandboxOperators.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr int kMaxDepth = 32; // prerequisite and segment chains

QList<QJsonObject> objects(const QJsonValue &array)
{
    QList<QJsonObject> list;
    for (const QJsonValue item : array.toArray())
        list.append(item.toObject());
    return list;
}

QJsonObject reasonOf(const QString &kind)
{
    return {{u"kind"_s, kind}};
}

SandboxEvaluator::Result malformed()
{
    return {QJsonValue(QJsonValue::Null), -1,
        {{u"kind"_s, u"ERROR"_s}, {u"errorKind"_s, u"MALFORMED_FLAG"_s}}};
}

// The bucket value as the SDKs hash it: a string, or an integer written in decimal.
std::optional<QString> bucketText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
        return QString::number(static_cast<qint64>(value.toDouble()));
    return std::nullopt;
}

// In [0, 1): the first 15 hex digits of SHA-1(hashKey) over 0xFFFFFFFFFFFFFFF.
double bucket(const QString &hashKey)
{
    const QByteArray hex
        = QCryptographicHash::hash(hashKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(15);
    return static_cast<double>(hex.toULongLong(nullptr, 16))
        / static_cast<double>(0xFFFFFFFFFFFFFFFULL);
}

} // namespace

SandboxEvaluator::SandboxEvaluator(QList<QJsonObject> flags, QList<QJsonObject> segments)
    : m_flags(std::move(flags))
    , m_segments(std::move(segments))
{
    for (qsizetype i = 0; i < m_flags.size(); ++i)
        m_flagIndex.insert(m_flags[i].value(u"key"_s).toString(), i);
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        m_segmentIndex.insert(m_segments[i].value(u"key"_s).toString(), i);
}

SandboxEvaluator::Result SandboxEvaluator::evaluate(
    const QJsonObject &flag, const SandboxEvalContext &context) const
{
    QStringList visiting;
    return evaluate(flag, context, visiting);
}

SandboxEvaluator::Result SandboxEvaluator::serve(
    const QJsonObject &flag, const QJsonValue &variation, const QJsonObject &reason) const
{
    Result result;
    if (variation.isNull() || variation.isUndefined()) {
        result.value = QJsonValue(QJsonValue::Null);
        result.reason = reason;
        return result;
    }
    const QJsonArray variations = flag.value(u"variations"_s).toArray();
    const int index = variation.toInt(-1);
    if (!variation.isDouble() || index < 0 || index >= variations.size())
        return malformed();
    result.variation = index;
    result.value = variations.at(index).toObject().value(u"value"_s);
    result.reason = reason;
    return result;
}

SandboxEvaluator::Result SandboxEvaluator::serveRollout(const QJsonObject &flag,
    const QJsonObject &servable, const SandboxEvalContext &context, QJsonObject reason) const
{
    if (!servable.contains(u"rollout"_s))
        return serve(flag, servable.value(u"variation"_s), reason);
    const QJsonObject rollout = servable.value(u"rollout"_s).toObject();
    const QList<QJsonObject> weighted = objects(rollout.value(u"variations"_s));
    if (weighted.isEmpty())
        return malformed();
    const bool experiment = rollout.value(u"kind"_s).toString() == u"experiment";
    const QString kind = rollout.value(u"contextKind"_s).toString(u"user"_s);
    const QString attribute
        = experiment ? u"key"_s : rollout.value(u"bucketBy"_s).toString(u"key"_s);
    double point = 0;
    const bool hasKind = context.individual(kind) != nullptr;
    if (const std::optional<QString> text = bucketText(context.value(kind, attribute))) {
        const QString prefix = rollout.contains(u"seed"_s)
            ? QString::number(rollout.value(u"seed"_s).toInteger())
            : flag.value(u"key"_s).toString() + u'.' + flag.value(u"salt"_s).toString();
        point = bucket(prefix + u'.' + *text);
    }
    double sum = 0;
    const QJsonObject *chosen = &weighted.back();
    for (const QJsonObject &entry : weighted) {
        sum += entry.value(u"weight"_s).toDouble() / 100000.0;
        if (point < sum) {
            chosen = &entry;
            break;
        }
    }
    if (experiment && hasKind && !chosen->value(u"_untracked"_s).toBool())
        reason.insert(u"inExperiment"_s, true);
    return serve(flag, chosen->value(u"variation"_s), reason);
}

std::optional<SandboxEvaluator::Result> SandboxEvaluator::prerequisiteFailure(
    const QJsonObject &flag, const SandboxEvalContext &context, QStringList &visiting) const
{
    for (const QJsonObject &prerequisite : objects(flag.value(u"prerequisites"_s))) {
        const QString key = prerequisite.value(u"key"_s).toString();
        const auto found = m_flagIndex.constFind(key);
        bool ok = false;
        if (found != m_flagIndex.cend()) {
            if (visiting.contains(key) || visiting.size() > kMaxDepth) // a cycle
                return malformed();
            const QJsonObject &required = m_flags[found.value()];
            const Result result = evaluate(required, context, visiting);
            ok = required.value(u"on"_s).toBool()
                && result.variation == prerequisite.value(u"variation"_s).toInt(-2);
        }
        if (!ok) {
            QJsonObject reason = reasonOf(u"PREREQUISITE_FAILED"_s);
            reason.insert(u"prerequisiteKey"_s, key);
            return serve(flag, flag.value(u"offVariation"_s), reason);
        }
    }
    return std::nullopt;
}

SandboxEvaluator::Result SandboxEvaluator::evaluate(
    const QJsonObject &flag, const SandboxEvalContext &context, QStringList &visiting) const
{
    if (!flag.value(u"on"_s).toBool())
        return serve(flag, flag.value(u"offVariation"_s), reasonOf(u"OFF"_s));
    visiting.append(flag.value(u"key"_s).toString());
    const std::optional<Result> failed = prerequisiteFailure(flag, context, visiting);
    visiting.removeLast();
    if (failed)
        return *failed;

    if (QJsonObject target; findTarget(flag.value(u"targets"_s), context, &target))
        return serve(flag, target.value(u"variation"_s), reasonOf(u"TARGET_MATCH"_s));

    const QList<QJsonObject> rules = objects(flag.value(u"rules"_s));
    for (qsizetype index = 0; index < rules.size(); ++index) {
        const QJsonObject &rule = rules[index];
        bool all = true;
        for (const QJsonObject &clause : objects(rule.value(u"clauses"_s))) {
            QStringList segmentsVisiting;
            if (!clauseMatches(clause, context, segmentsVisiting)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        QJsonObject reason = reasonOf(u"RULE_MATCH"_s);
        reason.insert(u"ruleIndex"_s, static_cast<int>(index));
        reason.insert(u"ruleID"_s, rule.value(u"_id"_s).toString());
        return serveRollout(flag, rule, context, reason);
    }
    return serveRollout(
        flag, flag.value(u"fallthrough"_s).toObject(), context, reasonOf(u"FALLTHROUGH"_s));
}

bool SandboxEvaluator::findTarget(
    const QJsonValue &targets, const SandboxEvalContext &context, QJsonObject *found)
{
    for (const QJsonValue item : targets.toArray()) {
        const QJsonObject target = item.toObject();
        const QJsonObject *individual
            = context.individual(target.value(u"contextKind"_s).toString(u"user"_s));
        if (!individual
            || !target.value(u"values"_s).toArray().contains(individual->value(u"key"_s)))
            continue;
        if (found)
            *found = target;
        return true;
    }
    return false;
}

bool SandboxEvaluator::clauseMatches(
    const QJsonObject &clause, const SandboxEvalContext &context, QStringList &visiting) const
{
    const QString op = clause.value(u"op"_s).toString();
    const QJsonArray values = clause.value(u"values"_s).toArray();
    const bool negate = clause.value(u"negate"_s).toBool();
    if (op == u"segmentMatch") {
        bool any = false;
        for (const QJsonValue key : values)
            any = any || inSegment(key.toString(), context, visiting);
        return any != negate;
    }
    const QString attribute = clause.value(u"attribute"_s).toString();
    const QString kind = clause.value(u"contextKind"_s).toString(u"user"_s);
    QJsonArray candidates;
    if (attribute == u"kind") {
        for (const QString &present : context.kinds())
            candidates.append(present);
    } else {
        const QJsonValue value = context.value(kind, attribute);
        if (value.isUndefined() || value.isNull())
            return false;
        candidates = value.isArray() ? value.toArray() : QJsonArray {value};
    }
    for (const QJsonValue candidate : std::as_const(candidates)) {
        for (const QJsonValue wanted : values) {
            if (SandboxOperators::apply(op, candidate, wanted))
                return !negate;
        }
    }
    return negate;
}

bool SandboxEvaluator::inSegment(
    const QString &key, const SandboxEvalContext &context, QStringList &visiting) const
{
    const auto found = m_segmentIndex.constFind(key);
    if (found == m_segmentIndex.cend() || visiting.contains(key) || visiting.size() > kMaxDepth)
        return false;
    const QJsonObject &segment = m_segments[found.value()];
    if (findTarget(segment.value(u"included"_s), context))
        return true;
    if (findTarget(segment.value(u"excluded"_s), context))
        return false;
    visiting.append(key);
    const bool matched = rulesMatch(segment, context, visiting);
    visiting.removeLast();
    return matched;
}

bool SandboxEvaluator::rulesMatch(
    const QJsonObject &segment, const SandboxEvalContext &context, QStringList &visiting) const
{
    for (const QJsonObject &rule : objects(segment.value(u"rules"_s))) {
        bool all = true;
        for (const QJsonObject &clause : objects(rule.value(u"clauses"_s))) {
            if (!clauseMatches(clause, context, visiting)) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

SandboxEvaluator::Membership SandboxEvaluator::membership(
    const QJsonObject &segment, const SandboxEvalContext &context) const
{
    Membership membership;
    membership.included = findTarget(segment.value(u"included"_s), context);
    membership.excluded = !membership.included && findTarget(segment.value(u"excluded"_s), context);
    QStringList visiting {segment.value(u"key"_s).toString()};
    membership.ruleTargeted = !membership.excluded && rulesMatch(segment, context, visiting);
    return membership;
}

} // namespace sandbox
