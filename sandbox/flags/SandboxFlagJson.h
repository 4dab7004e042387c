#pragma once

#include "SandboxEvaluator.h"
#include "SandboxRows.h"

#include <QJsonObject>
#include <QString>

namespace sandbox {

// The flag and segment JSON the sandbox writes, after the spec's schemas FeatureFlag (with
// FeatureFlagConfig per environment), ContextInstanceEvaluation and
// ContextInstanceSegmentMembership.
class SandboxFlagJson
{
public:
    // Every required FeatureFlag field, plus description, maintainerId, goalIds, deprecated,
    // defaults, clientSideAvailability and `environments` (one FeatureFlagConfig each).
    static QJsonObject featureFlag(const FlagRow &flag, const QString &projectKey);
    static QJsonObject flagConfig(
        const FlagConfigRow &row, const QString &projectKey, const QString &flagKey);

    static QJsonObject evaluation(const QJsonObject &flag, const SandboxEvaluator::Result &result,
        const EnvironmentRow &environment);
    static QJsonObject membership(const QJsonObject &segment,
        const SandboxEvaluator::Membership &membership, const EnvironmentRow &environment);
};

} // namespace sandbox
