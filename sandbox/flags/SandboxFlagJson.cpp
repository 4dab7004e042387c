#include "SandboxFlagJson.h"

#include "SandboxJson.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

QString sitePath(const EnvironmentRow &environment, const QString &rest)
{
    return u"/%1/%2/%3"_s.arg(
        SandboxJson::segment(environment.projectKey), SandboxJson::segment(environment.key), rest);
}

} // namespace

QJsonObject SandboxFlagJson::featureFlag(const FlagRow &flag, const QString &projectKey)
{
    const QJsonObject &d = flag.definition;
    const QString key = d.value(u"key"_s).toString();
    const QString parent = u"/api/v2/flags/"_s + SandboxJson::segment(projectKey);
    QJsonObject environments;
    for (const FlagConfigRow &row : flag.environments)
        environments.insert(row.environmentKey, flagConfig(row, projectKey, key));
    QJsonObject result {
        {u"name"_s, d.value(u"name"_s)},
        {u"kind"_s, d.value(u"kind"_s)},
        {u"description"_s, d.value(u"description"_s)},
        {u"key"_s, key},
        {u"_version"_s, d.value(u"_version"_s)},
        {u"creationDate"_s, d.value(u"creationDate"_s)},
        {u"includeInSnippet"_s, false},
        {u"clientSideAvailability"_s,
            QJsonObject {{u"usingMobileKey"_s, true}, {u"usingEnvironmentId"_s, false}}},
        {u"variations"_s, d.value(u"variations"_s)},
        {u"temporary"_s, d.value(u"temporary"_s).toBool()},
        {u"tags"_s, d.value(u"tags"_s).toArray()},
        {u"_links"_s,
            QJsonObject {{u"parent"_s, SandboxJson::link(parent)},
                {u"self"_s, SandboxJson::link(parent + u'/' + SandboxJson::segment(key))}}},
        {u"maintainerId"_s, d.value(u"maintainerId"_s)},
        {u"goalIds"_s, QJsonArray()},
        {u"experiments"_s, QJsonObject {{u"baselineIdx"_s, 0}, {u"items"_s, QJsonArray()}}},
        {u"customProperties"_s, QJsonObject()},
        {u"archived"_s, false},
        {u"deprecated"_s, d.value(u"deprecated"_s).toBool()},
        {u"defaults"_s, d.value(u"defaults"_s)},
        {u"environments"_s, environments},
    };
    if (d.value(u"deprecated"_s).toBool())
        result.insert(
            u"deprecatedDate"_s, d.value(u"creationDate"_s).toInteger() + qint64(200) * 86400000);
    return result;
}

QJsonObject SandboxFlagJson::flagConfig(
    const FlagConfigRow &row, const QString &projectKey, const QString &flagKey)
{
    const QJsonObject &c = row.config;
    QJsonArray userTargets;
    QJsonArray contextTargets;
    for (const QJsonValue target : c.value(u"targets"_s).toArray()) {
        const bool user = target.toObject().value(u"contextKind"_s).toString(u"user"_s) == u"user";
        (user ? userTargets : contextTargets).append(target);
    }
    const QString sel = QString::fromLatin1(QCryptographicHash::hash(
        (flagKey + u'/' + row.environmentKey).toUtf8(), QCryptographicHash::Md5)
                                                .toHex());
    const EnvironmentRow environment {0, projectKey, row.environmentKey, {}};
    QJsonObject config {
        {u"on"_s, c.value(u"on"_s)},
        {u"archived"_s, false},
        {u"salt"_s, c.value(u"salt"_s)},
        {u"sel"_s, sel},
        {u"lastModified"_s, c.value(u"lastModified"_s)},
        {u"version"_s, c.value(u"version"_s)},
        {u"targets"_s, userTargets},
        {u"contextTargets"_s, contextTargets},
        {u"rules"_s, c.value(u"rules"_s)},
        {u"fallthrough"_s, c.value(u"fallthrough"_s)},
        {u"prerequisites"_s, c.value(u"prerequisites"_s)},
        {u"_site"_s,
            SandboxJson::link(sitePath(environment, u"features/"_s + SandboxJson::segment(flagKey)),
                u"text/html"_s)},
        {u"_environmentName"_s, row.environmentName},
        {u"trackEvents"_s, false},
        {u"trackEventsFallthrough"_s, false},
    };
    if (c.contains(u"offVariation"_s))
        config.insert(u"offVariation"_s, c.value(u"offVariation"_s));
    return config;
}

QJsonObject SandboxFlagJson::evaluation(const QJsonObject &flag,
    const SandboxEvaluator::Result &result, const EnvironmentRow &environment)
{
    const QString key = flag.value(u"key"_s).toString();
    const QString self = SandboxJson::environmentPath(environment) + u"/flags/evaluate"_s;
    const QString site
        = sitePath(environment, u"features/%1/targeting"_s.arg(SandboxJson::segment(key)));
    return {{u"name"_s, flag.value(u"name"_s)}, {u"key"_s, key}, {u"_value"_s, result.value},
        {u"reason"_s, result.reason},
        {u"_links"_s,
            QJsonObject {{u"self"_s, SandboxJson::link(self)},
                {u"site"_s, SandboxJson::link(site, u"text/html"_s)}}}};
}

QJsonObject SandboxFlagJson::membership(const QJsonObject &segment,
    const SandboxEvaluator::Membership &membership, const EnvironmentRow &environment)
{
    const QString key = segment.value(u"key"_s).toString();
    const QString self
        = u"/api/v2/segments/%1/%2/%3"_s.arg(SandboxJson::segment(environment.projectKey),
            SandboxJson::segment(environment.key), SandboxJson::segment(key));
    const QString site = sitePath(environment, u"segments/"_s + SandboxJson::segment(key));
    return {{u"name"_s, segment.value(u"name"_s)}, {u"key"_s, key},
        {u"description"_s, segment.value(u"description"_s).toString()}, {u"unbounded"_s, false},
        {u"external"_s, QString()}, {u"isMember"_s, membership.isMember()},
        {u"isIndividuallyTargeted"_s, membership.included},
        {u"isRuleTargeted"_s, membership.ruleTargeted},
        {u"_links"_s,
            QJsonObject {{u"self"_s, SandboxJson::link(self)},
                {u"site"_s, SandboxJson::link(site, u"text/html"_s)}}}};
}

} // namespace sandbox
