#pragma once

#include "ContextsApi.h"

#include <QObject>

namespace ctx {

// Deletes one context instance (DELETE .../context-instances/{id}), one at a time. The
// outcome is always reported with the context it was asked for, since the server may have
// applied it whatever the selection is by then: deleted(), or alreadyGone() for a 404. A
// failure is reported only while that context is still the one shown (until detach()).
class InstanceDeleter : public QObject
{
    Q_OBJECT
public:
    explicit InstanceDeleter(ContextsApi *api, QObject *parent = nullptr);

    // False, and nothing sent, while a delete is in flight.
    bool start(
        const EnvironmentRef &environment, const QString &instanceId, const ContextRecord &record);
    bool isDeleting() const { return m_request != nullptr; }
    // The context shown changed: a failure of the delete in flight is no longer reported.
    void detach() { m_reportFailure = false; }

signals:
    void deletingChanged(bool deleting);
    void deleted(const ctx::ContextRecord &record);
    void alreadyGone(const ctx::ContextRecord &record);
    void failed(const ctx::ApiError &error);

private:
    void onDone(const ContextRecord &record, const Result<Done> &result);

    ContextsApi *m_api;
    RequestHandle m_request;
    bool m_reportFailure = false;
};

} // namespace ctx
