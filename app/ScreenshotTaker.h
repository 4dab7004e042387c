#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace ctx {

class ContextDetail;
class ContextListModel;

// --screenshot FILE: once the first page is shown, saves the window as a PNG and quits
// with 0; quits with 1 and a message on stderr when loading failed or took too long.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    // With a detail controller, waits also until every section of the selected context
    // has finished loading (for --select).
    ScreenshotTaker(QWidget *window, ContextListModel *model, QString path,
        ContextDetail *detail = nullptr, QObject *parent = nullptr);

private:
    void onFirstPage();
    void captureWhenDetailSettled();
    void capture();
    void fail(const QString &message);

    QWidget *m_window;
    ContextListModel *m_model;
    ContextDetail *m_detail;
    bool m_waitingForDetail = false;
    QString m_path;
    QTimer m_watchdog;
};

} // namespace ctx
