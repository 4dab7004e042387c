#pragma once

#include "ContextDetail.h"

#include <QWidget>

class QVBoxLayout;

namespace ctx {

class StatusLine;

// One tab of the detail pane: its content plus its own status line (loading, error with a
// Retry that reloads only this section).
class DetailSection : public QWidget
{
    Q_OBJECT
public:
    DetailSection(ContextDetail *detail, ContextDetail::Section section, QWidget *parent = nullptr);

    StatusLine *statusLine() const { return m_status; }

protected:
    QVBoxLayout *contentLayout() const { return m_layout; }
    ContextDetail *detail() const { return m_detail; }
    // The text when loaded without error (e.g. "3 instances"); empty hides it.
    virtual QString loadedText() const { return {}; }
    // Called after the section's state changed (loaded, failed, started loading).
    virtual void sectionUpdated() { }
    void refreshStatus();

private:
    ContextDetail *m_detail;
    ContextDetail::Section m_section;
    QVBoxLayout *m_layout;
    StatusLine *m_status;
};

} // namespace ctx
