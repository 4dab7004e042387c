#pragma once

#include "SandboxEvalContext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// Evaluates flags and segments for a context the way LaunchDarkly does.
//
// A flag is its environment configuration merged with its definition:
//   {key, name, variations: [{value, ...}], on, offVariation, fallthrough, targets,
//    rules, prerequisites, salt}
// targets: [{contextKind, values, variation}]; rules: [{_id, clauses, variation | rollout}];
// fallthrough: {variation} | {rollout: {variations: [{variation, weight}], bucketBy,
// contextKind, kind: "rollout" | "experiment", seed}}; prerequisites: [{key, variation}].
// The order: off -> offVariation (OFF); a prerequisite that is off, missing or serves another
// variation -> offVariation (PREREQUISITE_FAILED); individual targets (TARGET_MATCH); rules
// in order, every clause must match (RULE_MATCH); fallthrough (FALLTHROUGH). Rollouts bucket
// like the SDKs: SHA-1 of "flagKey.salt.bucketValue".
//
// A segment: {key, included: [{contextKind, values}], excluded: [...], rules: [{clauses}]}.
// Included wins over excluded, excluded over rules. Clauses: {contextKind (default user),
// attribute (name or /json/pointer), op, values, negate}; see SandboxOperators, plus
// segmentMatch. A missing kind or attribute never matches, negated or not.
class SandboxEvaluator
{
public:
    SandboxEvaluator(QList<QJsonObject> flags, QList<QJsonObject> segments);

    struct Result
    {
        QJsonValue value; // null when the served variation is not set
        int variation = -1;
        QJsonObject reason; // {kind, ruleIndex?, ruleID?, prerequisiteKey?, inExperiment?}
    };
    Result evaluate(const QJsonObject &flag, const SandboxEvalContext &context) const;

    struct Membership
    {
        bool included = false; // individually targeted
        bool excluded = false;
        bool ruleTargeted = false; // a rule matches (and the context is not excluded)
        bool isMember() const { return included || ruleTargeted; }
    };
    Membership membership(const QJsonObject &segment, const SandboxEvalContext &context) const;

    const QList<QJsonObject> &flags() const { return m_flags; }
    const QList<QJsonObject> &segments() const { return m_segments; }

private:
    Result evaluate(
        const QJsonObject &flag, const SandboxEvalContext &context, QStringList &visiting) const;
    Result serve(
        const QJsonObject &flag, const QJsonValue &variation, const QJsonObject &reason) const;
    Result serveRollout(const QJsonObject &flag, const QJsonObject &servable,
        const SandboxEvalContext &context, QJsonObject reason) const;
    std::optional<Result> prerequisiteFailure(
        const QJsonObject &flag, const SandboxEvalContext &context, QStringList &visiting) const;
    bool clauseMatches(const QJsonObject &clause, const SandboxEvalContext &context,
        QStringList &segmentsVisiting) const;
    bool inSegment(
        const QString &key, const SandboxEvalContext &context, QStringList &visiting) const;
    bool rulesMatch(
        const QJsonObject &segment, const SandboxEvalContext &context, QStringList &visiting) const;

    // Whether an entry of [{contextKind, values, variation?}] names the context's key for its
    // kind; the first such entry goes to *found.
    static bool findTarget(
        const QJsonValue &targets, const SandboxEvalContext &context, QJsonObject *found = nullptr);

    QList<QJsonObject> m_flags;
    QList<QJsonObject> m_segments;
    QHash<QString, qsizetype> m_flagIndex;
    QHash<QString, qsizetype> m_segmentIndex;
};

} // namespace sandbox
