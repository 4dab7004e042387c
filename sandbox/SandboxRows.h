#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
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
