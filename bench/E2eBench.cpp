// bench_e2e: the app end to end against contexts-sandbox with 1,000,000 contexts.
//
// (a) Launch: runs this executable again as a child (--launch-child URL) that builds the app
//     the way contexts-browser's main() does (AppOptions from a command line with --base-uri,
//     --project, --environment and LD_ACCESS_TOKEN, the saved theme, AppSession, show()) and
//     reports, on the monotonic clock every process shares, when the window first painted and
//     when the table's viewport first painted rows. The parent notes the time just before it
//     starts the child, so "process start" includes exec and loading the libraries.
// (b) Filter changes: the same app in this process; a filter is set through the path the
//     person's action takes (the kinds menu's KindListModel::setCheckedKeys, the filter bar's
//     advanced text) and timed until the model has the new first page and until the table's
//     viewport has painted it. Each sample is followed by clearing the filter (timed too).
//
// Settings are read and written under the organisation "contexts-browser-bench", never the
// person's. Without QT_QPA_PLATFORM the windows are offscreen (painted, not shown).
// It prints figures; it never fails on them.

#include "AppOptions.h"
#include "AppSession.h"
#include "BenchClock.h"
#include "BenchSandbox.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "ContextsTab.h"
#include "FilterBar.h"
#include "KindListModel.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "ThemeController.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kChildFlag = u"--launch-child"_s;
constexpr int kWaitMs = 30 * 1000;

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

double ms(qint64 fromUs, qint64 toUs)
{
    return double(toUs - fromUs) / 1000.0;
}

// What main.cpp sets, but with settings of their own.
void setIdentity()
{
    QApplication::setApplicationName(u"contexts-browser"_s);
    QApplication::setApplicationDisplayName(u"Contexts Browser"_s);
    QApplication::setOrganizationName(u"contexts-browser-bench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CTX_VERSION));
}

// The app as main.cpp opens it for `contexts-browser --base-uri URL --project demo
// --environment production` with LD_ACCESS_TOKEN set.
std::unique_ptr<ctx::AppSession> openApp(const QUrl &url, QString *error)
{
    const QStringList arguments {u"contexts-browser"_s, u"--base-uri"_s, url.toString(),
        u"--project"_s, u"demo"_s, u"--environment"_s, u"production"_s};
    const auto options = ctx::AppOptions::parse(
        arguments,
        [](const char *name) {
            return qstrcmp(name, "LD_ACCESS_TOKEN") == 0 ? QString::fromLatin1(BenchSandbox::token)
                                                         : QString();
        },
        error);
    if (!options)
        return nullptr;
    ctx::ThemeController::instance()->applySaved();
    auto session = std::make_unique<ctx::AppSession>(*options);
    if (!session->start(error))
        return nullptr;
    return session;
}

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitFor(const std::function<bool()> &done, int timeoutMs = kWaitMs)
{
    return runEventsUntil(done, timeoutMs);
}

// --launch-child URL: one launch, its times on stdout as "launch <main> <app> <show> <window>
// <page> <rows>" (microseconds, monotonic clock).
int launchChild(int argc, char *argv[], qint64 mainUs)
{
    QApplication app(argc, argv);
    const qint64 appUs = BenchClock::us();
    setIdentity();
    ctx::Translations translations;
    translations.install(QLocale::system());
    const QStringList arguments = QApplication::arguments();
    const QUrl url(arguments.value(arguments.indexOf(kChildFlag) + 1));
    QString error;
    const std::unique_ptr<ctx::AppSession> session = openApp(url, &error);
    if (!session) {
        say(u"contexts-browser: "_s + error);
        return 1;
    }
    qint64 pageUs = 0;
    qint64 windowUs = 0;
    qint64 rowsUs = 0;
    QObject::connect(session->contexts(), &ctx::ContextListModel::firstPageLoaded, &app,
        [&] { pageUs = BenchClock::us(); });
    const PaintProbe probe(session->window()->table()->viewport(), [&](qint64 finishedUs) {
        if (windowUs == 0)
            windowUs = finishedUs;
        if (rowsUs == 0 && session->contexts()->rowCount() > 0) {
            rowsUs = finishedUs;
            QCoreApplication::exit(0);
        }
    });
    QTimer::singleShot(kWaitMs, &app, [] { QCoreApplication::exit(1); });
    const qint64 showUs = BenchClock::us();
    session->window()->show();
    if (QApplication::exec() != 0 || session->contexts()->lastError()) {
        say(u"no rows were painted"_s);
        return 1;
    }
    std::printf("launch %lld %lld %lld %lld %lld %lld\n", static_cast<long long>(mainUs),
        static_cast<long long>(appUs), static_cast<long long>(showUs),
        static_cast<long long>(windowUs), static_cast<long long>(pageUs),
        static_cast<long long>(rowsUs));
    return 0;
}

struct Launch
{
    BenchStats toApp; // process start -> QApplication constructed
    BenchStats toWindow; // process start -> the window's first paint
    BenchStats windowToRows; // the window's first paint -> first rows painted
    BenchStats showToRows; // show() -> first rows painted
    BenchStats toRows; // process start -> first rows painted
    QList<double> first; // the first run's figures, in the order above
};

std::optional<Launch> measureLaunches(const QUrl &url, int runs)
{
    Launch launch;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 startUs = BenchClock::us();
        child.start(QCoreApplication::applicationFilePath(), {kChildFlag, url.toString()});
        if (!child.waitForFinished(kWaitMs * 2) || child.exitCode() != 0) {
            say(u"launch %1 failed"_s.arg(run + 1));
            return std::nullopt;
        }
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 7 || fields.first() != "launch") {
            say(u"launch %1: unexpected output"_s.arg(run + 1));
            return std::nullopt;
        }
        const qint64 appUs = fields.at(2).toLongLong();
        const qint64 showUs = fields.at(3).toLongLong();
        const qint64 windowUs = fields.at(4).toLongLong();
        const qint64 rowsUs = fields.at(6).toLongLong();
        const QList<double> figures {ms(startUs, appUs), ms(startUs, windowUs),
            ms(windowUs, rowsUs), ms(showUs, rowsUs), ms(startUs, rowsUs)};
        launch.toApp.add(figures.at(0));
        launch.toWindow.add(figures.at(1));
        launch.windowToRows.add(figures.at(2));
        launch.showToRows.add(figures.at(3));
        launch.toRows.add(figures.at(4));
        if (run == 0)
            launch.first = figures;
        say(u"launch %1: window %2 ms, rows %3 ms after it"_s.arg(run + 1)
                .arg(figures.at(1), 0, 'f', 1)
                .arg(figures.at(2), 0, 'f', 1));
    }
    return launch;
}

