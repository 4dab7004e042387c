#pragma once

#include "SandboxRows.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

class SandboxStore;

// Flags and segments in SandboxStore's database (tables flags, flag_configs, segments).
class SandboxFlagStore
{
public:
    explicit SandboxFlagStore(const SandboxStore &store);

    // The flags of an environment in the evaluator's shape: the definition merged with that
    // environment's configuration, ordered by key.
    std::optional<QList<QJsonObject>> flags(qint64 environmentId, QString *error) const;
    // The segments of an environment: key, name, description, tags, included, excluded,
    // rules, version, creationDate, lastModifiedDate; ordered by key.
    std::optional<QList<QJsonObject>> segments(qint64 environmentId, QString *error) const;
    // One flag of a project with every environment's configuration (only `environmentKey`'s
    // when it is not empty). Nothing when unknown; *error is set only when the query failed.
    std::optional<FlagRow> flag(const QString &projectKey, const QString &flagKey,
        const QString &environmentKey, QString *error) const;
    // Replaces a flag's individual targets in one environment, raising its version.
    bool setTargets(qint64 environmentId, const QString &flagKey, const QJsonArray &targets,
        QString *error) const;

private:
    const SandboxStore &m_store;
};

} // namespace sandbox
