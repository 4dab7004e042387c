#include "SandboxStore.h"

#include "SandboxCounter.h"
#include "SandboxCursor.h"
#include "SandboxSchema.h"
#include "SandboxSql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

// How many other contexts (kind + key) shared an instance with the row.
const QString kAssociated
    = u"(SELECT COUNT(DISTINCT c2.kind || ':' || c2.key) FROM context_instances m1"
      " JOIN context_instances m2 ON m2.instance_id = m1.instance_id"
      " JOIN contexts c2 ON c2.id = m2.context_id"
      " WHERE m1.context_id = c.id AND (c2.kind <> c.kind OR c2.key <> c.key))"_s;

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// A list wider than this is read in list order; narrower, through its own index and sorted.
constexpr qint64 kNarrowEnough = 10000;
constexpr qsizetype kMaxCachedCounts = 256;

QString cacheKey(const QString &sql, const QVariantList &binds)
{
    QString key = sql;
    for (const QVariant &bind : binds)
        key += QChar(0) + QString::number(bind.typeId()) + u':' + bind.toString();
    return key;
}

QJsonDocument parseJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8());
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(u"ctx-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    m_counter.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (path.isEmpty()) {
        // A name unique to this store, so that two sandboxes in one process never share data
        // while a second connection of this store could still reach it.
        db.setDatabaseName(u"file:%1?mode=memory&cache=shared"_s.arg(m_connectionName));
        db.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(path);
    }
    if (!db.open()) {
        if (error)
            *error = u"Cannot open the database %1: %2"_s.arg(
                path.isEmpty() ? u"in memory"_s : path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    if (!path.isEmpty()) {
        // Pages of 8 KiB (before the first table; an existing file keeps its own): a seed of
        // millions of contexts writes about a tenth faster than with 4 KiB.
        pragma.exec(u"PRAGMA page_size = 8192"_s);
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    return SandboxSchema::create(db, error);
}

std::optional<QByteArray> SandboxStore::cursorSecret(QString *error)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE name = 'cursor_secret'"_s);
    if (!exec(query, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toByteArray();
    const QByteArray secret = SandboxCursor::randomSecret();
    query.prepare(u"INSERT INTO meta (name, value) VALUES ('cursor_secret', ?)"_s);
    query.addBindValue(secret);
    if (!exec(query, error))
        return std::nullopt;
    return secret;
}

std::optional<qint64> SandboxStore::projectId(const QString &projectKey) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM projects WHERE key = ?"_s);
    query.addBindValue(projectKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<EnvironmentRow> SandboxStore::environment(
    const QString &projectKey, const QString &environmentKey) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT e.id, e.environment_id FROM environments e"
                  " JOIN projects p ON p.id = e.project_id WHERE p.key = ? AND e.key = ?"_s);
    query.addBindValue(projectKey);
    query.addBindValue(environmentKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return EnvironmentRow {
        query.value(0).toLongLong(), projectKey, environmentKey, query.value(1).toString()};
}

std::optional<QList<ContextKindRow>> SandboxStore::contextKinds(
    qint64 projectId, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT key, name, description, version, creation_ms, modified_ms,"
                  " last_seen_ms, created_from, archived, hide_in_targeting"
                  " FROM context_kinds WHERE project_id = ? ORDER BY key"_s);
    query.addBindValue(projectId);
    if (!exec(query, error))
        return std::nullopt;
    QList<ContextKindRow> kinds;
    while (query.next()) {
        ContextKindRow row;
        row.key = query.value(0).toString();
        row.name = query.value(1).toString();
        row.description = query.value(2).toString();
        row.version = query.value(3).toInt();
        row.creationDateMs = query.value(4).toLongLong();
        row.lastModifiedMs = query.value(5).toLongLong();
        row.lastSeenMs = query.value(6).isNull() ? -1 : query.value(6).toLongLong();
        row.createdFrom = query.value(7).toString();
        row.archived = query.value(8).toBool();
        row.hideInTargeting = query.value(9).toBool();
        kinds.append(row);
    }
    return kinds;
}

std::optional<QString> SandboxStore::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT total_changes(), (SELECT data_version FROM pragma_data_version())"_s)
        || !query.next())
        return std::nullopt;
    return query.value(0).toString() + u'.' + query.value(1).toString();
}

