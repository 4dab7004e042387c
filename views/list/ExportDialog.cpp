#include "ExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

namespace ctx {

namespace {

QString csvFilter()
{
    return ExportDialog::tr("CSV (*.csv)");
}

QString jsonLinesFilter()
{
    return ExportDialog::tr("JSON Lines (*.jsonl)");
}

// The format a chosen file asks for: its suffix first, then the dialog's filter. A name
// without a suffix gets the filter's.
ExportDestination destinationFor(QString path, const QString &selectedFilter)
{
    const QString suffix = QFileInfo(path).suffix();
    if (const auto format = ExportWriter::formatFromName(suffix))
        return {path, *format};
    const ExportFormat format
        = selectedFilter == jsonLinesFilter() ? ExportFormat::JsonLines : ExportFormat::Csv;
    if (suffix.isEmpty())
        path += QLatin1Char('.') + ExportWriter::fileSuffix(format);
    return {path, format};
}

} // namespace

ExportDialog *ExportDialog::run(QWidget *parent, ContextsApi *api,
    const EnvironmentRef &environment, const ContextQuery &query,
    const QList<ContextColumn> &columns, const DestinationChooser &chooser)
{
    const DestinationChooser choose = chooser ? chooser : fileDialogChooser();
    const std::optional<ExportDestination> destination = choose(parent, suggestedPath(environment));
    if (!destination || destination->path.isEmpty())
        return nullptr;
    ExportRequest request;
    request.environment = environment;
    request.query = query;
    request.columns = columns.isEmpty() ? ContextColumn::defaults() : columns;
    request.format = destination->format;

    auto *dialog = new ExportDialog(api, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->start(request, destination->path);
    return dialog;
}

ExportDialog::DestinationChooser ExportDialog::fileDialogChooser()
{
    return [](QWidget *parent, const QString &suggested) -> std::optional<ExportDestination> {
        QString selectedFilter = csvFilter();
        const QString path = QFileDialog::getSaveFileName(parent, tr("Export Contexts"), suggested,
            csvFilter() + QStringLiteral(";;") + jsonLinesFilter(), &selectedFilter);
        if (path.isEmpty())
            return std::nullopt;
        return destinationFor(path, selectedFilter);
    };
}

QString ExportDialog::progressText(qint64 written, std::optional<qint64> total)
{
    const QLocale locale;
    if (total && *total > 0 && *total >= written) {
        // The real service's total is approximate.
        return tr("%1 of ~%2 contexts").arg(locale.toString(written), locale.toString(*total));
    }
    return tr("%1 contexts").arg(locale.toString(written));
}

QString ExportDialog::suggestedPath(const EnvironmentRef &environment)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = QStringLiteral("contexts-%1-%2.csv")
                       .arg(environment.projectKey, environment.environmentKey);
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return QDir(folder).filePath(name);
}

ExportDialog::ExportDialog(ContextsApi *api, QWidget *parent)
    : QDialog(parent)
    , m_exporter(new ContextExporter(api, this))
    , m_status(new QLabel(this))
    , m_count(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Contexts"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_bar->setObjectName(QStringLiteral("exportProgress"));
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 0); // busy until a total is known
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_exporter, &ContextExporter::progress, this, &ExportDialog::onProgress);
    connect(m_exporter, &ContextExporter::finished, this, &ExportDialog::onFinished);
    connect(m_exporter, &ContextExporter::failed, this, &ExportDialog::onFailed);
    connect(m_exporter, &ContextExporter::cancelled, this, [this] { QDialog::reject(); });
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::start(const ExportRequest &request, const QString &path)
{
    m_path = path;
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_count->setText(progressText(0, std::nullopt));
    m_exporter->start(request, path);
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QString ExportDialog::progressLabelText() const
{
    return m_count->text();
}

void ExportDialog::reject()
{
    if (m_exporter->isRunning()) {
        m_exporter->cancel(); // cancelled() closes the dialog
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(qint64 written, std::optional<qint64> total)
{
    m_count->setText(progressText(written, total));
    if (total && *total > 0 && *total >= written) {
        // A progress bar counts in int: scale big totals down.
        const qint64 scale = *total > INT_MAX ? *total / INT_MAX + 1 : 1;
        m_bar->setRange(0, int(*total / scale));
        m_bar->setValue(int(written / scale));
    } else {
        m_bar->setRange(0, 0);
    }
}

void ExportDialog::onFinished(qint64 written)
{
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_count->setText(progressText(written, std::nullopt));
    showEnded(tr("Exported %1 contexts to %2.")
                  .arg(QLocale().toString(written), QDir::toNativeSeparators(m_path)));
}

void ExportDialog::onFailed(const QString &message)
{
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    showEnded(tr("The export failed and no file was saved. %1").arg(message));
}

void ExportDialog::showEnded(const QString &status)
{
    m_status->setText(status);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace ctx
