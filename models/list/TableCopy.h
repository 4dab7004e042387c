#pragma once

#include "ContextRecord.h"

#include <QByteArray>
#include <QList>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;

namespace ctx {

// What the Contexts list puts on the clipboard (Edit → Copy rows / Copy cell / Copy rows as
// JSON). No widgets: the view says which rows and columns (visible ones, in visual order).
//
// Private values never get out: text comes from the model's display role, and a cell the
// model flags as redacted (ContextListModel::RedactedRole) is copied as its marker
// ("[private]"); JSON reads the attributes through columnValues(), which redacts the list's
// columns the same way, and names the private attributes without their values.
namespace TableCopy {

// One cell as shown: its display text, tabs and line breaks turned into spaces; the
// redaction marker for a redacted cell.
QString cellText(const QModelIndex &index);

// Tab-separated text: a header line with the titles of `columns` (model columns, in the
// order given), then one line per row of `rows` (in model order, each once); "\n" ends every
// line. Empty when there are no rows or no columns.
QString rowsAsText(
    const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns);

// An indented JSON array with one object per record:
//   {"kind", "key", "name" (when it has one and it is not private), "lastSeen" (RFC 3339 UTC,
//    when known), "applicationId" (when known), "attributes" (the attributes the list holds,
//    top-level members in the server's order, every private value removed),
//    "privateAttributes" (the references, when there are any: names, never values)}
QByteArray recordsAsJson(const QList<ContextRecord> &records);

} // namespace TableCopy
} // namespace ctx
