#include "SandboxStore.h"

#include "SandboxCursor.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS projects (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL, created_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS environments (id INTEGER PRIMARY KEY,"
    " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL, name TEXT NOT NULL, environment_id TEXT NOT NULL,"
    " UNIQUE (project_id, key))",
    "CREATE TABLE IF NOT EXISTS context_kinds ("
    " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1, creation_ms INTEGER NOT NULL,"
    " modified_ms INTEGER NOT NULL, last_seen_ms INTEGER, created_from TEXT NOT NULL,"
    " archived INTEGER NOT NULL DEFAULT 0, hide_in_targeting INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (project_id, key))",
    "CREATE TABLE IF NOT EXISTS instances (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " instance_key TEXT NOT NULL, application_id TEXT NOT NULL, last_seen_ms INTEGER NOT NULL,"
    " context TEXT NOT NULL, kinds TEXT NOT NULL, kind_keys TEXT NOT NULL,"
    " anonymous_kinds TEXT NOT NULL DEFAULT '[]', UNIQUE (env_id, instance_key, application_id))",
    "CREATE INDEX IF NOT EXISTS instances_list"
    " ON instances (env_id, last_seen_ms, instance_key, application_id)",
    "CREATE TABLE IF NOT EXISTS contexts (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL, key TEXT NOT NULL, application_id TEXT NOT NULL, name TEXT,"
    " last_seen_ms INTEGER NOT NULL, attributes TEXT NOT NULL DEFAULT '{}',"
    " private_attributes TEXT NOT NULL DEFAULT '[]', anonymous INTEGER NOT NULL DEFAULT 0,"
    " instance_id INTEGER REFERENCES instances(id) ON DELETE SET NULL,"
    " UNIQUE (env_id, kind, key, application_id))",
    "CREATE INDEX IF NOT EXISTS contexts_list"
    " ON contexts (env_id, anonymous, last_seen_ms, kind, key, application_id)",
    "CREATE TABLE IF NOT EXISTS context_instances ("
    " context_id INTEGER NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,"
    " instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
    " PRIMARY KEY (context_id, instance_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS context_instances_instance"
    " ON context_instances (instance_id, context_id)",
    "CREATE TABLE IF NOT EXISTS flags (id INTEGER PRIMARY KEY,"
    " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL, definition TEXT NOT NULL, UNIQUE (project_id, key))",
    "CREATE TABLE IF NOT EXISTS flag_configs ("
    " flag_id INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " enabled INTEGER NOT NULL, salt TEXT NOT NULL, version INTEGER NOT NULL,"
    " modified_ms INTEGER NOT NULL, off_variation INTEGER, fallthrough TEXT NOT NULL DEFAULT '{}',"
    " targets TEXT NOT NULL DEFAULT '[]', rules TEXT NOT NULL DEFAULT '[]',"
    " prerequisites TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (flag_id, env_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS segments (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '[]', creation_ms INTEGER NOT NULL, modified_ms INTEGER NOT NULL,"
    " version INTEGER NOT NULL DEFAULT 1, included TEXT NOT NULL DEFAULT '[]',"
    " excluded TEXT NOT NULL DEFAULT '[]', rules TEXT NOT NULL DEFAULT '[]',"
    " UNIQUE (env_id, key))",
    // The aggregates of SandboxAttributeIndex.
    "CREATE TABLE IF NOT EXISTS attribute_names (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL, pointer TEXT NOT NULL, weight INTEGER NOT NULL,"
    " redacted INTEGER NOT NULL DEFAULT 0, UNIQUE (env_id, kind, pointer))",
    "CREATE TABLE IF NOT EXISTS attribute_values ("
    " name_id INTEGER NOT NULL REFERENCES attribute_names(id) ON DELETE CASCADE,"
    " value TEXT NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY (name_id, value)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS attribute_values_weight"
    " ON attribute_values (name_id, weight DESC, value)",
};

// Columns added after the first release: added to an older database when it is opened.
struct AddedColumn
{
    const char *table;
    const char *column;
    const char *declaration;
};
const AddedColumn kAddedColumns[] = {
    {"projects", "tags", "TEXT NOT NULL DEFAULT '[]'"},
    {"environments", "color", "TEXT NOT NULL DEFAULT ''"},
    {"environments", "critical", "INTEGER NOT NULL DEFAULT 0"},
    {"environments", "tags", "TEXT NOT NULL DEFAULT '[]'"},
};

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

QString whereClause(const SandboxStore::ListQuery &query, QVariantList *binds)
{
    QString where = u"c.env_id = ? AND c.anonymous = 0"_s;
    binds->append(query.environmentId);
    if (query.filter) {
        where += u" AND "_s + query.filter->sql;
        binds->append(query.filter->binds);
    }
    return where;
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
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    return createSchema(error);
}

bool SandboxStore::createSchema(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    for (const char *statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = u"Cannot create the database schema: %1"_s.arg(query.lastError().text());
            return false;
        }
    }
    for (const AddedColumn &added : kAddedColumns) {
        const QString table = QString::fromLatin1(added.table);
        const QString column = QString::fromLatin1(added.column);
        bool present = false;
        if (query.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
            while (query.next())
                present = present || query.value(1).toString() == column;
        }
        if (!present
            && !query.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(
                table, column, QString::fromLatin1(added.declaration)))) {
            if (error)
                *error = u"Cannot update the database schema: %1"_s.arg(query.lastError().text());
            return false;
        }
    }
    return true;
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

std::optional<QList<ContextRow>> SandboxStore::listContexts(
    const ListQuery &list, QString *error) const
{
    QVariantList binds;
    QString where = whereClause(list, &binds);
    const QString compare = list.ascending ? u">"_s : u"<"_s;
    const QString direction = list.ascending ? u"ASC"_s : u"DESC"_s;
    if (list.after) {
        where += u" AND (c.last_seen_ms, c.kind, c.key, c.application_id) %1 (?, ?, ?, ?)"_s.arg(
            compare);
        binds << list.after->lastSeenMs << list.after->kind << list.after->key
              << list.after->applicationId;
    }
    binds << list.limit;
    const QString sql = u"SELECT c.kind, c.key, c.application_id, c.name, c.last_seen_ms,"
                        " c.attributes, c.private_attributes, %1 FROM contexts c WHERE %2"
                        " ORDER BY c.last_seen_ms %3, c.kind %3, c.key %3, c.application_id %3"
                        " LIMIT ?"_s.arg(kAssociated, where, direction);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!exec(query, error))
        return std::nullopt;
    QList<ContextRow> rows;
    while (query.next()) {
        ContextRow row;
        row.sortKey.kind = query.value(0).toString();
        row.sortKey.key = query.value(1).toString();
        row.sortKey.applicationId = query.value(2).toString();
        if (!query.value(3).isNull())
            row.name = query.value(3).toString();
        row.sortKey.lastSeenMs = query.value(4).toLongLong();
        row.attributes = parseJson(query.value(5)).object();
        row.privateAttributes = parseJson(query.value(6)).array();
        row.associatedContexts = query.value(7).toInt();
        rows.append(row);
    }
    return rows;
}

std::optional<qint64> SandboxStore::countContexts(const ListQuery &list, QString *error) const
{
    QVariantList binds;
    const QString where = whereClause(list, &binds);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT COUNT(*) FROM contexts c WHERE "_s + where)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace sandbox
