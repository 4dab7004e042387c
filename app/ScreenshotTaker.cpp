#include "ScreenshotTaker.h"

#include "ContextDetail.h"
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
    QWidget *window, ContextListModel *model, QString path, ContextDetail *detail, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_model(model)
    , m_detail(detail)
    , m_path(std::move(path))
{
    if (m_detail) {
        connect(m_detail, &ContextDetail::sectionChanged, this,
            &ScreenshotTaker::captureWhenDetailSettled);
    }
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
    if (m_detail) {
        m_waitingForDetail = true;
        captureWhenDetailSettled();
        return;
    }
    QTimer::singleShot(settleMs, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::captureWhenDetailSettled()
{
    if (!m_waitingForDetail || !m_detail->context())
        return;
    using Section = ContextDetail::Section;
    for (Section section :
        {Section::Versions, Section::Instances, Section::Flags, Section::Segments}) {
        if (m_detail->state(section).loading)
            return;
    }
    m_waitingForDetail = false;
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
    std::fprintf(
        stderr, "contexts-browser: %s\n", qPrintable(tr("the screenshot failed: %1").arg(message)));
    QCoreApplication::exit(1);
}

} // namespace ctx
