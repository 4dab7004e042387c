#pragma once

#include "ApiError.h"
#include "ContextQuery.h"
#include "ContextRecord.h"

#include <QList>
#include <QObject>

#include <optional>

namespace ctx {

// Where the rows of the Contexts list come from. ContextListModel presents them (columns,
// cells, roles); a source fetches them and says how they change, through the signals below,
// which the model turns into its own. Today's source is the server (RemoteRowSource: cursor
// paging, one page at a time); a local snapshot of an environment is the second.
//
// A source announces every change before and after it: aboutToX() while its rows are still
// as they were, X() once they are as they now are.
class ContextRowSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Where to list from. Changing it starts over and never keeps another environment's rows.
    virtual void setEnvironment(const EnvironmentRef &environment) = 0;
    virtual EnvironmentRef environment() const = 0;
    // What to list. Changing it starts over; an identical query does nothing. The rows on
    // hand stay until the new query's first rows replace them (showingPrevious()).
    virtual void setQuery(const ContextQuery &query) = 0;
    virtual ContextQuery query() const = 0;
    // Starts over with the same query.
    virtual void reload() = 0;
    // After a failed fetch: asks for the same rows again.
    virtual void retry() = 0;

    virtual int rowCount() const = 0;
    virtual const ContextRecord &record(int row) const = 0;
    virtual bool canFetchMore() const = 0;
    virtual void fetchMore() = 0;

    // Orders the rows by last seen (ContextQuery::sort). A source that cannot order by it at
    // all returns false and nothing changes.
    virtual bool sortByLastSeen(SortOrder order) = 0;
    // Removes every row of this context (all sources).
    virtual void removeContext(const QString &kind, const QString &key) = 0;

    virtual bool isLoading() const = 0;
    virtual bool hasMore() const = 0;
    virtual bool firstPageDone() const = 0;
    virtual bool showingPrevious() const = 0;
    virtual std::optional<qint64> totalCount() const = 0;
    // The server could not sort, so the rows on hand are sorted here.
    virtual bool sortedLocally() const = 0;
    virtual std::optional<ApiError> lastError() const = 0;
    // The records of the current result that could not be read and are left out: how many,
    // and the first few sentences ("items[3].context.key is missing").
    virtual int unreadableCount() const { return 0; }
    virtual QStringList unreadableSamples() const { return {}; }

signals:
    void aboutToReplaceRows();
    void rowsReplaced();
    void aboutToAppendRows(int first, int last);
    void rowsAppended();
    void aboutToRemoveRow(int row);
    void rowRemoved();
    void aboutToReorderRows();
    // newRowOf[old row] is the row's new position.
    void rowsReordered(const QList<int> &newRowOf);

    // Any change of loading state, total, error or row count.
    void stateChanged();
    // The first rows of the current query are there (possibly none), or it failed.
    void firstPageLoaded();
    void errorOccurred(const ctx::ApiError &error);
};

} // namespace ctx
