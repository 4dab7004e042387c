#include "SandboxSqlite.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sandbox {

using namespace Qt::StringLiterals;

sqlite3 *SandboxSqlite::handle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery query(db);
    if (!raw || !query.exec(u"SELECT sqlite_source_id()"_s) || !query.next()
        || query.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return sqlite3_initialize() == SQLITE_OK ? raw : nullptr;
}

void SandboxSqlite::interrupt(sqlite3 *handle)
{
    if (handle)
        sqlite3_interrupt(handle);
}

} // namespace sandbox
