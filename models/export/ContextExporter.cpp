#include "ContextExporter.h"

#include <QDir>
#include <QFileDevice>
#include <QSaveFile>
#include <QTimer>

#include <climits>

namespace ctx {

ContextExporter::ContextExporter(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

ContextExporter::~ContextExporter()
{
    discardFile();
}

void ContextExporter::begin(const ExportRequest &request)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_request = request;
    m_request.query.pageSize = PageSize;
    m_writer = std::make_unique<ExportWriter>(request.format, request.columns);
    m_cursor.clear();
    m_written = 0;
    m_total.reset();
    m_outputPath.clear();
    m_running = true;
}

void ContextExporter::start(const ExportRequest &request, const QString &outputPath)
{
    begin(request);
    m_outputPath = outputPath;
    const QString shown = QDir::toNativeSeparators(outputPath);
    if (outputPath.isEmpty()) {
        fail(tr("Choose a file to export to."));
        return;
    }
    m_file = std::make_unique<QSaveFile>(outputPath);
    // Never write straight into the destination: a partial file must not look complete.
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        fail(tr("Could not create \"%1\": %2. Nothing was exported.").arg(shown, reason));
        return;
    }
    m_device = m_file.get();
    if (!write(m_writer->header())) {
        fail(writeError());
        return;
    }
    requestPage();
}

void ContextExporter::start(const ExportRequest &request, QIODevice *device)
{
    begin(request);
    m_device = device;
    if (!device || !device->isWritable()) {
        fail(tr("The output is not open for writing."));
        return;
    }
    if (!write(m_writer->header())) {
        fail(writeError());
        return;
    }
    requestPage();
}

void ContextExporter::stop()
{
    m_running = false;
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    m_pending.reset();
    discardFile();
}

void ContextExporter::cancel()
{
    if (!m_running)
        return;
    stop();
    emit cancelled();
}

void ContextExporter::requestPage()
{
    const quint64 generation = m_generation;
    m_pending = m_api->searchContexts(m_request.environment, m_request.query, m_cursor,
        replyTo<ContextsPage>(this, [this, generation](Result<ContextsPage> result) {
            onPage(generation, std::move(result));
        }));
}

void ContextExporter::onPage(quint64 generation, Result<ContextsPage> result)
{
    if (generation != m_generation || !m_running)
        return;
    m_pending.reset();
    if (!result.ok()) {
        fail(result.error().userMessage());
        return;
    }
    const ContextsPage &page = result.value();
    if (page.totalCount)
        m_total = page.totalCount;
    QByteArray bytes;
    for (const ContextRecord &record : page.items)
        bytes += m_writer->record(record);
    if (!write(bytes)) {
        fail(writeError());
        return;
    }
    m_written += page.items.size();
    if (page.hasMore() && page.continuationToken == m_cursor) {
        fail(tr("The server sent the same page again, so the export stopped after %n "
                "context(s).",
            nullptr, int(qMin<qint64>(m_written, INT_MAX))));
        return;
    }
    emit progress(m_written, m_total);
    if (generation != m_generation || !m_running)
        return; // a slot cancelled
    if (!page.hasMore()) {
        complete();
        return;
    }
    m_cursor = page.continuationToken;
    // The next request goes out from the event loop, not from inside this callback.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running)
            requestPage();
    });
}

bool ContextExporter::write(const QByteArray &bytes)
{
    if (!m_device)
        return false;
    if (!bytes.isEmpty() && m_device->write(bytes) != bytes.size())
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(m_device.data()))
        return file->flush() && file->error() == QFileDevice::NoError;
    return true;
}

void ContextExporter::complete()
{
    if (m_file) {
        if (!m_file->commit()) {
            fail(writeError());
            return;
        }
        m_file.reset();
    }
    m_device = nullptr;
    m_running = false;
    ++m_generation;
    emit finished(m_written);
}

void ContextExporter::fail(const QString &message)
{
    stop();
    m_device = nullptr;
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

void ContextExporter::discardFile()
{
    if (!m_file)
        return;
    if (m_device == m_file.get())
        m_device = nullptr;
    m_file->cancelWriting();
    m_file.reset(); // removes the temporary file; the destination is untouched
}

QString ContextExporter::writeError() const
{
    if (m_file) {
        return tr("Could not write \"%1\": %2. Nothing was exported.")
            .arg(QDir::toNativeSeparators(m_outputPath), m_file->errorString());
    }
    const QString reason = m_device ? m_device->errorString() : QString();
    return reason.isEmpty() ? tr("Could not write the output.")
                            : tr("Could not write the output: %1.").arg(reason);
}

} // namespace ctx
