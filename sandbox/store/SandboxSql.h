#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sandbox::sql {

// Prepares `sql` on `query` (forward only: every reader goes through its rows once) and
// binds `binds` in order. False, with the driver's sentence in *error when given, when the
// statement does not prepare.
bool prepare(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error);

// prepare(), then runs it. False, with the driver's sentence in *error when given, when either
// fails. The rows, if any, are read from `query`.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error);

} // namespace sandbox::sql
