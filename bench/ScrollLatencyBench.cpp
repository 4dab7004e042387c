// bench_scroll_latency: scrolling steadily through the Contexts list over a slow connection.
//
// contexts-sandbox answers every request 300 ms late (--latency-ms, as the real service over
// the internet). The real ContextTableView, ContextListModel and RestContextsApi list its
// 1,000,000 contexts; the view is scrolled through 2,000 rows at a steady speed with its
// scroll bar, as a mouse wheel would (a step of N rows every M ms), and sampled at every
// 16 ms frame.
//
// The person's position moves on with time, whether or not the rows there have arrived: a
// frame "shows loading rows" when the position asked for lies beyond the rows loaded (the view
// then stops at the last loaded row, where the status line says "loading more…"; a list with
// placeholder rows would show them there). The view catches up once the page arrives. The
// figure is the share of frames, and of time, with loading rows on screen.
//
// Cursor paging allows one page request at a time (the next cursor comes with the reply), so
// the list can be fed at most a page of 50 rows per round trip: about 160 rows/s at 300 ms.
// Faster scrolling outruns any prefetch distance; the table shows speeds on both sides of it.
// It prints figures; it never fails on them.

#include "BenchSandbox.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "Connection.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "RestContextsApi.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFrameMs = 16;
constexpr int kWaitMs = 60 * 1000;

struct Speed
{
    QString name;
    int rowsPerStep = 1;
    int stepMs = kFrameMs;

    double rowsPerSecond() const { return 1000.0 * rowsPerStep / stepMs; }
};

struct Run
{
    Speed speed;
    int frames = 0;
    int loadingFrames = 0;
    double ms = 0;
    double loadingMs = 0;
    double longestLoadingMs = 0;
    int pages = 0;
    int leastLead = std::numeric_limits<int>::max();
    BenchStats pageMs; // request sent -> rows in the model, as the model sees it
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = kWaitMs)
{
    return runEventsUntil(done, timeoutMs);
}

// One scroll through `rows` rows at `speed`, on a fresh model and view.
std::optional<Run> scroll(ctx::RestContextsApi &api, const Speed &speed, int rows)
{
    Run run;
    run.speed = speed;
    ctx::ContextListModel model(&api);
    ctx::ContextTableView view;
    view.setContextModel(&model);
    view.resize(1000, 700);
    view.show();

    // A page's time: from the state change that sent its request to its rows' arrival. The
    // view may send the next request from within the same reply, so a new request is told by
    // the row count it starts from.
    QElapsedTimer pageTimer;
    int requestRows = -1;
    QObject::connect(&model, &ctx::ContextListModel::stateChanged, &model, [&] {
        if (model.isLoading() && model.rowCount() != requestRows) {
            pageTimer.start();
            requestRows = model.rowCount();
        }
    });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        run.pageMs.add(double(pageTimer.nsecsElapsed()) / 1e6);
        ++run.pages;
    });
    model.setEnvironment({u"demo"_s, u"production"_s});
    // The list as it stands once the first page and what the view asks for at once are in.
    if (!waitFor([&] { return model.firstPageDone() && !model.isLoading(); })
        || model.lastError()) {
        say(u"the first pages did not arrive"_s);
        return std::nullopt;
    }
    run.pages = 0;
    run.pageMs = {};

    QScrollBar *bar = view.verticalScrollBar();
    const int rowHeight = view.verticalHeader()->defaultSectionSize();
    const int targetPx = rows * rowHeight;
    QElapsedTimer clock;
    clock.start();
    qint64 lastFrameNs = 0;
    double loadingStretchMs = 0;
    QEventLoop loop;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, &loop, [&] {
        const qint64 nowNs = clock.nsecsElapsed();
        const double frameMs = double(nowNs - lastFrameNs) / 1e6;
        lastFrameNs = nowNs;
        // Where the person has scrolled to by now (whole steps), and what the view can show.
        const qint64 steps = nowNs / (qint64(speed.stepMs) * 1000000);
        const int wantedPx = int(std::min<qint64>(steps * speed.rowsPerStep * rowHeight, targetPx));
        bar->setValue(std::min(wantedPx, bar->maximum()));
        const bool loading = wantedPx > bar->maximum() && model.hasMore();
        // Rows loaded below the bottom of the position asked for (negative: missing).
        const int lead = model.rowCount() - (wantedPx + view.viewport()->height()) / rowHeight;
        run.leastLead = std::min(run.leastLead, lead);
        ++run.frames;
        run.ms += frameMs;
        if (loading) {
            ++run.loadingFrames;
            run.loadingMs += frameMs;
            loadingStretchMs += frameMs;
            run.longestLoadingMs = std::max(run.longestLoadingMs, loadingStretchMs);
        } else {
            loadingStretchMs = 0;
        }
        if (bar->value() >= targetPx || model.lastError())
            loop.quit();
    });
    frame.start(kFrameMs);
    QTimer::singleShot(kWaitMs * 5, &loop, &QEventLoop::quit);
    loop.exec();
    if (bar->value() < targetPx) {
        say(u"the scroll did not reach row %1%2"_s.arg(rows).arg(
            model.lastError() ? u": "_s + model.lastError()->userMessage() : QString()));
        return std::nullopt;
    }
    return run;
}

