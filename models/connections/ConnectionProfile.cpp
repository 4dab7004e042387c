#include "ConnectionProfile.h"

#include <QCoreApplication>

namespace ctx {

QList<KnownInstance> knownInstances()
{
    return {
        {QCoreApplication::translate("ctx::ConnectionProfile", "Commercial"),
            QUrl(QStringLiteral("https://app.launchdarkly.com"))},
        {QCoreApplication::translate("ctx::ConnectionProfile", "EU"),
            QUrl(QStringLiteral("https://app.eu.launchdarkly.com"))},
        {QCoreApplication::translate("ctx::ConnectionProfile", "Federal"),
            QUrl(QStringLiteral("https://app.launchdarkly.us"))},
    };
}

} // namespace ctx
