#include "ScreenshotTaker.h"

#include "ContextListModel.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QWidget>

#include <cstdio>

namespace ctx {

namespace {
constexpr int watchdogMs = 60 * 1000;
constexpr int settleMs = 150; // let layouts and the status line catch up before painting
} // namespace

ScreenshotTaker::ScreenshotTaker(
    QWidget *window, ContextListModel *model, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_path(std::move(path))
{
    connect(m_model, &ContextListModel::firstPageLoaded, this, &ScreenshotTaker::onFirstPage,
        Qt::SingleShotConnection);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this,
        [this] { fail(tr("the first page did not arrive within 60 seconds")); });
    m_watchdog.start(watchdogMs);
}

void ScreenshotTaker::onFirstPage()
{
    if (const auto error = m_model->lastError()) {
        fail(error->userMessage());
        return;
    }
    QTimer::singleShot(settleMs, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::capture()
{
    m_watchdog.stop();
    const QPixmap image = m_window->grab();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        fail(tr("could not write the screenshot to %1").arg(m_path));
        return;
    }
    QCoreApplication::exit(0);
}

void ScreenshotTaker::fail(const QString &message)
{
    m_watchdog.stop();
    std::fprintf(stderr, "contexts-browser: screenshot failed: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

} // namespace ctx
