#include "SandboxSql.h"

#include <QSqlError>

namespace sandbox::sql {

bool prepare(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    return true;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!prepare(query, sql, binds, error))
        return false;
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace sandbox::sql
