#pragma once

#include "ContextRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// A context instance (schema "ContextInstanceRecord"): one combination of contexts that was
// evaluated together, as seen from one source. Several items can share an id with different
// applicationIds (the instance's versions).
struct ContextInstance
{
    QString id;
    QDateTime lastSeen; // UTC; invalid when not sent
    QString applicationId;
    QStringList anonymousKinds; // kinds the SDK dropped because they were anonymous
    QList<ContextRecord> contexts; // one per kind, private values stripped as in the list
    QString siteLink; // _links.site.href

    QStringList kindKeys() const
    {
        QStringList keys;
        for (const ContextRecord &c : contexts)
            keys.append(c.kindKey());
        return keys;
    }
};

// One page of POST .../context-instances/search (schema "ContextInstances").
struct ContextInstancesPage
{
    QList<ContextInstance> items;
    std::optional<qint64> totalCount;
    QString continuationToken;
};

// Why a flag evaluated the way it did (the "reason" of ContextInstanceEvaluation).
struct EvaluationReason
{
    QString kind; // OFF, FALLTHROUGH, TARGET_MATCH, RULE_MATCH, PREREQUISITE_FAILED, ERROR
    int ruleIndex = -1; // RULE_MATCH: 0-based
    QString ruleId;
    QString prerequisiteKey; // PREREQUISITE_FAILED
    bool inExperiment = false;
    QString errorKind; // ERROR
};

// One item of POST .../flags/evaluate (schema "ContextInstanceEvaluation").
struct FlagEvaluation
{
    QString key;
    QString name;
    QByteArray valueJson; // the served value as compact JSON ("true", "\"blue\"", "null", ...)
    EvaluationReason reason;
    QString siteLink;
};

// One item of POST .../segments/evaluate (schema "ContextInstanceSegmentMembership").
struct SegmentMembership
{
    QString key;
    QString name;
    QString description;
    bool isMember = false;
    bool isIndividuallyTargeted = false;
    bool isRuleTargeted = false;
    bool unbounded = false; // a big segment
    QString external; // synced segment source, empty when none
    QString siteLink;
};

// A variation of a flag (from GET /api/v2/flags/{projectKey}/{flagKey}), to offer as the
// value a context can be set to.
struct FlagVariation
{
    QByteArray valueJson; // compact JSON
    QString name; // may be empty
    QString description;
};

// The JSON body that flags/evaluate and segments/evaluate take for a context:
// a single-kind context {"kind": ..., "key": ..., attributes...}.
QByteArray evaluationContextJson(const ContextRecord &context);
// ...and for an instance: a multi-kind context {"kind": "multi", "<kind>": {...}, ...},
// or the single-kind form when the instance holds one context.
QByteArray evaluationContextJson(const ContextInstance &instance);

} // namespace ctx
