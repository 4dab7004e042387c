#include "SnapshotSync.h"

#include "SnapshotFile.h"

namespace ctx {

SnapshotSync::SnapshotSync(
    ContextsApi *api, SnapshotFile *file, const EnvironmentRef &environment, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_file(file)
    , m_environment(environment)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

SnapshotSync::~SnapshotSync() = default;

void SnapshotSync::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void SnapshotSync::start()
{
    QString error;
    if (!m_file->beginSync(m_clock(), &error)) {
        fail(tr("The snapshot could not be written: %1").arg(error));
        return;
    }
    requestPage(m_file->facts().cursor);
}

void SnapshotSync::cancel()
{
    ++m_generation;
    if (m_pending) {
        m_pending->cancel();
        m_pending.reset();
    }
}

void SnapshotSync::requestPage(const QString &cursor)
{
    ContextQuery query;
    query.sort = SortOrder::Unsorted; // the service refuses sort; its order is kind and key
    const quint64 generation = ++m_generation;
    m_pending = m_api->searchContexts(m_environment, query, cursor,
        replyTo<ContextsPage>(this, [this, generation](Result<ContextsPage> result) {
            if (generation == m_generation)
                onPage(std::move(result));
        }));
}

void SnapshotSync::onPage(Result<ContextsPage> result)
{
    m_pending.reset();
    if (!result.ok()) {
        fail(result.error().userMessage());
        return;
    }
    const ContextsPage &page = result.value();
    QString error;
    if (!m_file->addPage(page, &error)) {
        fail(tr("The snapshot could not be written (%1). What was stored so far is kept, and the "
                "next sync resumes from there.")
                 .arg(error));
        return;
    }
    const SnapshotFile::Facts facts = m_file->facts();
    emit progressed(facts.storedCount, facts.pages, facts.reportedCount);
    if (page.hasMore()) {
        requestPage(page.continuationToken);
        return;
    }
    if (!m_file->finishSync(m_clock(), &error)) {
        fail(tr("The snapshot could not be written: %1").arg(error));
        return;
    }
    emit finished();
}

void SnapshotSync::fail(const QString &sentence)
{
    emit failed(sentence);
}

} // namespace ctx
