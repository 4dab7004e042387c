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
// faster than maintaining them row by row, except for the indexes in the order the load writes
// its rows: those it keeps, as appending costs less than reading the table again. The contexts'
// identity (env, key, kind, applicationId, unique) and their names are the tables context_keys and
// context_names, kept by triggers on contexts: a bulk load drops the triggers with the indexes and
// writes both itself, in key order, which costs a fraction of CREATE INDEX sorting millions of
// random keys.
class SandboxSchema
{
public:
    // Creates what is missing (tables, indexes, added columns) and drops obsolete indexes.
    static bool create(QSqlDatabase &db, QString *error);

    // The secondary indexes a bulk load creates after writing its rows, by name.
    static QStringList indexesAfterLoad();

    // Before a bulk load: drops the triggers (the load writes context_keys and context_names
    // itself) and the secondary indexes it would have to keep up row by row. It keeps those in
    // the order it writes its rows (the lists by last-seen time), as appending to them costs
    // less than building them afterwards; create() made them when the database was opened.
    static bool prepareBulkLoad(QSqlDatabase &db, QString *error);

    // Creates the secondary indexes and triggers that are missing; `before(name)` is called
    // before each index it creates.
    static bool createIndexes(
        QSqlDatabase &db, const std::function<void(const QString &)> &before, QString *error);
};

} // namespace sandbox
