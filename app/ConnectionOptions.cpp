#include "ConnectionOptions.h"

namespace ctx {

ConnectionOptions::ConnectionOptions()
    : baseUri(QStringLiteral("base-uri"),
        tr("LaunchDarkly base URI, e.g. https://app.launchdarkly.com (or LD_BASE_URI)."), tr("URL"))
    , project(QStringLiteral("project"), tr("Project key (or LD_PROJECT)."), tr("KEY"))
    , environment(
          QStringLiteral("environment"), tr("Environment key (or LD_ENVIRONMENT)."), tr("KEY"))
{
}

ConnectionOptions::Values ConnectionOptions::read(
    const QCommandLineParser &parser, const std::function<QString(const char *)> &env) const
{
    const auto either = [&](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : env(variable);
    };
    return {either(baseUri, "LD_BASE_URI"), either(project, "LD_PROJECT"),
        either(environment, "LD_ENVIRONMENT")};
}

} // namespace ctx
