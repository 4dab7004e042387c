#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// One environment of a project as the pickers show it. The environment's SDK key and mobile
// key are never read from the wire, so they cannot be shown, logged or stored.
struct EnvironmentSummary
{
    QString key;
    QString name;
    QString color; // "RRGGBB" as the API sends it (no '#'), may be empty
    bool critical = false; // LaunchDarkly's "critical environment" mark
};

// One project with its environments (GET /api/v2/projects?expand=environments).
struct ProjectSummary
{
    QString key;
    QString name;
    QList<EnvironmentSummary> environments;
};

// One page of projects (offset paging).
struct ProjectsPage
{
    QList<ProjectSummary> items;
    std::optional<int> totalCount;
    bool hasNext = false; // _links.next present
};

// GET /api/v2/caller-identity: who the token is (CallerIdentityRep). Every field optional on
// the wire; missing ones are empty.
struct CallerIdentity
{
    QString accountId;
    QString tokenName;
    QString tokenKind; // e.g. "personal", "service"
    QString authKind; // e.g. "token"
    QString memberId;
    bool serviceToken = false;
    QStringList scopes;
    QString projectName;
    QString environmentName;
};

} // namespace ctx
