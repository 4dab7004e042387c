#pragma once

#include "ContextColumn.h"
#include "ContextQuery.h"
#include "ContextsApi.h"
#include "ExportWriter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;
class QSaveFile;

namespace ctx {

// What to export: every context of `query` in `environment`, with these columns.
struct ExportRequest
{
    EnvironmentRef environment;
    ContextQuery query; // its pageSize is ignored: the export asks for 50 at a time
    QList<ContextColumn> columns;
    ExportFormat format = ExportFormat::Csv;
};

// Exports every context that matches a query (every page, not only the loaded rows),
// following continuationToken and writing each page as it arrives.
//
// To a file: the bytes go to a QSaveFile (a temporary file beside the destination) that is
// committed only when the last page has been written; on failure, cancellation or
// destruction nothing is left at the destination, and an existing file there is untouched.
// To a device (stdout): written and flushed page by page; after a failure the output is
// incomplete (written() says how much arrived) and the caller must say so.
//
// Every start() ends in exactly one of finished(), failed() or cancelled(). finished() and
// failed() always arrive later from the event loop; cancelled() is emitted by cancel().
class ContextExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50; // the API's maximum

    explicit ContextExporter(ContextsApi *api, QObject *parent = nullptr);
    ~ContextExporter() override; // a running export is cancelled silently

    // Exports to the file at `outputPath` (replaced only on success).
    void start(const ExportRequest &request, const QString &outputPath);
    // Exports to `device`, open for writing; the caller keeps it alive until the end.
    void start(const ExportRequest &request, QIODevice *device);
    // Stops a running export: the request in flight is cancelled, a file is discarded and
    // cancelled() is emitted. Does nothing when no export is running.
    void cancel();

    bool isRunning() const { return m_running; }
    // Contexts written so far (the last export's count once it ended).
    qint64 written() const { return m_written; }
    // The server's total for the query, when it sent one (approximate on the real service).
    std::optional<qint64> total() const { return m_total; }
    // The destination file ("" when exporting to a device).
    QString outputPath() const { return m_outputPath; }

signals:
    void progress(qint64 written, std::optional<qint64> total);
    void finished(qint64 written);
    // One sentence for the person, e.g. the server's error or "Could not write ...".
    void failed(const QString &message);
    void cancelled();

private:
    void begin(const ExportRequest &request);
    void requestPage();
    void onPage(quint64 generation, Result<ContextsPage> result);
    bool write(const QByteArray &bytes);
    void complete();
    // Ends the export with failed(message), later from the event loop.
    void fail(const QString &message);
    // Stops asking for pages and removes the partial file.
    void stop();
    void discardFile();
    QString writeError() const;

    ContextsApi *m_api;
    ExportRequest m_request;
    std::unique_ptr<ExportWriter> m_writer;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QIODevice> m_device; // m_file or the caller's device
    QString m_outputPath;
    QString m_cursor;
    RequestHandle m_pending;
    quint64 m_generation = 0; // bumps on every start and end: stale callbacks are dropped
    qint64 m_written = 0;
    std::optional<qint64> m_total;
    bool m_running = false;
};

} // namespace ctx
