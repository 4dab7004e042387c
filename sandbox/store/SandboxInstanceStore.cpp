#include "SandboxInstanceStore.h"

#include "FilterSql.h"
#include "SandboxAttributeIndex.h"
#include "SandboxSql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

} // namespace

SandboxInstanceStore::SandboxInstanceStore(const SandboxStore &store)
    : m_store(store)
{
}

std::optional<QList<InstanceRow>> SandboxInstanceStore::list(
    const SandboxStore::ListQuery &list, QString *error) const
{
    QVariantList binds;
    QString from = m_store.listFrom(u"instances i"_s, u"i.env_id = ?"_s, list, &binds, error);
    if (from.isEmpty())
        return std::nullopt;
    const QString compare = list.ascending ? u">"_s : u"<"_s;
    const QString direction = list.ascending ? u"ASC"_s : u"DESC"_s;
    if (list.after) {
        from += u" AND (i.last_seen_ms, i.id) %1 (?, ?)"_s.arg(compare);
        binds << list.after->lastSeenMs << list.after->rowId;
    }
    binds << list.limit;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!sql::run(query,
            u"SELECT i.instance_key, i.application_id, i.last_seen_ms, i.context,"
            " i.anonymous_kinds, i.id FROM %1 ORDER BY i.last_seen_ms %2, i.id %2 LIMIT ?"_s.arg(
                from, direction),
            binds, error))
        return std::nullopt;
    QList<InstanceRow> rows;
    while (query.next()) {
        InstanceRow row;
        row.id = query.value(0).toString();
        row.applicationId = query.value(1).toString();
        row.lastSeenMs = query.value(2).toLongLong();
        row.context = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        row.anonymousKinds = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        row.rowId = query.value(5).toLongLong();
        rows.append(row);
    }
    return rows;
}

std::optional<qint64> SandboxInstanceStore::countIds(
    const SandboxStore::ListQuery &list, QString *error) const
{
    QVariantList binds;
    const QString from = m_store.listFrom(u"instances i"_s, u"i.env_id = ?"_s, list, &binds, error);
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (from.isEmpty()
        || !sql::run(query, u"SELECT COUNT(DISTINCT i.instance_key) FROM "_s + from, binds, error)
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

SandboxInstanceStore::Removal SandboxInstanceStore::remove(
    qint64 environmentId, const QString &id, QString *error) const
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return Removal::Failed;
    }
    bool found = false;
    if (!removeInTransaction(environmentId, id, &found, error) || !found) {
        db.rollback();
        return found ? Removal::Failed : Removal::NotFound;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return Removal::Failed;
    }
    return Removal::Removed;
}

bool SandboxInstanceStore::removeInTransaction(
    qint64 environmentId, const QString &id, bool *found, QString *error) const
{
    QSqlQuery query(m_store.database());
    SandboxStore::ListQuery versionsOf;
    versionsOf.environmentId = environmentId;
    versionsOf.filter = FilterSql::instanceIdCondition(id);
    QVariantList binds;
    const QString from
        = m_store.listFrom(u"instances i"_s, u"i.env_id = ?"_s, versionsOf, &binds, error);
    if (from.isEmpty() || !sql::run(query, u"SELECT i.id FROM "_s + from, binds, error))
        return false;
    QVariantList versions;
    while (query.next())
        versions.append(query.value(0));
    *found = !versions.isEmpty();
    if (!*found)
        return true;
    const QString versionMarks = placeholders(versions.size());

    // The context rows this instance held, before the memberships go.
    if (!sql::run(query,
            u"SELECT DISTINCT context_id FROM context_instances WHERE instance_id IN (%1)"_s.arg(
                versionMarks),
            versions, error))
        return false;
    QVariantList contexts;
    while (query.next())
        contexts.append(query.value(0));

    // Only the rows it held can name it as their latest instance (looked up by id: there is no
    // index on instance_id).
    QVariantList heldBinds = contexts;
    heldBinds.append(versions);
    if (!sql::run(query,
            u"DELETE FROM context_instances WHERE instance_id IN (%1)"_s.arg(versionMarks),
            versions, error)
        || (!contexts.isEmpty()
            && !sql::run(query,
                u"UPDATE contexts SET instance_id = NULL WHERE id IN (%1) AND instance_id IN (%2)"_s
                    .arg(placeholders(contexts.size()), versionMarks),
                heldBinds, error))
        || !sql::run(
            query, u"DELETE FROM instances WHERE id IN (%1)"_s.arg(versionMarks), versions, error))
        return false;
    if (contexts.isEmpty())
        return true;
    const QString contextMarks = placeholders(contexts.size());

    // The attribute index forgets what these contexts carried and learns it again afterwards.
    if (!sql::run(query,
            u"SELECT DISTINCT kind, key FROM contexts WHERE id IN (%1)"_s.arg(contextMarks),
            contexts, error))
        return false;
    QList<SandboxAttributeIndex::ContextId> kindKeys;
    while (query.next())
        kindKeys.append({query.value(0).toString(), query.value(1).toString()});
    SandboxAttributeIndex index(m_store.database());
    if (!index.adjust(environmentId, kindKeys, -1, error))
        return false;

    // Rows seen only in this instance go; the others keep their other instances, and their
    // latest remaining one decides their last-seen time.
    return sql::run(query,
               u"DELETE FROM contexts WHERE id IN (%1) AND NOT EXISTS"
               " (SELECT 1 FROM context_instances m WHERE m.context_id = contexts.id)"_s.arg(
                   contextMarks),
               contexts, error)
        && sql::run(query,
            u"UPDATE contexts SET (instance_id, last_seen_ms) = (SELECT i.id, i.last_seen_ms"
            " FROM context_instances m JOIN instances i ON i.id = m.instance_id"
            " WHERE m.context_id = contexts.id ORDER BY i.last_seen_ms DESC, i.id DESC LIMIT 1)"
            " WHERE id IN (%1)"_s.arg(contextMarks),
            contexts, error)
        && index.adjust(environmentId, kindKeys, 1, error)
        && SandboxAttributeIndex::markBuilt(m_store.database(), error);
}

} // namespace sandbox
