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

// Where a keyset page starts: the last row of the page before. Lists are ordered by (last seen,
// row id), reversed as a whole for "-ts", so the order is total and every list index serves it
// (an index's last column is the row id). kind, key and applicationId describe the row and are
// carried by the cursor when set; the lists compare only lastSeenMs and rowId.
struct SortKey
{
    qint64 lastSeenMs = 0;
    QString kind;
    QString key;
    QString applicationId;
    qint64 rowId = 0;
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

    qint64 rowId = 0;

    // The instance list's order: (last seen, row id).
    SortKey sortKey() const { return {lastSeenMs, {}, {}, {}, rowId}; }
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
