#pragma once

#include "ContextColumn.h"
#include "ContextExporter.h"
#include "ContextQuery.h"
#include "ExportWriter.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace ctx {

class ContextsApi;

// Where an export goes and in which format.
struct ExportDestination
{
    QString path;
    ExportFormat format = ExportFormat::Csv;
};

// File → Export…: asks for a file and a format, then exports every context that matches
// the view (all pages, not only the loaded rows) showing "12,345 of ~3,000,000 contexts"
// and a Cancel button. The file appears only when the export is complete. When it ends
// the dialog says how it went and its button becomes Close.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save and in which format (the file dialog's filter or the file's
    // suffix); nullopt when the person cancels. A seam so that tests never block.
    using DestinationChooser = std::function<std::optional<ExportDestination>(
        QWidget *parent, const QString &suggestedPath)>;

    // The entry point for File → Export…: asks for the destination with `chooser` (a save
    // dialog when empty), then shows a window-modal progress dialog that runs the export and
    // deletes itself when closed. Returns it, or nullptr when no file was chosen.
    // `api` must outlive the dialog (it is a child of `parent`).
    static ExportDialog *run(QWidget *parent, ContextsApi *api, const EnvironmentRef &environment,
        const ContextQuery &query, const QList<ContextColumn> &columns,
        const DestinationChooser &chooser = {});

    // The chooser run() uses by default: QFileDialog with "CSV" and "JSON Lines" filters.
    static DestinationChooser fileDialogChooser();
    // "12,345 of ~3,000,000 contexts", or "12,345 contexts" without a usable total.
    static QString progressText(qint64 written, std::optional<qint64> total);
    // "contexts-<project>-<environment>.csv" in the documents folder.
    static QString suggestedPath(const EnvironmentRef &environment);

    explicit ExportDialog(ContextsApi *api, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Starts exporting `request` to `path`.
    void start(const ExportRequest &request, const QString &path);

    ContextExporter *exporter() const { return m_exporter; }
    QString statusText() const;
    QString progressLabelText() const;
    bool isRunning() const { return m_exporter->isRunning(); }

    // Closing the dialog (Escape, the window's close button, Cancel) cancels a running
    // export.
    void reject() override;

private:
    void onProgress(qint64 written, std::optional<qint64> total);
    void onFinished(qint64 written);
    void onFailed(const QString &message);
    void showEnded(const QString &status);

    ContextExporter *m_exporter;
    QLabel *m_status;
    QLabel *m_count;
    QProgressBar *m_bar;
    QDialogButtonBox *m_buttons;
    QString m_path;
};

} // namespace ctx
