#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace sandbox {

// SQLite's own handle behind a Qt SQL connection, for what Qt SQL does not offer (bulk binding,
// interrupting a statement from another thread). Only when Qt's driver and the sandbox use the
// same SQLite library (the usual case: both link the system's libsqlite3), else null.
class SandboxSqlite
{
public:
    static sqlite3 *handle(const QSqlDatabase &db);
    // Makes the statement running on `handle` stop with an error; any thread may call it.
    static void interrupt(sqlite3 *handle);
};

} // namespace sandbox
