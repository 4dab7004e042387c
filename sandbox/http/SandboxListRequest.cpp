#include "SandboxListRequest.h"

#include "SandboxCursor.h"

namespace sandbox {

using namespace Qt::StringLiterals;

std::optional<SandboxListRequest> SandboxListRequest::prepare(const EnvironmentRow &environment,
    const QUrl &url, const QByteArray &body, FilterScope filterScope, const QString &listName,
    const SandboxCursor &cursor, SandboxReply *reply, SandboxStore::Order order)
{
    QString error;
    std::optional<SandboxSearchParams> params = SandboxSearchParams::parse(url, body, &error);
    if (!params) {
        *reply = SandboxJson::invalidRequest(error);
        return std::nullopt;
    }
    SandboxListRequest request;
    request.params = std::move(*params);
    request.order = order;

    QString canonicalFilter;
    const ctx::filter::ParseResult parsed = ctx::filter::parse(request.params.filter);
    if (!parsed.ok()) {
        *reply = SandboxJson::invalidRequest(u"Invalid filter at position %1: %2"_s.arg(
            QString::number(parsed.error->position), parsed.error->message));
        return std::nullopt;
    }
    if (parsed.expression) {
        request.filter = FilterSql::translate(*parsed.expression, &error, filterScope);
        if (!request.filter) {
            *reply = SandboxJson::invalidRequest(u"Invalid filter: "_s + error);
            return std::nullopt;
        }
        canonicalFilter = ctx::filter::print(*parsed.expression);
    }

    // The contexts list by last seen keeps the scope it always had; every other list, and the
    // kind-and-key order, names itself.
    QString name = listName;
    if (order == SandboxStore::Order::KindKey)
        name += u"kindKey"_s;
    request.scope = SandboxCursor::scope(environment.environmentId,
        name.isEmpty() ? canonicalFilter : name + u'\n' + canonicalFilter);
    if (!request.params.continuationToken.isEmpty()) {
        request.after = cursor.decode(
            request.params.continuationToken, request.params.ascending, request.scope);
        if (!request.after) {
            *reply = SandboxJson::invalidRequest(u"invalid continuationToken"_s);
            return std::nullopt;
        }
    }
    return request;
}

QJsonObject SandboxListRequest::envelope(const EnvironmentRow &environment, const QJsonArray &items,
    const std::optional<SortKey> &next, const QString &path, const SandboxCursor &cursor) const
{
    const QString base = path + u'?';
    QJsonObject links {
        {u"self"_s, SandboxJson::link(base + params.queryString(params.continuationToken))}};
    QJsonObject result {{u"_environmentId"_s, environment.environmentId}, {u"items"_s, items}};
    if (next) {
        const QString token = cursor.encode(*next, params.ascending, scope);
        result.insert(u"continuationToken"_s, token);
        links.insert(u"next"_s, SandboxJson::link(base + params.queryString(token)));
    }
    result.insert(u"_links"_s, links);
    return result;
}

SandboxStore::ListQuery SandboxListRequest::storeQuery(
    qint64 environmentId, const std::optional<SqlCondition> &condition) const
{
    SandboxStore::ListQuery list;
    list.environmentId = environmentId;
    list.filter = condition;
    list.order = order;
    list.ascending = params.ascending;
    list.after = after;
    list.limit = params.limit + 1;
    return list;
}

SortKey SandboxListRequest::resumeKey(const SortKey &last) const
{
    // Only what the order compares, for a shorter token.
    if (order == SandboxStore::Order::KindKey)
        return SortKey {0, last.kind, last.key, last.applicationId, last.rowId};
    return SortKey {last.lastSeenMs, {}, {}, {}, last.rowId};
}

} // namespace sandbox
