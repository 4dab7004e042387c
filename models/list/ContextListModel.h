#pragma once

#include "ContextColumn.h"
#include "ContextQuery.h"
#include "ContextRecord.h"
#include "ContextRowSource.h"
#include "ContextsApi.h"
#include "LastSeenCells.h"

#include <QAbstractTableModel>
#include <QCache>

#include <functional>
#include <optional>

namespace ctx {

// The Contexts list: one row per single-kind context and source. The rows come from a
// ContextRowSource (the server's pages by default: RemoteRowSource), which fetches them; this
// model presents them: columns, cells and roles. setQuery() starts over, and the rows on hand
// stay until the new query's first rows replace them. Sorting by "Last seen" is the source's.
//
// The columns are a list of ContextColumn: the built-in ones and attributes chosen by JSON
// pointer. An attribute column reads each visible cell on demand (a few hundred rows'
// values are cached), and a private attribute shows as "[private]" in every role.
//
// "Last seen" is relative ("5 minutes ago", LastSeenCells): while there are rows, that column
// is re-announced (dataChanged, that column only) every minute so that the text stays true
// without a reload. A context close to LaunchDarkly's 30-day removal says so in text, tooltip,
// accessible description and with the decoration set by setExpiryDecoration().
class ContextListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The built-in columns' positions in the default column set (ContextColumn::defaults()).
    // After setColumns() use columnOf().
    enum Column { KindColumn, KeyColumn, NameColumn, LastSeenColumn, SourceColumn, ColumnCount };
    enum Role {
        SortValueRole = Qt::UserRole + 1, // raw value: QDateTime for Last seen, text otherwise
        KindKeyRole, // "kind:key"
        RedactedRole, // bool: the cell is a private attribute, shown as "[private]"
        // Last seen: whole days until LaunchDarkly's removal (0: due) for a context last seen
        // more than ContextExpiry::warningDays ago; invalid otherwise (and other columns).
        ExpiresInDaysRole,
    };
    Q_ENUM(Column)

    // How often the relative "Last seen" texts are refreshed while there are rows.
    static constexpr int relativeTimeRefreshMs = LastSeenCells::defaultRefreshMs;

    // The list of the server's contexts (a RemoteRowSource over `api`).
    explicit ContextListModel(ContextsApi *api, QObject *parent = nullptr);
    // The list of `source`'s rows; the model takes it as a child.
    explicit ContextListModel(ContextRowSource *source, QObject *parent = nullptr);
    ~ContextListModel() override;

    ContextRowSource *source() const { return m_source; }

    // Where to list from. Changing it starts over.
    void setEnvironment(const EnvironmentRef &environment)
    {
        m_source->setEnvironment(environment);
    }
    EnvironmentRef environment() const { return m_source->environment(); }

    // What to list. Changing it starts over; an identical query does nothing.
    void setQuery(const ContextQuery &query) { m_source->setQuery(query); }
    ContextQuery query() const { return m_source->query(); }

    // Starts over with the same query (F5).
    void reload() { m_source->reload(); }
    // After a failed page: asks for that page again.
    void retry() { m_source->retry(); }

    // The columns, in model order. Changing them inserts, removes or moves columns (no
    // reset: the rows, selection and header state stay). Duplicates are dropped.
    void setColumns(const QList<ContextColumn> &columns);
    QList<ContextColumn> columns() const { return m_columns; }
    // The model column showing `column`, or -1.
    int columnOf(const ContextColumn &column) const;

    const ContextRecord &record(int row) const { return m_source->record(row); }
    // The first row showing this context (any source), or -1.
    int rowOf(const QString &kind, const QString &key) const;
    // Removes every row of this context (all sources), e.g. after its only instance was
    // deleted. The total, when known, goes down by the rows removed.
    void removeContext(const QString &kind, const QString &key)
    {
        m_source->removeContext(kind, key);
    }

    bool isLoading() const { return m_source->isLoading(); }
    bool hasMore() const { return m_source->hasMore(); }
    bool firstPageDone() const { return m_source->firstPageDone(); }
    // The rows on screen belong to the previous query: the new one's first page has not
    // arrived yet, or the server rejected it.
    bool showingPrevious() const { return m_source->showingPrevious(); }
    std::optional<qint64> totalCount() const { return m_source->totalCount(); }
    // The server rejected `sort` (400) for this environment: pages are asked for without it
    // and the rows loaded so far are sorted here, by last seen. Until the environment changes.
    bool sortedLocally() const { return m_source->sortedLocally(); }
    std::optional<ApiError> lastError() const { return m_source->lastError(); }
    int unreadableCount() const { return m_source->unreadableCount(); }
    QStringList unreadableSamples() const { return m_source->unreadableSamples(); }

    // For tests: what "now" is when formatting relative times and expiry.
    void setClock(std::function<QDateTime()> clock) { m_lastSeen.setClock(std::move(clock)); }
    // For tests: the refresh period (relativeTimeRefreshMs by default).
    void setRelativeTimeRefreshInterval(int ms) { m_lastSeen.setRefreshInterval(ms); }
    // Whether the refresh timer runs: only while there are rows and a Last seen column.
    bool isRelativeTimeRefreshActive() const { return m_lastSeen.isRefreshing(); }
    // What Qt::DecorationRole gives for an expiring Last seen cell, e.g. a QIcon wrapped by
    // the view (this model is QtCore only). Invalid (the default): no decoration.
    void setExpiryDecoration(const QVariant &decoration)
    {
        m_lastSeen.setExpiryDecoration(decoration);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only "Last seen" sorts, on the server (or here when the server rejects sort):
    // descending is newest first.
    void sort(int column, Qt::SortOrder order) override;

public slots:
    // Announces the Last seen column as changed (the timer does this every minute).
    void refreshRelativeTimes();

signals:
    // Any change of loading state, total, error or row count: the status line listens.
    void stateChanged();
    // The first page of the current query has arrived (possibly empty).
    void firstPageLoaded();
    void errorOccurred(const ctx::ApiError &error);

private:
    void connectSource();
    void onRowsReordered(const QList<int> &newRowOf);
    QVariant displayText(const ContextRecord &record, int column) const;
    CellValue attributeCell(int row, int column) const;
    void clearCellCache();
    void insertColumnAt(int position, const ContextColumn &column);
    void updateRefreshTimer();
    QVariant lastSeenData(const ContextRecord &record, int role) const;

    ContextRowSource *m_source; // a child
    QList<ContextColumn> m_columns = ContextColumn::defaults();
    // The cells of recently shown rows (by row), for attribute columns: bounded, so that
    // memory does not grow with the number of rows loaded.
    mutable QCache<int, QList<CellValue>> m_cellCache {512};
    LastSeenCells m_lastSeen;
};

} // namespace ctx
