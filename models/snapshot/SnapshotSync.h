#pragma once

#include "ContextQuery.h"
#include "ContextsApi.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace ctx {

class SnapshotFile;

// Fills a SnapshotFile with an environment's whole Contexts list: one serial walk of the
// list, page by page through the cursor, never sending `sort` (LaunchDarkly refuses it now and
// orders by kind and key). Each page is committed with the cursor that follows it, so a sync
// stopped at any instant (cancel, app closed, process killed) resumes after the last stored
// page: at most that page is fetched twice, and nothing is stored twice. Records the API sends
// that cannot be read are left out and counted. 429s and 5xx are waited out and retried by the
// REST client (RetryPolicy); a 401 or 403, or a failure to write the file (a full disk), stops
// the sync with a sentence and leaves the file as it was after the last page.
class SnapshotSync : public QObject
{
    Q_OBJECT
public:
    SnapshotSync(ContextsApi *api, SnapshotFile *file, const EnvironmentRef &environment,
        QObject *parent = nullptr);
    ~SnapshotSync() override;

    // Starts, or resumes the sync the file holds. The file must be bound to `environment`.
    void start();
    // Stops after the page in flight is dropped; the file resumes from the last stored page.
    void cancel();
    bool isRunning() const { return m_pending != nullptr; }

    // For tests: what "now" is for the sync's start and finish times.
    void setClock(std::function<QDateTime()> clock);

signals:
    void progressed(qint64 stored, qint64 pages, std::optional<qint64> reported);
    void finished();
    void failed(const QString &sentence);

private:
    void requestPage(const QString &cursor);
    void onPage(Result<ContextsPage> result);
    void fail(const QString &sentence);

    ContextsApi *m_api;
    SnapshotFile *m_file;
    EnvironmentRef m_environment;
    RequestHandle m_pending;
    quint64 m_generation = 0; // a cancelled request's reply is dropped
    std::function<QDateTime()> m_clock;
};

} // namespace ctx
