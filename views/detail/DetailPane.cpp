#include "DetailPane.h"

#include "AttributesSection.h"
#include "ContextDetail.h"
#include "FlagsSection.h"
#include "InstancesSection.h"
#include "RelativeTime.h"
#include "SegmentsSection.h"
#include "StatusLine.h"
#include "UserPrompts.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ctx {

DetailPane::DetailPane(ContextDetail *detail, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_prompts(prompts)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Open in LaunchDarkly"), this))
    , m_deleteButton(new QPushButton(tr("&Delete instance…"), this))
    , m_headerStatus(new StatusLine(this))
    , m_tabs(new QTabWidget(this))
    , m_attributes(new AttributesSection(detail, this))
    , m_instances(new InstancesSection(detail, this))
    , m_flags(new FlagsSection(detail, prompts, this))
    , m_segments(new SegmentsSection(detail, this))
    , m_deleteAction(new QAction(tr("&Delete instance…"), this))
    , m_openAction(new QAction(tr("&Open in LaunchDarkly"), this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Context details"));

    auto *empty = new QLabel(tr("Select a context to see its attributes, instances, expected "
                                "flag variations and segments."),
        m_stack);
    empty->setObjectName(QStringLiteral("detailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 8, 0);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_openButton->setObjectName(QStringLiteral("openInWebUi"));
    m_deleteButton->setObjectName(QStringLiteral("deleteInstance"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    header->addWidget(m_openButton, 0, Qt::AlignTop);
    header->addWidget(m_deleteButton, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_headerStatus->setRetryVisible(false);
    layout->addWidget(m_headerStatus);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Detail sections"));
    m_tabs->setAccessibleDescription(tr("The attributes, instances, expected flag variations and "
                                        "segment memberships of the selected context"));
    m_tabs->addTab(m_attributes, tr("Attributes"));
    m_tabs->addTab(m_instances, tr("Instances"));
    m_tabs->addTab(m_flags, tr("Flags"));
    m_tabs->addTab(m_segments, tr("Segments"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &DetailPane::requestDelete);
    connect(m_deleteButton, &QPushButton::clicked, this, &DetailPane::requestDelete);
    connect(
        m_openAction, &QAction::triggered, this, [this] { QDesktopServices::openUrl(webUiUrl()); });
    connect(m_openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);

    connect(m_detail, &ContextDetail::contextChanged, this, &DetailPane::showContext);
    connect(m_detail, &ContextDetail::sectionChanged, this, [this] {
        updateDeleteAction();
        updateTabTitles();
    });
    connect(m_detail, &ContextDetail::deletingChanged, this, [this](bool deleting) {
        if (deleting) {
            m_headerStatus->setError({});
            m_headerStatus->setText(tr("Deleting the instance…"));
        }
        updateDeleteAction();
    });
    connect(m_detail, &ContextDetail::instanceDeleted, this, [this](const ContextRecord &record) {
        m_headerStatus->setText({});
        emit contextDeleted(record);
    });
    connect(
        m_detail, &ContextDetail::instanceAlreadyGone, this, [this](const ContextRecord &record) {
            m_headerStatus->setText({});
            m_prompts->inform(this, tr("Already deleted"),
                tr("The instance holding %1 was already deleted. The list is refreshed.")
                    .arg(record.kindKey()));
            emit reloadRequested();
        });
    connect(m_detail, &ContextDetail::deleteFailed, this, [this](const ApiError &error) {
        m_headerStatus->setText({});
        m_headerStatus->setError(tr("The instance was not deleted: %1").arg(error.userMessage()));
    });
    showContext();
}

void DetailPane::setEnvironmentInfo(
    const QString &label, bool production, std::optional<QUrl> webUi)
{
    m_environmentLabel = label;
    m_production = production;
    m_webUi = std::move(webUi);
    showContext();
}

void DetailPane::showContext()
{
    const std::optional<ContextRecord> &record = m_detail->context();
    m_stack->setCurrentIndex(record ? 1 : 0);
    m_headerStatus->setText({});
    m_headerStatus->setError({});
    if (record) {
        m_title->setText(tr("%1 · %2").arg(record->kind, record->key));
        QStringList parts;
        if (!record->name.isEmpty())
            parts.append(record->name);
        parts.append(
            tr("last seen %1")
                .arg(RelativeTime::format(record->lastSeen, QDateTime::currentDateTimeUtc())));
        m_subtitle->setText(parts.join(QStringLiteral(" · ")));
        m_subtitle->setToolTip(RelativeTime::tooltip(record->lastSeen));
    }
    const bool linkable = record && m_webUi && !record->siteLink.isEmpty();
    m_openAction->setEnabled(linkable);
    m_openButton->setEnabled(linkable);
    m_openButton->setToolTip(linkable ? webUiUrl().toString()
            : m_webUi                 ? tr("The server did not give a web UI link for this context")
                                      : tr("The built-in demo has no web UI"));
    updateDeleteAction();
    updateTabTitles();
}

QUrl DetailPane::webUiUrl() const
{
    const std::optional<ContextRecord> &record = m_detail->context();
    if (!record || !m_webUi)
        return {};
    return m_webUi->resolved(QUrl(record->siteLink));
}

void DetailPane::updateDeleteAction()
{
    const ContextDetail::DeleteAvailability availability = m_detail->deleteAvailability();
    const bool enabled = m_detail->context() && availability.allowed && !m_detail->isDeleting();
    const QString tip = !m_detail->context() ? tr("Select a context first")
        : m_detail->isDeleting()             ? tr("A delete is in progress")
        : availability.allowed ? tr("Delete this context's only instance, after confirmation")
                               : availability.reason;
    m_deleteAction->setEnabled(enabled);
    m_deleteAction->setToolTip(tip);
    m_deleteButton->setEnabled(enabled);
    m_deleteButton->setToolTip(tip);
}

void DetailPane::updateTabTitles()
{
    const int instances = static_cast<int>(m_detail->instances()->distinctInstanceIds().size());
    const bool loaded = m_detail->context()
        && !m_detail->state(ContextDetail::Section::Instances).loading
        && !m_detail->state(ContextDetail::Section::Instances).error;
    m_tabs->setTabText(1, loaded ? tr("Instances (%1)").arg(instances) : tr("Instances"));
}

void DetailPane::requestDelete()
{
    const std::optional<ContextRecord> &record = m_detail->context();
    if (!record || !m_detail->deleteAvailability().allowed || m_detail->isDeleting())
        return;
    const ContextInstance instance = m_detail->instanceToDelete();
    DeleteConfirmation what;
    what.instanceId = instance.id;
    what.kindKeys = instance.kindKeys();
    what.environment = m_environmentLabel;
    what.production = m_production;
    what.contextKey = record->key;
    if (!m_prompts->confirmDelete(this, what))
        return;
    m_detail->deleteInstance();
}

} // namespace ctx
