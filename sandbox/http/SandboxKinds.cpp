#include "SandboxKinds.h"

#include "SandboxRequest.h"
#include "SandboxSql.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

// Why `key` cannot name a context kind, or an empty string when it can.
QString keyProblem(const QString &key)
{
    if (key == u"kind" || key == u"multi")
        return u"\"%1\" is reserved and cannot be a context kind key"_s.arg(key);
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return u"invalid context kind key \"%1\": use only letters, digits, \".\", \"_\" and"
                   " \"-\""_s.arg(key);
    }
    return key.isEmpty() ? u"the context kind key is empty"_s : QString();
}

// The fields of an UpsertContextKindPayload; an absent optional field stays unchanged.
struct Payload
{
    QString name;
    QVariant description; // null: unchanged
    QVariant archived; // null: unchanged; also sets hideInTargeting
    int version = 1; // only on create
};

std::optional<Payload> parsePayload(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> parsed
        = request::bodyObject(body, u"UpsertContextKindPayload"_s, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &object = *parsed;
    const auto given = [&object](const QString &name) {
        const QJsonValue value = object.value(name);
        return !value.isUndefined() && !value.isNull();
    };
    Payload payload;
    if (!given(u"name"_s) || !object.value(u"name"_s).isString()
        || object.value(u"name"_s).toString().trimmed().isEmpty()) {
        *error = u"name is required: a non-empty string"_s;
        return std::nullopt;
    }
    payload.name = object.value(u"name"_s).toString();
    if (given(u"description"_s)) {
        if (!object.value(u"description"_s).isString()) {
            *error = u"description must be a string"_s;
            return std::nullopt;
        }
        payload.description = object.value(u"description"_s).toString();
    }
    for (const QString &name : {u"archived"_s, u"hideInTargeting"_s}) {
        if (!given(name))
            continue;
        if (!object.value(name).isBool()) {
            *error = u"%1 must be true or false"_s.arg(name);
            return std::nullopt;
        }
        const bool value = object.value(name).toBool();
        if (!payload.archived.isNull() && payload.archived.toBool() != value) {
            *error = u"archived and hideInTargeting are aliases and must not differ"_s;
            return std::nullopt;
        }
        payload.archived = value;
    }
    if (given(u"version"_s)) {
        const double version = object.value(u"version"_s).toDouble(-1);
        if (!object.value(u"version"_s).isDouble() || version < 1 || version > 2147483647.0
            || version != std::trunc(version)) {
            *error = u"version must be a positive integer"_s;
            return std::nullopt;
        }
        payload.version = static_cast<int>(version);
    }
    return payload;
}

} // namespace

SandboxKinds::SandboxKinds(const SandboxStore &store)
    : m_store(store)
{
}

SandboxReply SandboxKinds::list(const QString &projectKey) const
{
    const std::optional<qint64> projectId = m_store.projectId(projectKey);
    if (!projectId)
        return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
    QString error;
    const std::optional<QList<ContextKindRow>> kinds = m_store.contextKinds(*projectId, &error);
    if (!kinds)
        return SandboxJson::internalError(error);
    QJsonArray items;
    for (const ContextKindRow &kind : *kinds)
        items.append(SandboxJson::contextKind(kind, projectKey));
    const QString self
        = u"/api/v2/projects/%1/context-kinds"_s.arg(SandboxJson::segment(projectKey));
    return SandboxJson::ok(
        {{u"items"_s, items}, {u"_links"_s, QJsonObject {{u"self"_s, SandboxJson::link(self)}}}});
}

SandboxReply SandboxKinds::put(
    const QString &projectKey, const QString &key, const QByteArray &body) const
{
    const std::optional<qint64> projectId = m_store.projectId(projectKey);
    if (!projectId)
        return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
    if (const QString problem = keyProblem(key); !problem.isEmpty())
        return SandboxJson::invalidRequest(problem);
    QString error;
    const std::optional<Payload> payload = parsePayload(body, &error);
    if (!payload)
        return SandboxJson::invalidRequest(error);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    if (!sql::run(query, u"SELECT 1 FROM context_kinds WHERE project_id = ? AND key = ?"_s,
            {*projectId, key}, &error))
        return SandboxJson::internalError(error);
    const bool exists = query.next();
    query.finish();
    const bool ok = exists
        ? sql::run(query,
            u"UPDATE context_kinds SET name = ?, description = coalesce(?, description),"
            " archived = coalesce(?, archived), hide_in_targeting = coalesce(?, hide_in_targeting),"
            " version = version + 1, modified_ms = ? WHERE project_id = ? AND key = ?"_s,
            {payload->name, payload->description, payload->archived, payload->archived, now,
                *projectId, key},
            &error)
        : sql::run(query,
            u"INSERT INTO context_kinds (project_id, key, name, description, version,"
            " creation_ms, modified_ms, last_seen_ms, created_from, archived, hide_in_targeting)"
            " VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, (SELECT MAX(c.last_seen_ms)"
            " FROM contexts c JOIN environments e ON e.id = c.env_id"
            " WHERE e.project_id = ? AND c.kind = ?), 'manual', coalesce(?, 0), coalesce(?, 0))"_s,
            {*projectId, key, payload->name, payload->description, payload->version, now, now,
                *projectId, key, payload->archived, payload->archived},
            &error);
    if (!ok)
        return SandboxJson::internalError(u"Cannot save the context kind: "_s + error);

    const QString kinds
        = u"/api/v2/projects/%1/context-kinds"_s.arg(SandboxJson::segment(projectKey));
    return SandboxJson::ok({{u"status"_s, u"success"_s},
        {u"_links"_s,
            QJsonObject {{u"self"_s, SandboxJson::link(kinds + u'/' + SandboxJson::segment(key))},
                {u"parent"_s, SandboxJson::link(kinds)}}}});
}

} // namespace sandbox
