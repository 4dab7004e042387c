#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// Plain rows exchanged between SandboxStore and the HTTP layer.

// The sort key of one row of the contexts list: the order is (last seen, kind, key,
// applicationId), reversed as a whole for "-ts", so the order is total.
struct SortKey
{
    qint64 lastSeenMs = 0;
    QString kind;
    QString key;
    QString applicationId;
};

struct EnvironmentRow
{
    qint64 id = 0;
    QString projectKey;
    QString key;
    QString environmentId; // the `_environmentId` value (24 hex digits)
};

struct ContextRow
{
    SortKey sortKey;
    std::optional<QString> name;
    QJsonObject attributes; // custom attributes, private values already removed
    QJsonArray privateAttributes;
    int associatedContexts = 0;
};

// One version of a context instance: the instance id as seen from one applicationId.
struct InstanceRow
{
    QString id; // the instance id (opaque, base64url of its kind:key pairs)
    QString applicationId;
    qint64 lastSeenMs = 0;
    QJsonValue context; // the full context JSON, private values already removed
    QJsonArray anonymousKinds;

    // The instance list's order: (last seen, id, applicationId); `kind` is unused.
    SortKey sortKey() const { return {lastSeenMs, {}, id, applicationId}; }
};

// A flag's targeting in one environment, as FeatureFlagConfig has it: on, salt, version,
// lastModified, offVariation (absent: none), fallthrough, targets, rules, prerequisites.
struct FlagConfigRow
{
    QString environmentKey;
    QString environmentName;
    QJsonObject config;
};

// A flag: its definition (key, name, kind, description, tags, temporary, deprecated,
// variations with _id, creationDate, _version, maintainerId) and its environments.
struct FlagRow
{
    QJsonObject definition;
    QList<FlagConfigRow> environments;
};

struct ContextKindRow
{
    QString key;
    QString name;
    QString description;
    int version = 1;
    qint64 creationDateMs = 0;
    qint64 lastModifiedMs = 0;
    qint64 lastSeenMs = -1; // < 0: never seen
    QString createdFrom; // default | auto-add | manual
    bool archived = false;
    bool hideInTargeting = false;
};

} // namespace sandbox
