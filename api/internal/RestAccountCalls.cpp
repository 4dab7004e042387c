// The AccountApi half of RestContextsApi: the calls the connection dialog makes.

#include "AccountDecoder.h"
#include "RestCall.h"

#include <algorithm>
#include <utility>

namespace ctx {

namespace {

// The spec documents no maximum for the projects list (default 20, api-notes.md §3.12);
// 100 keeps one page's body (with every environment expanded) small.
constexpr int MaxProjectsLimit = 100;

QString lit(const char *text)
{
    return QString::fromLatin1(text);
}

// The value of `filter` for a project search: the projects list's own comma-separated
// `field:value` grammar, whose `query:` matches key or name. The grammar has no escape, so
// a comma (which would start another filter) becomes a space; everything else is sent as
// typed, and percent-encoded on the wire like every query value ("+" as %2B, "," as %2C).
QString projectSearchFilter(const QString &search)
{
    QString text = search;
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    text = text.simplified();
    return text.isEmpty() ? QString() : QStringLiteral("query:") + text;
}

} // namespace

RequestHandle RestContextsApi::projects(
    const QString &search, int offset, int limit, Callback<ProjectsPage> done)
{
    QList<std::pair<QString, QString>> query {
        {lit("expand"), lit("environments")},
        {lit("limit"), QString::number(std::clamp(limit, 1, MaxProjectsLimit))},
        {lit("offset"), QString::number(std::max(offset, 0))},
        {lit("sort"), lit("name")},
    };
    if (const QString filter = projectSearchFilter(search); !filter.isEmpty())
        query.append({lit("filter"), filter});
    return start<ProjectsPage>({"GET", {lit("api"), lit("v2"), lit("projects")}, query, {}},
        &decodeProjectsPage, std::move(done));
}

RequestHandle RestContextsApi::callerIdentity(Callback<CallerIdentity> done)
{
    return start<CallerIdentity>({"GET", {lit("api"), lit("v2"), lit("caller-identity")}, {}, {}},
        &decodeCallerIdentity, std::move(done));
}

RequestHandle RestContextsApi::environment(
    const EnvironmentRef &env, Callback<EnvironmentSummary> done)
{
    if (env.projectKey.isEmpty() || env.environmentKey.isEmpty())
        return refuse<EnvironmentSummary>(
            ApiError(ApiError::Kind::BadRequest, tr("no project or environment key was given")),
            std::move(done));
    return start<EnvironmentSummary>({"GET",
                                         {lit("api"), lit("v2"), lit("projects"), env.projectKey,
                                             lit("environments"), env.environmentKey},
                                         {}, {}},
        &decodeEnvironment, std::move(done));
}

} // namespace ctx
