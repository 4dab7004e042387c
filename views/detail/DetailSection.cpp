#include "DetailSection.h"

#include "StatusLine.h"

#include <QVBoxLayout>

namespace ctx {

DetailSection::DetailSection(ContextDetail *detail, ContextDetail::Section section, QWidget *parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_section(section)
    , m_layout(new QVBoxLayout)
    , m_status(new StatusLine(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addLayout(m_layout, 1);
    outer->addWidget(m_status);
    connect(m_status, &StatusLine::retryRequested, this,
        [this] { m_detail->reloadSection(m_section); });
    connect(m_detail, &ContextDetail::sectionChanged, this, [this](ContextDetail::Section s) {
        if (s != m_section)
            return;
        sectionUpdated();
        refreshStatus();
    });
    connect(m_detail, &ContextDetail::contextChanged, this, &DetailSection::refreshStatus);
}

void DetailSection::refreshStatus()
{
    const ContextDetail::SectionState state = m_detail->state(m_section);
    m_status->setError(state.error ? state.error->userMessage() : QString());
    if (m_detail->context() && state.loading)
        m_status->setText(tr("Loading…"));
    else if (m_detail->context() && !state.error)
        m_status->setText(loadedText());
    else
        m_status->setText({});
}

} // namespace ctx
