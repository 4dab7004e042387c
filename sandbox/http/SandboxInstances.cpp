#include "SandboxInstances.h"

#include "FilterSql.h"
#include "SandboxCursor.h"
#include "SandboxListRequest.h"

#include <QJsonArray>

namespace sandbox {

using namespace Qt::StringLiterals;

SandboxInstances::SandboxInstances(const SandboxStore &store, const SandboxCursor &cursor)
    : m_store(store)
    , m_cursor(cursor)
{
}

SandboxReply SandboxInstances::search(
    const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const
{
    SandboxReply reply;
    const std::optional<SandboxListRequest> request = SandboxListRequest::prepare(
        environment, url, body, FilterScope::Instances, u"context-instances"_s, m_cursor, &reply);
    if (!request)
        return reply;
    return page(environment, *request, request->filter,
        SandboxJson::environmentPath(environment) + u"/context-instances/search"_s);
}

SandboxReply SandboxInstances::get(
    const EnvironmentRow &environment, const QString &id, const QUrl &url) const
{
    SandboxReply reply;
    const std::optional<SandboxListRequest> request = SandboxListRequest::prepare(environment, url,
        {}, FilterScope::InstanceVersions, u"context-instances/"_s + id, m_cursor, &reply);
    if (!request)
        return reply;
    const SqlCondition instance = FilterSql::instanceIdCondition(id);
    return page(environment, *request, FilterSql::conjoin(instance, request->filter),
        SandboxJson::environmentPath(environment) + u"/context-instances/"_s
            + SandboxJson::segment(id));
}

SandboxReply SandboxInstances::remove(const EnvironmentRow &environment, const QString &id) const
{
    QString error;
    switch (m_store.remove(environment.id, id, &error)) {
    case SandboxInstanceStore::Removal::Removed:
        return {QHttpServerResponder::StatusCode::NoContent, {}, {}, {}};
    case SandboxInstanceStore::Removal::NotFound:
        return SandboxJson::notFound(u"Unknown context instance \"%1\""_s.arg(id));
    case SandboxInstanceStore::Removal::Failed:
        break;
    }
    return SandboxJson::internalError(u"Cannot delete the context instance: "_s + error);
}

SandboxReply SandboxInstances::page(const EnvironmentRow &environment,
    const SandboxListRequest &request, const std::optional<SqlCondition> &condition,
    const QString &path) const
{
    const SandboxStore::ListQuery list = request.storeQuery(environment.id, condition);

    QString error;
    std::optional<QList<InstanceRow>> rows = m_store.list(list, &error);
    if (!rows)
        return SandboxJson::internalError(u"The context instances query failed: "_s + error);
    const bool hasMore = request.cutToPage(*rows);

    QJsonArray items;
    for (const InstanceRow &row : std::as_const(*rows))
        items.append(SandboxJson::instanceRecord(row, environment));
    QJsonObject result = request.envelope(environment, items,
        hasMore ? std::optional<SortKey>(rows->back().sortKey()) : std::nullopt, path, m_cursor);
    if (request.params.includeTotalCount) {
        const std::optional<qint64> total = m_store.countIds(list, &error);
        if (!total)
            return SandboxJson::internalError(u"The count query failed: "_s + error);
        result.insert(u"totalCount"_s, *total);
    }
    return SandboxJson::ok(result);
}

} // namespace sandbox