double percent(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"contexts-browser-bench"_s);
    QApplication::setApplicationName(u"contexts-browser"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Scrolling the Contexts list with server latency."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database file (seeded or reused)."_s, u"FILE"_s,
        QStringLiteral(BENCH_DEFAULT_DB));
    const QCommandLineOption contextsOption(u"contexts"_s,
        u"List rows to seed in production when the file is new."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"The sandbox's added latency."_s, u"MS"_s, u"300"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to scroll through."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption exeOption(
        u"sandbox"_s, u"contexts-sandbox to run."_s, u"PATH"_s, QStringLiteral(SANDBOX_EXE));
    parser.addOptions({dbOption, contextsOption, latencyOption, rowsOption, exeOption});
    parser.process(app);
    const int rows = std::max(100, parser.value(rowsOption).toInt());

    BenchSandbox sandbox;
    const std::optional<QUrl> url = sandbox.start(parser.value(exeOption), parser.value(dbOption),
        parser.value(contextsOption).toInt(), {u"--latency-ms"_s, parser.value(latencyOption)});
    if (!url)
        return 1;
    ctx::Connection connection;
    connection.baseUrl = *url;
    connection.token = QString::fromLatin1(BenchSandbox::token);
    ctx::RestContextsApi api(connection);

    const QList<Speed> speeds {
        {u"wheel: 3 rows a step, 20 steps/s"_s, 3, 50},
        {u"smooth: 1 row a frame"_s, 1, kFrameMs},
        {u"fast wheel: 3 rows a step, 40 steps/s"_s, 3, 25},
        {u"fast: 3 rows a frame"_s, 3, kFrameMs},
        {u"fling: 4 rows a frame"_s, 4, kFrameMs},
    };
    QList<Run> runs;
    for (const Speed &speed : speeds) {
        say(u"scrolling: %1 (%2 rows/s)"_s.arg(speed.name).arg(speed.rowsPerSecond(), 0, 'f', 1));
        if (const std::optional<Run> run = scroll(api, speed, rows))
            runs.append(*run);
    }

    std::printf("\nbench_scroll_latency: %s, --latency-ms %s, %d rows, frames every %d ms, the "
                "view 1000x700 (prefetch within %d rows of the end, pages of 50)\n\n",
        qPrintable(parser.value(dbOption)), qPrintable(parser.value(latencyOption)), rows, kFrameMs,
        ctx::ContextTableView::prefetchRows);
    std::printf("| scroll | rows/s | duration (s) | frames | **frames with loading rows** | "
                "time with loading rows | longest stretch (ms) | least rows ahead | pages | page "
                "p50 (ms) | page p95 (ms) | rows/s one page at a time feeds |\n"
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Run &run : std::as_const(runs)) {
        const double pageMs = run.pageMs.percentile(50);
        std::printf("| %s | %.1f | %.1f | %d | %.1f%% (%d) | %.1f%% | %.0f | %d | %d | %.0f | %.0f "
                    "| %.0f |\n",
            qPrintable(run.speed.name), run.speed.rowsPerSecond(), run.ms / 1000.0, run.frames,
            percent(run.loadingFrames, run.frames), run.loadingFrames,
            percent(run.loadingMs, run.ms), run.longestLoadingMs, run.leastLead, run.pages, pageMs,
            run.pageMs.percentile(95),
            pageMs > 0 ? ctx::ContextQuery().pageSize * 1000.0 / pageMs : 0.0);
    }
    std::fflush(stdout);
    return runs.size() == speeds.size() ? 0 : 1;
}