QString SandboxStore::listFrom(const QString &table, const QString &where, const ListQuery &list,
    QVariantList *binds, QString *error, bool *narrowed) const
{
    if (narrowed)
        *narrowed = false;
    QVariantList whereBinds {list.environmentId};
    QString condition = where;
    if (list.filter) {
        condition += u" AND "_s + list.filter->sql;
        whereBinds.append(list.filter->binds);
    }
    // A key or name prefix, or an instance id, that few rows have is read through its own
    // index and sorted; one that many rows have is found soon enough in list order, which
    // needs no sort. CROSS JOIN keeps SQLite from scanning the list order anyway.
    const QList<SqlNarrowing> narrowings
        = list.filter ? list.filter->narrowing : QList<SqlNarrowing>();
    for (const SqlNarrowing &narrowing : narrowings) {
        const QString ids
            = QString(narrowing.ids).replace(u"{env}"_s, QString::number(list.environmentId));
        QSqlQuery probe(database());
        if (!sql::prepare(probe, u"SELECT COUNT(*) FROM (%1 LIMIT ?)"_s.arg(ids),
                narrowing.binds + QVariantList {kNarrowEnough}, error)
            || !probe.exec() || !probe.next()) {
            if (error && error->isEmpty())
                *error = probe.lastError().text();
            return {};
        }
        if (probe.value(0).toLongLong() < kNarrowEnough) {
            if (narrowed)
                *narrowed = true;
            binds->append(narrowing.binds);
            binds->append(whereBinds);
            return u"(%1) AS n CROSS JOIN %2 ON %3.id = n.id WHERE %4"_s.arg(
                ids, table, table.right(1), condition);
        }
    }
    binds->append(whereBinds);
    return u"%1 WHERE %2"_s.arg(table, condition);
}

QString SandboxStore::listWhere(
    const ListQuery &list, QVariantList *binds, QString *error, bool *narrowed) const
{
    return listFrom(
        u"contexts c"_s, u"c.env_id = ? AND c.anonymous = 0"_s, list, binds, error, narrowed);
}

QString SandboxStore::pageSql(const ListQuery &list, QVariantList *binds, QString *error) const
{
    QString from = listWhere(list, binds, error);
    if (from.isEmpty())
        return {};
    // Each order has an index that holds it (contexts_recent, contexts_kind_key), and ends in
    // the row id, so that the order is total and a keyset page starts exactly after the last.
    QString orderBy;
    if (list.order == Order::KindKey) {
        orderBy = u"c.kind, c.key, c.application_id, c.id"_s;
        if (list.after) {
            from += u" AND (c.kind, c.key, c.application_id, c.id) > (?, ?, ?, ?)"_s;
            *binds << list.after->kind << list.after->key << list.after->applicationId
                   << list.after->rowId;
        }
    } else {
        const QString direction = list.ascending ? u"ASC"_s : u"DESC"_s;
        orderBy = u"c.last_seen_ms %1, c.id %1"_s.arg(direction);
        if (list.after) {
            from
                += u" AND (c.last_seen_ms, c.id) %1 (?, ?)"_s.arg(list.ascending ? u">"_s : u"<"_s);
            *binds << list.after->lastSeenMs << list.after->rowId;
        }
    }
    *binds << list.limit;
    // The page's rows are chosen and ordered first, from what the order needs; only then are
    // their columns read and their associated contexts counted, for `limit` rows rather than
    // for every row sorted or skipped.
    QString page = u"SELECT c.id FROM %1 ORDER BY %2 LIMIT ?"_s.arg(from, orderBy);
    if (list.offset > 0) {
        page += u" OFFSET ?"_s;
        *binds << list.offset;
    }
    return u"SELECT c.id, c.kind, c.key, c.application_id, c.name, c.last_seen_ms,"
           " c.attributes, c.private_attributes, %1 FROM (%2) AS page CROSS JOIN contexts c"
           " ON c.id = page.id ORDER BY %3"_s.arg(kAssociated, page, orderBy);
}

