#pragma once

#include "ContextRowSource.h"
#include "ContextsApi.h"

namespace ctx {

// The Contexts list as the server pages it: POST .../contexts/search, one page at a time
// (cursor paging, continuationToken). A reply to a query that is no longer asked for is
// dropped (a generation counter). A server that rejects `sort` (some answer 400) is asked
// once more without it: the list then pages unsorted and sorts what it has by last seen,
// until the environment changes.
class RemoteRowSource : public ContextRowSource
{
    Q_OBJECT
public:
    explicit RemoteRowSource(ContextsApi *api, QObject *parent = nullptr);

    void setEnvironment(const EnvironmentRef &environment) override;
    EnvironmentRef environment() const override { return m_environment; }
    void setQuery(const ContextQuery &query) override;
    ContextQuery query() const override { return m_query; }
    void reload() override;
    void retry() override;

    int rowCount() const override { return static_cast<int>(m_rows.size()); }
    const ContextRecord &record(int row) const override { return m_rows.at(row); }
    bool canFetchMore() const override;
    void fetchMore() override;
    bool sortByLastSeen(SortOrder order) override;
    void removeContext(const QString &kind, const QString &key) override;

    bool isLoading() const override { return m_pending != nullptr; }
    bool hasMore() const override { return !m_cursor.isEmpty() || !m_firstPageDone; }
    bool firstPageDone() const override { return m_firstPageDone; }
    bool showingPrevious() const override { return m_showingPrevious; }
    std::optional<qint64> totalCount() const override { return m_totalCount; }
    bool sortedLocally() const override { return m_sortRejected; }
    std::optional<ApiError> lastError() const override { return m_error; }
    int unreadableCount() const override { return m_unreadableCount; }
    QStringList unreadableSamples() const override { return m_unreadableSamples; }

private:
    void startOver(bool keepRowsUntilReplaced);
    void requestPage();
    void onPage(quint64 generation, Result<ContextsPage> result);
    // A 400 on a first page that may mean "this server does not sort".
    bool mayBeAboutSort(const ApiError &error) const;
    // The query as sent: without sort once the server has rejected it.
    ContextQuery sentQuery() const;
    void sortLoadedRows();

    ContextsApi *m_api;
    EnvironmentRef m_environment;
    ContextQuery m_query;
    QList<ContextRecord> m_rows;
    QString m_cursor;
    bool m_firstPageDone = false;
    bool m_showingPrevious = false;
    bool m_sortRejected = false;
    bool m_probingWithoutSort = false; // a first page is being asked again without sort
    std::optional<qint64> m_totalCount;
    std::optional<ApiError> m_error;
    int m_unreadableCount = 0;
    QStringList m_unreadableSamples; // the first few
    static constexpr int maxUnreadableSamples = 5;
    RequestHandle m_pending;
    quint64 m_generation = 0;
};

} // namespace ctx
