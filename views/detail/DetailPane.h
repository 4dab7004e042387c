#pragma once

#include "ContextRecord.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace ctx {

class AttributesSection;
class ContextDetail;
class FlagsSection;
class InstancesSection;
class SegmentsSection;
class StatusLine;
class UserPrompts;

// Everything about the selected context: a header (kind, key, name, last seen, a link to
// the web UI, Delete instance) and one tab per section, each loading on its own.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(ContextDetail *detail, UserPrompts *prompts, QWidget *parent = nullptr);

    // What the delete confirmation names, whether it is a production environment (the
    // person then types the key), and the web UI's base URL (none: the link is disabled).
    void setEnvironmentInfo(const QString &label, bool production, std::optional<QUrl> webUi);

    // "Delete instance…": enabled only when the context has exactly one instance; its
    // tooltip says why not. Shared with the list's context menu and the Delete key.
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *openInWebUiAction() const { return m_openAction; }
    // Asks for confirmation, then deletes. Does nothing when not allowed or in flight.
    void requestDelete();

    QTabWidget *tabs() const { return m_tabs; }
    StatusLine *headerStatus() const { return m_headerStatus; }
    AttributesSection *attributesSection() const { return m_attributes; }
    InstancesSection *instancesSection() const { return m_instances; }
    FlagsSection *flagsSection() const { return m_flags; }
    SegmentsSection *segmentsSection() const { return m_segments; }

signals:
    // The server removed the instance (204): the list drops the context's rows.
    void contextDeleted(const ctx::ContextRecord &record);
    // It was already gone (404): the list reloads.
    void reloadRequested();

private:
    void showContext();
    void updateDeleteAction();
    void updateTabTitles();
    QUrl webUiUrl() const;

    ContextDetail *m_detail;
    UserPrompts *m_prompts;
    QString m_environmentLabel;
    bool m_production = false;
    std::optional<QUrl> m_webUi;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_openButton;
    QPushButton *m_deleteButton;
    StatusLine *m_headerStatus;
    QTabWidget *m_tabs;
    AttributesSection *m_attributes;
    InstancesSection *m_instances;
    FlagsSection *m_flags;
    SegmentsSection *m_segments;
    QAction *m_deleteAction;
    QAction *m_openAction;
};

} // namespace ctx
