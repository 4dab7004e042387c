#include "SandboxSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const char *const kTables[] = {
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
    // Unique (env_id, instance_key, application_id): the index instances_identity.
    "CREATE TABLE IF NOT EXISTS instances (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " instance_key TEXT NOT NULL, application_id TEXT NOT NULL, last_seen_ms INTEGER NOT NULL,"
    " context TEXT NOT NULL, kinds TEXT NOT NULL, kind_keys TEXT NOT NULL,"
    " anonymous_kinds TEXT NOT NULL DEFAULT '[]')",
    // Unique (env_id, kind, key, application_id) through context_keys. instance_id is kept
    // current by SandboxInstanceStore; a foreign key would make every deleted instance scan
    // the whole table for rows that name it.
    "CREATE TABLE IF NOT EXISTS contexts (id INTEGER PRIMARY KEY,"
    " env_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL, key TEXT NOT NULL, application_id TEXT NOT NULL, name TEXT,"
    " last_seen_ms INTEGER NOT NULL, attributes TEXT NOT NULL DEFAULT '{}',"
    " private_attributes TEXT NOT NULL DEFAULT '[]', anonymous INTEGER NOT NULL DEFAULT 0,"
    " instance_id INTEGER)",
    // The contexts by key: (env, key, kind, applicationId) -> row, kept by the triggers below.
    // An index in all but name, as a table so that a bulk load can write it in key order, which
    // is several times faster than CREATE INDEX sorting millions of random keys.
    "CREATE TABLE IF NOT EXISTS context_keys (env_id INTEGER NOT NULL, key TEXT NOT NULL,"
    " kind TEXT NOT NULL, application_id TEXT NOT NULL, context_id INTEGER NOT NULL,"
    " PRIMARY KEY (env_id, key, kind, application_id)) WITHOUT ROWID",
    // The named contexts by name: (env, name, row), kept by the triggers below, for the same
    // reason.
    "CREATE TABLE IF NOT EXISTS context_names (env_id INTEGER NOT NULL, name TEXT NOT NULL,"
    " context_id INTEGER NOT NULL, PRIMARY KEY (env_id, name, context_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS context_instances ("
    " context_id INTEGER NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,"
    " instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
    " PRIMARY KEY (context_id, instance_id)) WITHOUT ROWID",
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
};

struct Index
{
    const char *name;
    const char *definition; // after "CREATE [UNIQUE] INDEX IF NOT EXISTS <name>"
    // A bulk load writes rows in this index's order (see SandboxSeedPlan::sortByTime): each
    // new entry goes at the end of its part of the index, which costs less than a CREATE INDEX
    // reading the whole table again afterwards.
    bool loadOrder = false;
};
// A list is ordered by (last_seen_ms, id) within an environment, newest first by default, or
// (the contexts search) by (kind, key, application_id, id); an index's rowid is its last
// column, so these give any page of a list in order: a keyset page reads `limit` entries
// wherever it starts.
const Index kIndexes[] = {
    // The contexts list, unfiltered or filtered by anything without an index of its own.
    {"contexts_recent", "ON contexts (env_id, anonymous, last_seen_ms)", true},
    // The contexts list filtered by kind.
    {"contexts_kind_recent", "ON contexts (env_id, anonymous, kind, last_seen_ms)", true},
    // The contexts list as LaunchDarkly orders it now: by kind, key and applicationId.
    {"contexts_kind_key", "ON contexts (env_id, anonymous, kind, key, application_id)"},
    {"instances_recent", "ON instances (env_id, last_seen_ms)", true},
    {"context_instances_instance", "ON context_instances (instance_id, context_id)"},
    // The values more than one context carries, heaviest first (SandboxAttributes reads the
    // others, most of them where every context has its own, in key order).
    {"attribute_values_heavy",
        "ON attribute_values (name_id, weight DESC, value) WHERE weight > 1"},
};

