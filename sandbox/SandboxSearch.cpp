#include "SandboxSearch.h"

#include "FilterSql.h"
#include "SandboxCursor.h"
#include "SandboxSearchParams.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

SandboxReply internalError(const QString &message)
{
    return SandboxJson::error(
        QHttpServerResponder::StatusCode::InternalServerError, u"internal_error"_s, message);
}

} // namespace

SandboxSearch::SandboxSearch(const SandboxStore &store, const SandboxCursor &cursor)
    : m_store(store)
    , m_cursor(cursor)
{
}

SandboxReply SandboxSearch::searchContexts(
    const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const
{
    QString error;
    const std::optional<SandboxSearchParams> params = SandboxSearchParams::parse(url, body, &error);
    if (!params)
        return SandboxJson::invalidRequest(error);

    SandboxStore::ListQuery list;
    list.environmentId = environment.id;
    list.ascending = params->ascending;
    list.limit = params->limit + 1; // one more tells whether another page exists
    QString canonicalFilter;
    const ctx::filter::ParseResult parsed = ctx::filter::parse(params->filter);
    if (!parsed.ok()) {
        return SandboxJson::invalidRequest(u"Invalid filter at position %1: %2"_s.arg(
            QString::number(parsed.error->position), parsed.error->message));
    }
    if (parsed.expression) {
        list.filter = FilterSql::translate(*parsed.expression, &error);
        if (!list.filter)
            return SandboxJson::invalidRequest(u"Invalid filter: "_s + error);
        canonicalFilter = ctx::filter::print(*parsed.expression);
    }

    const QByteArray scope = SandboxCursor::scope(environment.environmentId, canonicalFilter);
    if (!params->continuationToken.isEmpty()) {
        list.after = m_cursor.decode(params->continuationToken, params->ascending, scope);
        if (!list.after)
            return SandboxJson::invalidRequest(u"invalid continuationToken"_s);
    }

    std::optional<QList<ContextRow>> rows = m_store.listContexts(list, &error);
    if (!rows)
        return internalError(u"The contexts query failed: "_s + error);
    const bool hasMore = rows->size() > params->limit;
    if (hasMore)
        rows->resize(params->limit);

    QJsonArray items;
    for (const ContextRow &row : std::as_const(*rows))
        items.append(SandboxJson::contextRecord(row, environment));

    const QString path = SandboxJson::environmentPath(environment) + u"/contexts/search?"_s;
    QJsonObject links {
        {u"self"_s, SandboxJson::link(path + params->queryString(params->continuationToken))}};
    QJsonObject result {{u"_environmentId"_s, environment.environmentId}, {u"items"_s, items}};
    if (hasMore) {
        const QString next = m_cursor.encode(rows->back().sortKey, params->ascending, scope);
        result.insert(u"continuationToken"_s, next);
        links.insert(u"next"_s, SandboxJson::link(path + params->queryString(next)));
    }
    result.insert(u"_links"_s, links);
    if (params->includeTotalCount) {
        const std::optional<qint64> total = m_store.countContexts(list, &error);
        if (!total)
            return internalError(u"The count query failed: "_s + error);
        result.insert(u"totalCount"_s, *total);
    }
    return SandboxJson::ok(result);
}

} // namespace sandbox
