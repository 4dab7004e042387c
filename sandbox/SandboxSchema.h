#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace sandbox {

// The sandbox's SQLite schema: the tables (see SandboxStore), the indexes the lists, filters and
// lookups need, the columns added after the first release, and the indexes of older releases
// that are dropped when such a database is opened.
//
// The indexes are kept apart from the tables so that a bulk load (SandboxSeeder) can drop them,
// insert millions of rows into bare tables and create them afterwards, which is several times
// faster than maintaining them row by row. The contexts' identity (env, key, kind,
// applicationId, unique) and their names are the tables context_keys and context_names, kept
// by triggers on contexts: a bulk load drops the triggers with the indexes and writes both
// itself, in key order, which costs a fraction of CREATE INDEX sorting millions of random keys.
class SandboxSchema
{
public:
    // Creates what is missing (tables, indexes, added columns) and drops obsolete indexes.
    static bool create(QSqlDatabase &db, QString *error);

    // The secondary indexes, by name.
    static QStringList indexNames();

    // Drops every secondary index and the triggers (before a bulk load into empty tables; the
    // load writes context_keys and context_names).
    static bool dropIndexes(QSqlDatabase &db, QString *error);

    // Creates the secondary indexes and triggers that are missing; `before(name)` is called
    // before each index.
    static bool createIndexes(
        QSqlDatabase &db, const std::function<void(const QString &)> &before, QString *error);
};

} // namespace sandbox