// context_keys and context_names follow contexts.
const char *const kTriggers[] = {
    "CREATE TRIGGER IF NOT EXISTS context_keys_insert AFTER INSERT ON contexts BEGIN"
    " INSERT INTO context_keys (env_id, key, kind, application_id, context_id)"
    " VALUES (new.env_id, new.key, new.kind, new.application_id, new.id);"
    " INSERT INTO context_names (env_id, name, context_id)"
    " SELECT new.env_id, new.name, new.id WHERE new.name IS NOT NULL; END",
    "CREATE TRIGGER IF NOT EXISTS context_keys_delete AFTER DELETE ON contexts BEGIN"
    " DELETE FROM context_keys WHERE env_id = old.env_id AND key = old.key AND kind = old.kind"
    " AND application_id = old.application_id;"
    " DELETE FROM context_names WHERE env_id = old.env_id AND name = old.name"
    " AND context_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS context_keys_update"
    " AFTER UPDATE OF id, env_id, key, kind, application_id, name ON contexts BEGIN"
    " DELETE FROM context_keys WHERE env_id = old.env_id AND key = old.key AND kind = old.kind"
    " AND application_id = old.application_id;"
    " INSERT INTO context_keys (env_id, key, kind, application_id, context_id)"
    " VALUES (new.env_id, new.key, new.kind, new.application_id, new.id);"
    " DELETE FROM context_names WHERE env_id = old.env_id AND name = old.name"
    " AND context_id = old.id;"
    " INSERT INTO context_names (env_id, name, context_id)"
    " SELECT new.env_id, new.name, new.id WHERE new.name IS NOT NULL; END",
};
const char *const kTriggerNames[]
    = {"context_keys_insert", "context_keys_delete", "context_keys_update"};

// Indexes of older releases, replaced by the ones above.
const char *const kObsoleteIndexes[]
    = {"contexts_list", "instances_list", "attribute_values_weight"};

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

QString indexStatement(const Index &index)
{
    QString definition = QString::fromLatin1(index.definition);
    const bool unique = definition.startsWith(u"UNIQUE "_s);
    if (unique)
        definition = definition.mid(7);
    return u"CREATE %1INDEX IF NOT EXISTS %2 %3"_s.arg(
        unique ? u"UNIQUE "_s : QString(), QString::fromLatin1(index.name), definition);
}

bool run(QSqlQuery &query, const QString &sql, const QString &what, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = u"%1: %2"_s.arg(what, query.lastError().text());
    return false;
}

} // namespace

QStringList SandboxSchema::indexesAfterLoad()
{
    QStringList names;
    for (const Index &index : kIndexes) {
        if (!index.loadOrder)
            names.append(QString::fromLatin1(index.name));
    }
    return names;
}

bool SandboxSchema::create(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const QString creating = u"Cannot create the database schema"_s;
    for (const char *statement : kTables) {
        if (!run(query, QString::fromLatin1(statement), creating, error))
            return false;
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
            && !run(query,
                u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(
                    table, column, QString::fromLatin1(added.declaration)),
                u"Cannot update the database schema"_s, error))
            return false;
    }
    for (const char *obsolete : kObsoleteIndexes) {
        if (!run(query, u"DROP INDEX IF EXISTS "_s + QString::fromLatin1(obsolete),
                u"Cannot update the database schema"_s, error))
            return false;
    }
    // A database from before context_keys and context_names existed: its contexts, once.
    if (query.exec(u"SELECT NOT EXISTS (SELECT 1 FROM context_keys)"
                   " AND EXISTS (SELECT 1 FROM contexts)"_s)
        && query.next() && query.value(0).toBool()
        && (!run(query,
                u"INSERT INTO context_keys (env_id, key, kind, application_id, context_id)"
                " SELECT env_id, key, kind, application_id, id FROM contexts"_s,
                u"Cannot update the database schema"_s, error)
            || !run(query,
                u"INSERT INTO context_names (env_id, name, context_id)"
                " SELECT env_id, name, id FROM contexts WHERE name IS NOT NULL"_s,
                u"Cannot update the database schema"_s, error)))
        return false;
    return createIndexes(db, {}, error);
}

bool SandboxSchema::prepareBulkLoad(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    for (const char *trigger : kTriggerNames) {
        if (!run(query, u"DROP TRIGGER IF EXISTS "_s + QString::fromLatin1(trigger),
                u"Cannot drop a trigger"_s, error))
            return false;
    }
    for (const Index &index : kIndexes) {
        if (index.loadOrder)
            continue;
        if (!run(query, u"DROP INDEX IF EXISTS "_s + QString::fromLatin1(index.name),
                u"Cannot drop an index"_s, error))
            return false;
    }
    return true;
}

bool SandboxSchema::createIndexes(
    QSqlDatabase &db, const std::function<void(const QString &)> &before, QString *error)
{
    QSqlQuery query(db);
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
    for (const Index &index : kIndexes) {
        const QString name = QString::fromLatin1(index.name);
        exists.addBindValue(name);
        const bool missing = !exists.exec() || !exists.next();
        exists.finish();
        if (!missing)
            continue;
        if (before)
            before(name);
        if (!run(query, indexStatement(index), u"Cannot create the index "_s + name, error))
            return false;
    }
    for (const char *trigger : kTriggers) {
        if (!run(query, QString::fromLatin1(trigger), u"Cannot create a trigger"_s, error))
            return false;
    }
    return true;
}

} // namespace sandbox
