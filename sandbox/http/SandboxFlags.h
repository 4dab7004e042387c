#pragma once

#include "SandboxFlagStore.h"
#include "SandboxJson.h"
#include "SandboxRows.h"

#include <QByteArray>
#include <QUrl>

namespace sandbox {

class SandboxStore;

// Flags and segments over HTTP:
//   POST .../flags/evaluate (evaluateContextInstance): every flag for a context, evaluated
//     for real (SandboxEvaluator); query: filter (`query equals <text>`, `tags contains
//     [...]`, joined with ","), sort (key, name; "-" descending), limit (-1: all), offset.
//   POST .../segments/evaluate (getContextInstanceSegmentsMembershipByEnv).
//   PUT .../contexts/{kind}/{key}/flags/{flagKey} (putContextFlagSetting): ValuePut
//     {setting, comment}; the setting becomes the context's individual target, null or
//     missing removes it.
//   GET /api/v2/flags/{p}/{flagKey} (getFeatureFlag), `env` narrows the environments.
class SandboxFlags
{
public:
    explicit SandboxFlags(const SandboxStore &store);

    SandboxReply evaluateFlags(
        const EnvironmentRow &environment, const QUrl &url, const QByteArray &body) const;
    SandboxReply evaluateSegments(const EnvironmentRow &environment, const QByteArray &body) const;
    SandboxReply putSetting(const EnvironmentRow &environment, const QString &kind,
        const QString &key, const QString &flagKey, const QByteArray &body) const;
    SandboxReply getFlag(const QString &projectKey, const QString &flagKey, const QUrl &url) const;

private:
    SandboxFlagStore m_store;
};

} // namespace sandbox
