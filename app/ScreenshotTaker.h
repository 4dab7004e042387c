#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace ctx {

class ContextListModel;

// --screenshot FILE: once the first page is shown, saves the window as a PNG and quits
// with 0; quits with 1 and a message on stderr when loading failed or took too long.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(
        QWidget *window, ContextListModel *model, QString path, QObject *parent = nullptr);

private:
    void onFirstPage();
    void capture();
    void fail(const QString &message);

    QWidget *m_window;
    ContextListModel *m_model;
    QString m_path;
    QTimer m_watchdog;
};

} // namespace ctx
