#pragma once

#include "FilterSql.h"
#include "SandboxRows.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sandbox {

class SandboxCounter;

// The sandbox's SQLite database (Qt SQL, one connection with a name unique to this store).
//
//   projects, environments        what the paths name
//   context_kinds                 per project
//   instances                     one row per context instance version: (env, instance id,
//                                 applicationId), its full context JSON, kinds, kind:keys and
//                                 the kinds dropped as anonymous
//   contexts                      one row per (env, kind, key, applicationId): the list rows,
//                                 with attributes (private values removed), private attribute
//                                 names, the anonymous flag and the latest instance
//   context_keys, context_names   contexts by (env, key, kind, applicationId) and by (env, name),
//                                 kept by triggers
//   context_instances             membership: which instances each context row appeared in
//   flags                         per project: key and definition (name, kind, variations, ...)
//   flag_configs                  per flag and environment: on, salt, version, offVariation and
//                                 the JSON of fallthrough, targets, rules and prerequisites
//   segments                      per environment: included, excluded, rules (JSON)
//   attribute_names,              per environment: the attribute pointers and values the
//   attribute_values              contexts carry, with weights (SandboxAttributeIndex)
//   meta                          the cursor secret, whether the attribute index is built, the
//                                 seed's parameters (SandboxSeedRecord)
//
// The contexts search is ordered by (kind, key, applicationId, id) within an environment, as
// LaunchDarkly's is (index contexts_kind_key); with --legacy-sort, and for instances, by
// (last_seen_ms, id): the indexes contexts_recent (unfiltered) and contexts_kind_recent (kind
// equals) hold that order. Either way a keyset page reads `limit` index entries at any depth.
// context_keys (env, key, kind, applicationId -> row) serves single contexts and key prefixes,
// context_names name prefixes (SandboxSchema).
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (and creates) the database; an empty path means a private in-memory database.
    bool open(const QString &path, QString *error);

    QSqlDatabase database() const;

    // The random secret that signs continuation tokens, created on first use.
    std::optional<QByteArray> cursorSecret(QString *error);

    std::optional<qint64> projectId(const QString &projectKey) const;
    std::optional<EnvironmentRow> environment(
        const QString &projectKey, const QString &environmentKey) const;
    std::optional<QList<ContextKindRow>> contextKinds(qint64 projectId, QString *error) const;

    // The order of a list: by last seen (newest first unless ascending), or, as LaunchDarkly's
    // contexts search has it since `sort` went, by kind, then key, then applicationId.
    enum class Order { LastSeen, KindKey };

    struct ListQuery
    {
        qint64 environmentId = 0;
        std::optional<SqlCondition> filter;
        Order order = Order::LastSeen;
        bool ascending = false; // Order::LastSeen only
        std::optional<SortKey> after; // keyset: rows strictly after this one in list order
        int limit = 20;
        // OFFSET paging, for comparison in the benchmark (the API pages by cursor only).
        qint64 offset = 0;
    };

    // The non-anonymous context rows of one environment, in list order.
    std::optional<QList<ContextRow>> listContexts(const ListQuery &query, QString *error) const;
    // How many rows the list has with this filter (cursor and limit ignored). Remembered until
    // the database changes, so that every page of a list does not count it again. A count that
    // reads every row of a big environment (more than kQuickCountRows rows, a filter no index
    // counts) is made in the background (SandboxCounter): until it is known, nothing is returned
    // and *pending is set.
    std::optional<qint64> countContexts(
        const ListQuery &query, QString *error, bool *pending = nullptr) const;
    static constexpr qint64 kQuickCountRows = 200000;
    void setQuickCountRows(qint64 rows) { m_quickCountRows = rows; } // tests lower it

    // The plan SQLite chooses for a page of the list (EXPLAIN QUERY PLAN, a line a step), to
    // see which index serves it.
    QStringList listPlan(const ListQuery &query, QString *error) const;

    // The sort key of the row at `offset` (0-based) in list order, or nothing past the end:
    // lets a benchmark start a keyset walk deep in the list without reading every page.
    std::optional<SortKey> contextAt(const ListQuery &query, qint64 offset, QString *error) const;

    // "FROM ... WHERE ..." of a list over `table` ("contexts c", "instances i") with `where`
    // (its first parameter the environment's id) and the query's filter, through the filter's
    // own index when that narrows it enough (SqlNarrowing); empty on failure.
    QString listFrom(const QString &table, const QString &where, const ListQuery &query,
        QVariantList *binds, QString *error, bool *narrowed = nullptr) const;

private:
    QString listWhere(const ListQuery &query, QVariantList *binds, QString *error,
        bool *narrowed = nullptr) const;
    QString pageSql(const ListQuery &query, QVariantList *binds, QString *error) const;
    // Changes whenever the database does (this connection or another one).
    std::optional<QString> dataVersion() const;

    QString m_connectionName;
    mutable QHash<QString, qint64> m_counts; // "dataVersion|sql|binds" -> count
    mutable std::unique_ptr<SandboxCounter> m_counter; // made when first needed
    qint64 m_quickCountRows = kQuickCountRows;
};

} // namespace sandbox
