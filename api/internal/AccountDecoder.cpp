#include "AccountDecoder.h"

#include "FreeTr.h"
#include "JsonSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctx {

using json::fieldPath;
using json::indexPath;
using json::Json;
using json::member;
using json::requiredString;
using json::toQString;
using json::view;

namespace {

CTX_FREE_TR("ctx")

const Json &rootObject(const Json &root)
{
    if (!root.is_object())
        json::fail(tr("the response is not a JSON object (found %1)").arg(json::typeName(root)));
    return root;
}

// A display-only string: empty when absent or not a string.
QString looseString(const Json &object, const char *name)
{
    const Json *value = member(object, name);
    return value && value->is_string() ? toQString(value->get_ref<const std::string &>())
                                       : QString();
}

// A flag: true only for JSON true (or the text "true"); anything else is false.
bool looseBool(const Json &object, const char *name)
{
    const Json *value = member(object, name);
    if (!value)
        return false;
    if (value->is_boolean())
        return value->get<bool>();
    return value->is_string() && value->get_ref<const std::string &>() == "true";
}

// A list of strings; entries that are not strings are skipped, a non-array is empty.
QStringList looseStringList(const Json &object, const char *name)
{
    const Json *list = member(object, name);
    QStringList strings;
    if (!list || !list->is_array())
        return strings;
    for (const Json &entry : *list) {
        if (entry.is_string())
            strings.append(toQString(entry.get_ref<const std::string &>()));
    }
    return strings;
}

// Only key, name, color and critical are read: never apiKey or mobileKey.
EnvironmentSummary environmentFrom(const Json &value, const QString &path)
{
    json::requireObject(value, path);
    EnvironmentSummary environment;
    environment.key = requiredString(value, "key", path);
    environment.name = looseString(value, "name");
    environment.color = looseString(value, "color");
    environment.critical = looseBool(value, "critical");
    return environment;
}

// "environments": an Environments object ({items: [...]}) when expanded; a bare array is
// accepted too. Absent (not expanded) or without items: no environments.
QList<EnvironmentSummary> environmentsFrom(const Json &project, const QString &projectPath)
{
    const Json *environments = member(project, "environments");
    if (!environments)
        return {};
    QString path = fieldPath(projectPath, "environments");
    const Json *items = environments;
    if (environments->is_object()) {
        items = member(*environments, "items");
        if (!items)
            return {};
        path = fieldPath(path, "items");
    }
    json::requireArray(*items, path);
    return json::decodeEach<EnvironmentSummary>(*items, [&path](const Json &item, qsizetype index) {
        return environmentFrom(item, indexPath(path, index));
    });
}

ProjectSummary projectFrom(const Json &value, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    json::requireObject(value, path);
    ProjectSummary project;
    project.key = requiredString(value, "key", path);
    project.name = looseString(value, "name");
    project.environments = environmentsFrom(value, path);
    return project;
}

bool hasNextLink(const Json &root)
{
    const Json *links = member(root, "_links");
    return links && links->is_object() && member(*links, "next") != nullptr;
}

} // namespace

Result<ProjectsPage> decodeProjectsPage(const QByteArray &body)
{
    return json::guardedDecode<ProjectsPage>([&body] {
        const Json root = json::parseBounded(view(body), tr("the response"));
        const Json &items = json::rootItems(root);
        ProjectsPage page;
        page.items = json::decodeEach<ProjectSummary>(items, &projectFrom);
        // Liberal: a totalCount that is not an integer is ignored, not an error.
        if (const Json *total = member(root, "totalCount"); total && total->is_number_integer()) {
            const double count = total->get<double>();
            page.totalCount = static_cast<int>(
                std::clamp(count, 0.0, static_cast<double>(std::numeric_limits<int>::max())));
        }
        page.hasNext = hasNextLink(root);
        return page;
    });
}

Result<CallerIdentity> decodeCallerIdentity(const QByteArray &body)
{
    return json::guardedDecode<CallerIdentity>([&body] {
        const Json root = json::parseBounded(view(body), tr("the response"));
        rootObject(root);
        CallerIdentity identity;
        identity.accountId = looseString(root, "accountId");
        identity.tokenName = looseString(root, "tokenName");
        identity.tokenKind = looseString(root, "tokenKind");
        identity.authKind = looseString(root, "authKind");
        identity.memberId = looseString(root, "memberId");
        identity.serviceToken = looseBool(root, "serviceToken");
        identity.scopes = looseStringList(root, "scopes");
        identity.projectName = looseString(root, "projectName");
        identity.environmentName = looseString(root, "environmentName");
        return identity;
    });
}

Result<EnvironmentSummary> decodeEnvironment(const QByteArray &body)
{
    return json::guardedDecode<EnvironmentSummary>([&body] {
        const Json root = json::parseBounded(view(body), tr("the response"));
        rootObject(root);
        return environmentFrom(root, {});
    });
}

} // namespace ctx
