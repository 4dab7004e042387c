#pragma once

#include "FilterSql.h"
#include "SandboxRows.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sandbox {

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
//   context_instances             membership: which instances each context row appeared in
//   flags                         per project: key and definition (name, kind, variations, ...)
//   flag_configs                  per flag and environment: on, salt, version, offVariation and
//                                 the JSON of fallthrough, targets, rules and prerequisites
//   segments                      per environment: included, excluded, rules (JSON)
//   attribute_names,              per environment: the attribute pointers and values the
//   attribute_values              contexts carry, with weights (SandboxAttributeIndex)
//   meta                          the cursor secret, whether the attribute index is built
//
// The list is ordered by (last_seen_ms, kind, key, application_id) within an environment, and
// the index `contexts_list` holds exactly that order, so keyset pages cost the same at any depth.
// The unique index (env_id, kind, key, application_id) serves kind filters and single contexts.
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

    struct ListQuery
    {
        qint64 environmentId = 0;
        std::optional<SqlCondition> filter;
        bool ascending = false;
        std::optional<SortKey> after; // keyset: rows strictly after this one in list order
        int limit = 20;
    };

    // The non-anonymous context rows of one environment, in list order.
    std::optional<QList<ContextRow>> listContexts(const ListQuery &query, QString *error) const;
    // How many rows the list has with this filter (cursor and limit ignored).
    std::optional<qint64> countContexts(const ListQuery &query, QString *error) const;

private:
    bool createSchema(QString *error);

    QString m_connectionName;
};

} // namespace sandbox