struct Change
{
    QString name;
    std::function<void()> apply;
    std::function<void()> clear;
};

struct ChangeRow
{
    QString name;
    BenchStats page; // the change -> the model has the new first page
    BenchStats painted; // the change -> the table's viewport painted it
    double firstPainted = 0;
    int failures = 0;
};

// The window of `session` is up with rows. Times `change`: until the model has the new first
// page and until the viewport painted after it; then lets prefetching settle.
bool timeChange(ctx::AppSession &session, std::function<void(qint64)> &onPaint,
    const std::function<void()> &change, ChangeRow *row)
{
    ctx::ContextListModel *model = session.contexts();
    qint64 pageUs = 0;
    qint64 paintedUs = 0;
    const QMetaObject::Connection page
        = QObject::connect(model, &ctx::ContextListModel::firstPageLoaded, model, [&] {
              if (pageUs == 0)
                  pageUs = BenchClock::us();
          });
    onPaint = [&](qint64 finishedUs) {
        if (pageUs != 0 && paintedUs == 0)
            paintedUs = finishedUs;
    };
    const qint64 startUs = BenchClock::us();
    change();
    const bool ok = waitFor([&] { return paintedUs != 0; }) && !model->lastError();
    QObject::disconnect(page);
    onPaint = nullptr;
    if (!ok) {
        ++row->failures;
        say(u"  %1: no new rows%2"_s.arg(row->name,
            model->lastError() ? u" ("_s + model->lastError()->userMessage() + u')' : QString()));
    } else {
        if (row->painted.count() == 0)
            row->firstPainted = ms(startUs, paintedUs);
        row->page.add(ms(startUs, pageUs));
        row->painted.add(ms(startUs, paintedUs));
    }
    // The next change starts from a quiet app, as a person's would.
    waitFor([model] { return !model->isLoading(); });
    waitFor([] { return false; }, 100);
    return ok;
}

QList<ChangeRow> measureChanges(const QUrl &url, int samples)
{
    QString error;
    const std::unique_ptr<ctx::AppSession> session = openApp(url, &error);
    if (!session) {
        say(error);
        return {};
    }
    ctx::MainWindow *window = session->window();
    std::function<void(qint64)> onPaint;
    bool rowsPainted = false;
    const PaintProbe probe(window->table()->viewport(), [&](qint64 finishedUs) {
        rowsPainted = rowsPainted || session->contexts()->rowCount() > 0;
        if (onPaint)
            onPaint(finishedUs);
    });
    window->show();
    if (!waitFor([&] { return rowsPainted && session->kinds()->rowCount() > 0; })) {
        say(u"the window did not show rows and kinds"_s);
        return {};
    }
    waitFor([&] { return !session->contexts()->isLoading(); });
    ctx::KindListModel *kinds = session->kinds();
    ctx::FilterBar *filterBar = window->contextsTab()->filterBar();
    auto advanced = [filterBar](const QString &text) {
        return [filterBar, text] { filterBar->setAdvancedText(text); };
    };
    const QList<Change> changes {
        {u"kind: check \"device\" in the kinds menu"_s,
            [kinds] { kinds->setCheckedKeys({u"device"_s}); },
            [kinds] { kinds->setCheckedKeys({}); }},
        {u"attribute equals: `*.plan equals \"pro\"`"_s, advanced(u"*.plan equals \"pro\""_s),
            advanced(QString())},
        {u"key startsWith: `key startsWith \"user-00\"`"_s,
            advanced(u"key startsWith \"user-00\""_s), advanced(QString())},
    };
    QList<ChangeRow> rows;
    ChangeRow cleared {u"back to no filter (after each of the above)"_s, {}, {}, 0, 0};
    for (const Change &change : changes) {
        say(u"measuring: "_s + change.name);
        ChangeRow row {change.name, {}, {}, 0, 0};
        for (int i = 0; i < samples; ++i) {
            timeChange(*session, onPaint, change.apply, &row);
            timeChange(*session, onPaint, change.clear, &cleared);
        }
        rows.append(row);
    }
    rows.append(cleared);
    return rows;
}

