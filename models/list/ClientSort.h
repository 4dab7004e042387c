#pragma once

#include "ContextQuery.h"
#include "ContextRecord.h"

#include <QList>

namespace ctx {

// The order of `rows` by last seen as `order` asks (newest or oldest first; never-seen rows
// last; ties keep their loaded order): result[i] is the index in `rows` of the row that
// goes to position i. Used when the server rejects `sort` and the list sorts what it has.
QList<int> lastSeenOrder(const QList<ContextRecord> &rows, SortOrder order);

} // namespace ctx
