#include "SandboxFlagStore.h"

#include "SandboxSql.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const QString kConfigColumns = u"fc.enabled, fc.salt, fc.version, fc.modified_ms,"
                               " fc.off_variation, fc.fallthrough, fc.targets, fc.rules,"
                               " fc.prerequisites"_s;

QJsonValue json(const QVariant &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// The FeatureFlagConfig part of a row whose columns start at `first` (kConfigColumns).
QJsonObject config(const QSqlQuery &query, int first)
{
    QJsonObject config {{u"on"_s, query.value(first).toBool()},
        {u"salt"_s, query.value(first + 1).toString()},
        {u"version"_s, query.value(first + 2).toInt()},
        {u"lastModified"_s, query.value(first + 3).toLongLong()},
        {u"fallthrough"_s, json(query.value(first + 5))},
        {u"targets"_s, json(query.value(first + 6))}, {u"rules"_s, json(query.value(first + 7))},
        {u"prerequisites"_s, json(query.value(first + 8))}};
    if (!query.value(first + 4).isNull())
        config.insert(u"offVariation"_s, query.value(first + 4).toInt());
    return config;
}

} // namespace

SandboxFlagStore::SandboxFlagStore(const SandboxStore &store)
    : m_store(store)
{
}

std::optional<QList<QJsonObject>> SandboxFlagStore::flags(
    qint64 environmentId, QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!sql::run(query,
            u"SELECT f.key, f.definition, %1 FROM flags f JOIN flag_configs fc"
            " ON fc.flag_id = f.id WHERE fc.env_id = ? ORDER BY f.key"_s.arg(kConfigColumns),
            {environmentId}, error))
        return std::nullopt;
    QList<QJsonObject> flags;
    while (query.next()) {
        QJsonObject flag = json(query.value(1)).toObject();
        const QJsonObject targeting = config(query, 2);
        for (auto it = targeting.begin(); it != targeting.end(); ++it)
            flag.insert(it.key(), it.value());
        flag.insert(u"key"_s, query.value(0).toString());
        flags.append(flag);
    }
    return flags;
}

std::optional<QList<QJsonObject>> SandboxFlagStore::segments(
    qint64 environmentId, QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!sql::run(query,
            u"SELECT key, name, description, tags, creation_ms, modified_ms, version, included,"
            " excluded, rules FROM segments WHERE env_id = ? ORDER BY key"_s,
            {environmentId}, error))
        return std::nullopt;
    QList<QJsonObject> segments;
    while (query.next()) {
        segments.append({{u"key"_s, query.value(0).toString()},
            {u"name"_s, query.value(1).toString()}, {u"description"_s, query.value(2).toString()},
            {u"tags"_s, json(query.value(3))}, {u"creationDate"_s, query.value(4).toLongLong()},
            {u"lastModifiedDate"_s, query.value(5).toLongLong()},
            {u"version"_s, query.value(6).toInt()}, {u"included"_s, json(query.value(7))},
            {u"excluded"_s, json(query.value(8))}, {u"rules"_s, json(query.value(9))}});
    }
    return segments;
}

std::optional<FlagRow> SandboxFlagStore::flag(const QString &projectKey, const QString &flagKey,
    const QString &environmentKey, QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!sql::run(query,
            u"SELECT f.definition, e.key, e.name, %1 FROM flags f"
            " JOIN projects p ON p.id = f.project_id"
            " LEFT JOIN flag_configs fc ON fc.flag_id = f.id"
            " LEFT JOIN environments e ON e.id = fc.env_id"
            " WHERE p.key = ? AND f.key = ? AND (coalesce(?, '') = '' OR e.key = ?) ORDER BY e.id"_s
                .arg(kConfigColumns),
            {projectKey, flagKey, environmentKey, environmentKey}, error))
        return std::nullopt;
    std::optional<FlagRow> flag;
    while (query.next()) {
        if (!flag) {
            flag.emplace();
            flag->definition = json(query.value(0)).toObject();
            flag->definition.insert(u"key"_s, flagKey);
        }
        if (!query.value(1).isNull())
            flag->environments.append(
                {query.value(1).toString(), query.value(2).toString(), config(query, 3)});
    }
    if (!flag && !environmentKey.isEmpty()) { // the flag may exist, but not in that environment
        flag = this->flag(projectKey, flagKey, {}, error);
        if (flag)
            flag->environments.clear();
    }
    return flag;
}

bool SandboxFlagStore::setTargets(
    qint64 environmentId, const QString &flagKey, const QJsonArray &targets, QString *error) const
{
    QSqlQuery query(m_store.database());
    return sql::run(query,
        u"UPDATE flag_configs SET targets = ?, version = version + 1, modified_ms = ?"
        " WHERE env_id = ? AND flag_id = (SELECT f.id FROM flags f JOIN environments e"
        " ON e.project_id = f.project_id WHERE e.id = ? AND f.key = ?)"_s,
        {QString::fromUtf8(QJsonDocument(targets).toJson(QJsonDocument::Compact)),
            QDateTime::currentMSecsSinceEpoch(), environmentId, environmentId, flagKey},
        error);
}

} // namespace sandbox
