#pragma once

#include "SandboxRowBatch.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace sandbox {

// Writes SandboxRowBatch rows into one table with multi-row statements
//   INSERT INTO <table> (<columns>) VALUES (?, ...), (?, ...), ... [<tail>]
// prepared once per statement size. When Qt's SQLite driver and the sandbox use the same SQLite
// library (the usual case: both link the system's libsqlite3), it binds through SQLite's C API
// on the connection Qt opened (QSqlDriver::handle()), with UTF-8 texts as they are; otherwise
// through QSqlQuery, the same SQL several times slower. Call it inside a transaction.
class SandboxBulkInsert
{
public:
    SandboxBulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
        const QString &tail = {});
    ~SandboxBulkInsert();
    SandboxBulkInsert(const SandboxBulkInsert &) = delete;
    SandboxBulkInsert &operator=(const SandboxBulkInsert &) = delete;

    bool insert(const SandboxRowBatch &batch, QString *error);

    // Whether this database is written through SQLite's C API (see above).
    static bool isDirect(const QSqlDatabase &db);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox
