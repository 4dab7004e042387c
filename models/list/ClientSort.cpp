#include "ClientSort.h"

#include <algorithm>
#include <numeric>

namespace ctx {

QList<int> lastSeenOrder(const QList<ContextRecord> &rows, SortOrder order)
{
    QList<int> positions(rows.size());
    std::iota(positions.begin(), positions.end(), 0);
    if (order == SortOrder::Unsorted)
        return positions;
    const bool newestFirst = order == SortOrder::NewestFirst;
    std::stable_sort(positions.begin(), positions.end(), [&rows, newestFirst](int a, int b) {
        const QDateTime &left = rows.at(a).lastSeen;
        const QDateTime &right = rows.at(b).lastSeen;
        if (left.isValid() != right.isValid())
            return left.isValid(); // never seen goes last either way
        if (!left.isValid())
            return false;
        return newestFirst ? right < left : left < right;
    });
    return positions;
}

} // namespace ctx
