#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Watches one widget's paint events (e.g. a table's viewport) and calls back once each has
// been painted, with the time it finished (BenchClock::us). The paint itself is done by the
// widget as usual; the probe only delivers it inside its filter so that it can tell when it
// is over.
class PaintProbe : public QObject
{
    Q_OBJECT
public:
    using Painted = std::function<void(qint64 finishedUs)>;

    PaintProbe(QWidget *widget, Painted painted, QObject *parent = nullptr);
    ~PaintProbe() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    Painted m_painted;
    bool m_inside = false;
};