QStringList SandboxStore::listPlan(const ListQuery &list, QString *error) const
{
    QVariantList binds;
    const QString sql = pageSql(list, &binds, error);
    QSqlQuery query(database());
    QStringList plan;
    if (sql.isEmpty() || !sql::prepare(query, u"EXPLAIN QUERY PLAN "_s + sql, binds, error)
        || !exec(query, error))
        return plan;
    while (query.next())
        plan.append(query.value(3).toString());
    return plan;
}

std::optional<QList<ContextRow>> SandboxStore::listContexts(
    const ListQuery &list, QString *error) const
{
    QVariantList binds;
    const QString sql = pageSql(list, &binds, error);
    QSqlQuery query(database());
    if (sql.isEmpty() || !sql::prepare(query, sql, binds, error) || !exec(query, error))
        return std::nullopt;
    QList<ContextRow> rows;
    while (query.next()) {
        ContextRow row;
        row.sortKey.rowId = query.value(0).toLongLong();
        row.sortKey.kind = query.value(1).toString();
        row.sortKey.key = query.value(2).toString();
        row.sortKey.applicationId = query.value(3).toString();
        if (!query.value(4).isNull())
            row.name = query.value(4).toString();
        row.sortKey.lastSeenMs = query.value(5).toLongLong();
        row.attributes = parseJson(query.value(6)).object();
        row.privateAttributes = parseJson(query.value(7)).array();
        row.associatedContexts = query.value(8).toInt();
        rows.append(row);
    }
    return rows;
}

std::optional<qint64> SandboxStore::countContexts(
    const ListQuery &list, QString *error, bool *pending) const
{
    if (pending)
        *pending = false;
    QVariantList binds;
    bool narrowed = false;
    const QString from = listWhere(list, &binds, error, &narrowed);
    const std::optional<QString> version = dataVersion();
    if (from.isEmpty() || !version)
        return std::nullopt;
    const QString sql = u"SELECT COUNT(*) FROM "_s + from;
    const QString key = *version + QChar(0) + cacheKey(sql, binds);
    if (const auto known = m_counts.constFind(key); known != m_counts.cend())
        return known.value();
    bool quick = !list.filter || narrowed || list.filter->indexOnly;
    if (!quick) {
        ListQuery everything = list;
        everything.filter.reset();
        const std::optional<qint64> size = countContexts(everything, error);
        quick = size && *size <= m_quickCountRows;
    }
    if (!quick) {
        if (!m_counter)
            m_counter = std::make_unique<SandboxCounter>(database());
        const std::optional<qint64> counted = m_counter->count(key, sql, binds);
        if (counted)
            m_counts.insert(key, *counted);
        else if (pending)
            *pending = true;
        return counted;
    }
    QSqlQuery query(database());
    if (!sql::prepare(query, sql, binds, error) || !exec(query, error) || !query.next())
        return std::nullopt;
    if (m_counts.size() >= kMaxCachedCounts)
        m_counts.clear();
    m_counts.insert(key, query.value(0).toLongLong());
    return query.value(0).toLongLong();
}

std::optional<SortKey> SandboxStore::contextAt(
    const ListQuery &list, qint64 offset, QString *error) const
{
    QVariantList binds;
    const QString from = listWhere(list, &binds, error);
    if (from.isEmpty())
        return std::nullopt;
    const QString direction = list.ascending ? u"ASC"_s : u"DESC"_s;
    binds << offset;
    QSqlQuery query(database());
    if (!sql::prepare(query,
            u"SELECT c.last_seen_ms, c.id FROM %1 ORDER BY c.last_seen_ms %2, c.id %2"
            " LIMIT 1 OFFSET ?"_s.arg(from, direction),
            binds, error)
        || !exec(query, error) || !query.next())
        return std::nullopt;
    SortKey key;
    key.lastSeenMs = query.value(0).toLongLong();
    key.rowId = query.value(1).toLongLong();
    return key;
}

} // namespace sandbox
