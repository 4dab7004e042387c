#include "PaintProbe.h"

#include "BenchClock.h"

#include <QCoreApplication>
#include <QEvent>

PaintProbe::PaintProbe(QWidget *widget, Painted painted, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
    , m_painted(std::move(painted))
{
    m_widget->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    if (m_widget)
        m_widget->removeEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_inside)
        return false;
    // Delivered again from here (this filter lets it through the second time), so that the
    // widget has painted when sendEvent returns. The painter set up for this paint is still
    // active: this is the same paint, only timed.
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    m_painted(BenchClock::us());
    return true;
}
