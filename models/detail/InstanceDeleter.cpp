#include "InstanceDeleter.h"

namespace ctx {

InstanceDeleter::InstanceDeleter(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

bool InstanceDeleter::start(
    const EnvironmentRef &environment, const QString &instanceId, const ContextRecord &record)
{
    if (m_request)
        return false;
    m_reportFailure = true;
    m_request = m_api->deleteContextInstance(environment, instanceId,
        replyTo<Done>(
            this, [this, record](const Result<Done> &result) { onDone(record, result); }));
    emit deletingChanged(true);
    return true;
}

void InstanceDeleter::onDone(const ContextRecord &record, const Result<Done> &result)
{
    m_request.reset();
    emit deletingChanged(false);
    if (result.ok())
        emit deleted(record);
    else if (result.error().kind() == ApiError::Kind::NotFound)
        emit alreadyGone(record);
    else if (m_reportFailure)
        emit failed(result.error());
}

} // namespace ctx
