#include "RemoteRowSource.h"

#include "ClientSort.h"

#include <algorithm>

namespace ctx {

RemoteRowSource::RemoteRowSource(ContextsApi *api, QObject *parent)
    : ContextRowSource(parent)
    , m_api(api)
{
}

void RemoteRowSource::setEnvironment(const EnvironmentRef &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    m_sortRejected = false; // another server or environment may well sort
    startOver(false); // another environment's rows must not stay on screen
}

void RemoteRowSource::setQuery(const ContextQuery &query)
{
    if (query == m_query && (m_firstPageDone || m_pending))
        return;
    m_query = query;
    startOver(true);
}

void RemoteRowSource::reload()
{
    startOver(true);
}

void RemoteRowSource::retry()
{
    if (m_pending || !m_error)
        return;
    requestPage();
}

void RemoteRowSource::startOver(bool keepRowsUntilReplaced)
{
    ++m_generation;
    if (m_pending) {
        m_pending->cancel();
        m_pending.reset();
    }
    m_cursor.clear();
    m_firstPageDone = false;
    m_probingWithoutSort = false;
    m_error.reset();
    if (keepRowsUntilReplaced && !m_rows.isEmpty()) {
        // The rows stay until the new first page replaces them: no flicker, and when the
        // server rejects the new query (a bad filter) the last good results stay.
        m_showingPrevious = true;
    } else {
        emit aboutToReplaceRows();
        m_rows.clear();
        m_totalCount.reset();
        m_showingPrevious = false;
        emit rowsReplaced();
    }
    if (m_environment.projectKey.isEmpty() || m_environment.environmentKey.isEmpty()) {
        emit stateChanged();
        return;
    }
    requestPage();
}

void RemoteRowSource::requestPage()
{
    m_error.reset();
    const quint64 generation = m_generation;
    m_pending = m_api->searchContexts(m_environment, sentQuery(), m_cursor,
        replyTo<ContextsPage>(this, [this, generation](Result<ContextsPage> result) {
            onPage(generation, std::move(result));
        }));
    emit stateChanged();
}

void RemoteRowSource::onPage(quint64 generation, Result<ContextsPage> result)
{
    if (generation != m_generation)
        return; // a reply to a query that is no longer on screen
    m_pending.reset();
    const bool wasFirst = !m_firstPageDone;
    if (!result.ok()) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return;
        if (wasFirst && mayBeAboutSort(result.error())) {
            // Some servers reject `sort`. Ask once more without it: if that works, the
            // list pages unsorted and sorts what it has; if not, the filter was the problem.
            m_sortRejected = true;
            m_probingWithoutSort = true;
            requestPage();
            return;
        }
        if (m_probingWithoutSort) {
            m_sortRejected = false; // the 400 was not about sort after all
            m_probingWithoutSort = false;
        }
        m_error = result.error();
        emit stateChanged();
        emit errorOccurred(*m_error);
        if (wasFirst)
            emit firstPageLoaded();
        return;
    }
    ContextsPage &page = result.value();
    m_firstPageDone = true;
    m_probingWithoutSort = false;
    m_cursor = page.continuationToken;
    if (wasFirst) {
        m_totalCount.reset();
        m_unreadableCount = 0;
        m_unreadableSamples.clear();
    }
    m_unreadableCount += static_cast<int>(page.unreadable.size());
    for (const QString &sentence : std::as_const(page.unreadable)) {
        if (m_unreadableSamples.size() < maxUnreadableSamples)
            m_unreadableSamples.append(sentence);
    }
    if (page.totalCount)
        m_totalCount = page.totalCount;
    if (m_showingPrevious) {
        emit aboutToReplaceRows();
        m_rows = std::move(page.items);
        m_showingPrevious = false;
        emit rowsReplaced();
    } else if (!page.items.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        emit aboutToAppendRows(first, first + static_cast<int>(page.items.size()) - 1);
        m_rows.append(std::move(page.items));
        emit rowsAppended();
    }
    if (m_sortRejected)
        sortLoadedRows();
    emit stateChanged();
    if (wasFirst)
        emit firstPageLoaded();
}

bool RemoteRowSource::canFetchMore() const
{
    return m_firstPageDone && !m_cursor.isEmpty() && !m_pending && !m_error;
}

void RemoteRowSource::fetchMore()
{
    if (canFetchMore())
        requestPage();
}

bool RemoteRowSource::sortByLastSeen(SortOrder order)
{
    ContextQuery query = m_query;
    query.sort = order;
    if (m_sortRejected && m_firstPageDone && query.kinds == m_query.kinds
        && query.filter == m_query.filter) {
        // The server cannot sort: turn round what is loaded, without asking again.
        m_query = query;
        sortLoadedRows();
        emit stateChanged();
        return true;
    }
    setQuery(query);
    return true;
}

void RemoteRowSource::removeContext(const QString &kind, const QString &key)
{
    // From the end, so that the rows still to visit keep their numbers.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const ContextRecord &record = m_rows.at(row);
        if (record.kind != kind || record.key != key)
            continue;
        emit aboutToRemoveRow(row);
        m_rows.removeAt(row);
        emit rowRemoved();
        if (m_totalCount && *m_totalCount > 0)
            --*m_totalCount;
    }
    emit stateChanged();
}

bool RemoteRowSource::mayBeAboutSort(const ApiError &error) const
{
    if (error.kind() != ApiError::Kind::BadRequest || m_sortRejected
        || m_query.sort == SortOrder::Unsorted)
        return false;
    // With no filter, sort is all a 400 can be about; with one, only when the server says so.
    return m_query.serverFilter().isEmpty()
        || error.detail().contains(QLatin1String("sort"), Qt::CaseInsensitive);
}

ContextQuery RemoteRowSource::sentQuery() const
{
    ContextQuery query = m_query;
    if (m_sortRejected)
        query.sort = SortOrder::Unsorted;
    return query;
}

void RemoteRowSource::sortLoadedRows()
{
    const QList<int> order = lastSeenOrder(m_rows, m_query.sort);
    if (std::is_sorted(order.begin(), order.end()))
        return;
    emit aboutToReorderRows();
    QList<int> newRowOf(order.size());
    QList<ContextRecord> sorted;
    sorted.reserve(m_rows.size());
    for (int position = 0; position < order.size(); ++position) {
        newRowOf[order.at(position)] = position;
        sorted.append(std::move(m_rows[order.at(position)]));
    }
    m_rows = std::move(sorted);
    emit rowsReordered(newRowOf);
}

} // namespace ctx
