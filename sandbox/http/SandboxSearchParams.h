#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace sandbox {

// The parameters of a contexts search, from the query string and/or the ContextSearch body
// (filter, sort, limit, continuationToken; includeTotalCount only in the query). A name given
// in both places is an error, as the spec says.
struct SandboxSearchParams
{
    QString filter;
    bool ascending = false; // sort "ts"; the default is "-ts"
    int limit = 20;
    QString continuationToken;
    bool includeTotalCount = true;
    bool linkSort = true; // queryString() names the sort

    // Returns the parameters, or nothing with *error set to the 400 message.
    static std::optional<SandboxSearchParams> parse(
        const QUrl &url, const QByteArray &body, QString *error);

    // The query string that asks for the same list again, at `continuationToken`.
    QString queryString(const QString &continuationToken) const;
};

} // namespace sandbox
