#include "SandboxSearch.h"

#include "FilterSql.h"
#include "SandboxCursor.h"
#include "SandboxListRequest.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

using namespace Qt::StringLiterals;

namespace {

// Whether a search names `sort` at all (any value), in the query string or the body.
bool carriesSort(const QUrl &url, const QByteArray &body)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const QByteArray name = pair.left(pair.indexOf('='));
        if (QUrl::fromPercentEncoding(QByteArray(name).replace('+', ' ')) == u"sort")
            return true;
    }
    const QJsonValue sort = QJsonDocument::fromJson(body).object().value(u"sort");
    return !sort.isUndefined() && !sort.isNull();
}

} // namespace

SandboxSearch::SandboxSearch(
    const SandboxStore &store, const SandboxCursor &cursor, bool legacySort)
    : m_store(store)
    , m_cursor(cursor)
    , m_legacySort(legacySort)
{
}

SandboxReply SandboxSearch::searchContexts(
    const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const
{
    SandboxReply reply;
    if (!m_legacySort && carriesSort(url, body))
        return SandboxJson::invalidRequest(u"sort is not supported"_s);
    std::optional<SandboxListRequest> request
        = SandboxListRequest::prepare(environment, url, body, FilterScope::Contexts, {}, m_cursor,
            &reply, m_legacySort ? SandboxStore::Order::LastSeen : SandboxStore::Order::KindKey);
    if (!request)
        return reply;
    request->params.linkSort = m_legacySort;
    return page(environment, *request, request->filter,
        SandboxJson::environmentPath(environment) + u"/contexts/search"_s);
}

SandboxReply SandboxSearch::getContexts(const EnvironmentRow &environment, const QString &kind,
    const QString &key, const QUrl &url) const
{
    SandboxReply reply;
    const std::optional<SandboxListRequest> request = SandboxListRequest::prepare(environment, url,
        {}, FilterScope::ContextVersions, u"contexts/"_s + kind + u'\n' + key, m_cursor, &reply);
    if (!request)
        return reply;
    const SqlCondition context = FilterSql::contextCondition(environment.id, kind, key);
    return page(environment, *request, FilterSql::conjoin(context, request->filter),
        u"%1/contexts/%2/%3"_s.arg(SandboxJson::environmentPath(environment),
            SandboxJson::segment(kind), SandboxJson::segment(key)));
}

std::optional<QString> SandboxSearch::tokenAfter(const EnvironmentRow &environment,
    const QString &filter, bool ascending, qint64 offset, QString *error) const
{
    const QJsonObject body {
        {u"filter"_s, filter}, {u"sort"_s, ascending ? u"ts"_s : u"-ts"_s}, {u"limit"_s, 50}};
    SandboxReply reply;
    const std::optional<SandboxListRequest> request = SandboxListRequest::prepare(environment,
        QUrl(), QJsonDocument(body).toJson(), FilterScope::Contexts, {}, m_cursor, &reply);
    if (!request) {
        if (error)
            *error = QString::fromUtf8(reply.body);
        return std::nullopt;
    }
    SandboxStore::ListQuery list;
    list.environmentId = environment.id;
    list.filter = request->filter;
    list.ascending = ascending;
    const std::optional<SortKey> last = m_store.contextAt(list, offset - 1, error);
    if (!last)
        return std::nullopt;
    return m_cursor.encode(*last, ascending, request->scope);
}

SandboxReply SandboxSearch::page(const EnvironmentRow &environment,
    const SandboxListRequest &request, const std::optional<SqlCondition> &condition,
    const QString &path) const
{
    const SandboxStore::ListQuery list = request.storeQuery(environment.id, condition);

    QString error;
    std::optional<QList<ContextRow>> rows = m_store.listContexts(list, &error);
    if (!rows)
        return SandboxJson::internalError(u"The contexts query failed: "_s + error);
    const bool hasMore = request.cutToPage(*rows);

    QJsonArray items;
    for (const ContextRow &row : std::as_const(*rows))
        items.append(SandboxJson::contextRecord(row, environment));
    std::optional<SortKey> next;
    if (hasMore)
        next = request.resumeKey(rows->back().sortKey);
    QJsonObject result = request.envelope(environment, items, next, path, m_cursor);
    if (request.params.includeTotalCount) {
        bool pending = false; // counted in the background: the next pages will have it
        const std::optional<qint64> total = m_store.countContexts(list, &error, &pending);
        if (total)
            result.insert(u"totalCount"_s, *total);
        else if (!pending)
            return SandboxJson::internalError(u"The count query failed: "_s + error);
    }
    return SandboxJson::ok(result);
}

} // namespace sandbox