QString figure(const BenchStats &stats, double percentile)
{
    return stats.count() > 0 ? QString::number(stats.percentile(percentile), 'f', 1) : u"-"_s;
}

void printLaunches(const Launch &launch, int runs)
{
    std::printf("\nLaunch to first rows, %d runs (milliseconds; run 1 is the first launch of "
                "this benchmark):\n\n",
        runs);
    std::printf("| interval | median | max | run 1 |\n|---|---:|---:|---:|\n");
    const QList<std::pair<QString, const BenchStats *>> lines {
        {u"process start → QApplication constructed"_s, &launch.toApp},
        {u"process start → window shown (first paint)"_s, &launch.toWindow},
        {u"**window shown → first rows painted** (target < 300)"_s, &launch.windowToRows},
        {u"show() → first rows painted"_s, &launch.showToRows},
        {u"process start → first rows painted"_s, &launch.toRows},
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        std::printf("| %s | %s | %s | %.1f |\n", qPrintable(lines.at(i).first),
            qPrintable(figure(*lines.at(i).second, 50)),
            qPrintable(figure(*lines.at(i).second, 100)), launch.first.value(i));
    }
}

void printChanges(const QList<ChangeRow> &rows, int samples)
{
    std::printf("\nFilter change to new rows, %d samples each (milliseconds; \"first\" is the "
                "first sample, the sandbox's first query with that filter):\n\n",
        samples);
    std::printf("| change | samples | new first page p50 | p95 | **rows painted p50** | p95 | max "
                "| first |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const ChangeRow &row : rows) {
        std::printf("| %s | %lld%s | %s | %s | %s | %s | %s | %.1f |\n", qPrintable(row.name),
            static_cast<long long>(row.painted.count()),
            row.failures > 0 ? qPrintable(u" (%1 failed)"_s.arg(row.failures)) : "",
            qPrintable(figure(row.page, 50)), qPrintable(figure(row.page, 95)),
            qPrintable(figure(row.painted, 50)), qPrintable(figure(row.painted, 95)),
            qPrintable(figure(row.painted, 100)), row.firstPainted);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainUs = BenchClock::us();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i + 1 < argc; ++i) {
        if (QString::fromLocal8Bit(argv[i]) == kChildFlag)
            return launchChild(argc, argv, mainUs);
    }

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The app end to end: launch to first rows, filter change to new rows."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database file (seeded or reused)."_s, u"FILE"_s,
        QStringLiteral(BENCH_DEFAULT_DB));
    const QCommandLineOption contextsOption(u"contexts"_s,
        u"List rows to seed in production when the file is new."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Launches."_s, u"N"_s, u"10"_s);
    const QCommandLineOption samplesOption(
        u"samples"_s, u"Samples per filter change."_s, u"N"_s, u"20"_s);
    const QCommandLineOption exeOption(
        u"sandbox"_s, u"contexts-sandbox to run."_s, u"PATH"_s, QStringLiteral(SANDBOX_EXE));
    parser.addOptions({dbOption, contextsOption, runsOption, samplesOption, exeOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int samples = std::max(1, parser.value(samplesOption).toInt());

    BenchSandbox sandbox;
    const std::optional<QUrl> url = sandbox.start(
        parser.value(exeOption), parser.value(dbOption), parser.value(contextsOption).toInt());
    if (!url)
        return 1;
    const std::optional<Launch> launch = measureLaunches(*url, runs);
    const QList<ChangeRow> changes = measureChanges(*url, samples);

    std::printf("\nbench_e2e: %s, %s contexts, platform %s\n", qPrintable(parser.value(dbOption)),
        qPrintable(parser.value(contextsOption)), qPrintable(QApplication::platformName()));
    if (launch)
        printLaunches(*launch, runs);
    if (!changes.isEmpty())
        printChanges(changes, samples);
    std::fflush(stdout);
    return launch && !changes.isEmpty() ? 0 : 1;
}
