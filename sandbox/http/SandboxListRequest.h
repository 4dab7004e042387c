#pragma once

#include "FilterSql.h"
#include "SandboxJson.h"
#include "SandboxRows.h"
#include "SandboxSearchParams.h"
#include "SandboxStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace sandbox {

class SandboxCursor;

// One request for a keyset-paged list (contexts, a context's versions, context instances, an
// instance's versions): its parameters, its filter as SQL and where the page starts, checked.
// The cursor is bound to the environment, the list (`listName`) and the canonical filter.
struct SandboxListRequest
{
    SandboxSearchParams params;
    std::optional<SqlCondition> filter;
    QByteArray scope;
    std::optional<SortKey> after;
    SandboxStore::Order order = SandboxStore::Order::LastSeen;

    // Returns the request, or nothing with *reply set to the 400 to answer. A cursor is bound
    // to the order too: a token of one order is refused by a list of the other.
    static std::optional<SandboxListRequest> prepare(const EnvironmentRow &environment,
        const QUrl &url, const QByteArray &body, FilterScope filterScope, const QString &listName,
        const SandboxCursor &cursor, SandboxReply *reply,
        SandboxStore::Order order = SandboxStore::Order::LastSeen);

    // The sort key a continuation token keeps of a page's last row: what the order compares.
    SortKey resumeKey(const SortKey &last) const;

    // The envelope shared by `Contexts` and `ContextInstances`: _environmentId, items, and
    // when `next` is set (the last row of a full page) continuationToken and _links.next.
    // `path` is the list's path; the query string is appended.
    QJsonObject envelope(const EnvironmentRow &environment, const QJsonArray &items,
        const std::optional<SortKey> &next, const QString &path, const SandboxCursor &cursor) const;

    // The store's query for this page, one row longer than the limit: a row beyond it says
    // that another page exists (cutToPage()).
    SandboxStore::ListQuery storeQuery(
        qint64 environmentId, const std::optional<SqlCondition> &condition) const;
    // Drops the row beyond the limit; true when there was one.
    template <typename Row> bool cutToPage(QList<Row> &rows) const
    {
        if (rows.size() <= params.limit)
            return false;
        rows.resize(params.limit);
        return true;
    }
};

} // namespace sandbox
