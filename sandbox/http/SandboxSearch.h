#pragma once

#include "FilterSql.h"
#include "SandboxJson.h"
#include "SandboxRows.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace sandbox {

class SandboxCursor;
class SandboxStore;
struct SandboxListRequest;

// The contexts list: POST .../contexts/search (searchContexts) and the versions of one
// context, GET .../contexts/{kind}/{key} (getContexts): parameters, filter, keyset page,
// total count and the `Contexts` body.
class SandboxSearch
{
public:
    // As LaunchDarkly's contexts search is now: a search that carries `sort` is a 400 "sort is
    // not supported", and the results come by kind, then key, then applicationId. With
    // legacySort (--legacy-sort), as it was: `sort` "ts" or "-ts" (the default), by last seen.
    SandboxSearch(const SandboxStore &store, const SandboxCursor &cursor, bool legacySort = false);

    SandboxReply searchContexts(
        const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const;

    // One ContextRecord per applicationId of kind + key; only an applicationId filter.
    SandboxReply getContexts(const EnvironmentRow &environment, const QString &kind,
        const QString &key, const QUrl &url) const;

    // The continuationToken a search with this filter and sort would answer after its first
    // `offset` rows (offset > 0), as if every page before had been read: a benchmark's way to
    // start a keyset walk deep in a list. Nothing past the end or for a bad filter.
    std::optional<QString> tokenAfter(const EnvironmentRow &environment, const QString &filter,
        bool ascending, qint64 offset, QString *error) const;

private:
    SandboxReply page(const EnvironmentRow &environment, const SandboxListRequest &request,
        const std::optional<SqlCondition> &condition, const QString &path) const;

    const SandboxStore &m_store;
    const SandboxCursor &m_cursor;
    bool m_legacySort = false;
};

} // namespace sandbox
