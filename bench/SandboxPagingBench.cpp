// bench_sandbox_paging: contexts list page latency of contexts-sandbox at millions of contexts.
//
// Seeds (or reuses) a database file with `contexts-sandbox --db FILE --seed N`, then times pages
// of POST .../contexts/search (limit 50) over HTTP, as the app sends them: the first page and a
// deep page (10,000 by default), for no filter, a kind filter, an attribute `equals` and an
// attribute `startsWith`. The deep page's continuationToken is minted through the sandbox's own
// search layer (SandboxSearch::tokenAfter, on a second connection to the same file), which is
// the token the server would hand out after following the cursor that far. The same pages are
// then read through the store layer with keyset and with OFFSET paging, and the ratio printed.
// It prints figures; it never fails on them.

#include "BenchHttpClient.h"
#include "BenchStats.h"
#include "FilterExpression.h"
#include "FilterSql.h"
#include "SandboxCursor.h"
#include "SandboxSearch.h"
#include "SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-11-20T10:00:00Z"_s;
const QString kToken = u"bench-token"_s;
const QString kSearch = u"/api/v2/projects/demo/environments/production/contexts/search"_s;
constexpr int kLimit = 50;

struct Scenario
{
    QString name;
    QString filter;
};

struct Row
{
    QString scenario;
    qint64 page = 0;
    qint64 matches = -1;
    double cold = 0; // the first request (the total count is not cached yet)
    double countSeconds = 0; // from the first request to a page with totalCount
    BenchStats http;
    BenchStats keyset;
    BenchStats offset;
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Starts the sandbox on the file (seeding it or reusing the seed) and returns once it listens.
std::optional<QUrl> startSandbox(QProcess &process, const QString &exe, const QString &db,
    int contexts, double *seconds, QString *outcome)
{
    process.setProgram(exe);
    process.setArguments({u"--db"_s, db, u"--seed"_s, QString::number(contexts), u"--now"_s, kNow,
        u"--port"_s, u"0"_s, u"--token"_s, kToken, u"--legacy-sort"_s});
    QElapsedTimer timer;
    timer.start();
    process.start();
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
        while (err.contains('\n')) {
            const qsizetype newline = err.indexOf('\n');
            const QString line = QString::fromUtf8(err.left(newline));
            err.remove(0, newline + 1);
            say(line);
            if (line.contains(u"ready in"_s))
                *outcome = line.mid(line.indexOf(u'(') + 1).chopped(1);
        }
        if (process.canReadLine()) {
            *seconds = double(timer.elapsed()) / 1000.0;
            return QUrl(QString::fromUtf8(process.readLine()).trimmed());
        }
    }
    say(u"contexts-sandbox stopped: "_s + QString::fromUtf8(err + process.readAllStandardError()));
    return std::nullopt;
}

std::optional<sandbox::SqlCondition> condition(const QString &filter)
{
    if (filter.isEmpty())
        return std::nullopt;
    const ctx::filter::ParseResult parsed = ctx::filter::parse(filter);
    QString error;
    return parsed.expression ? sandbox::FilterSql::translate(*parsed.expression, &error)
                             : std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Contexts list paging latency of contexts-sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database file (seeded or reused)."_s, u"FILE"_s,
        QStringLiteral(BENCH_DEFAULT_DB));
    // 3,345,000 list rows come with 3,001,735 context instances: issue 6's 3,000,000.
    const QCommandLineOption contextsOption(u"contexts"_s,
        u"List rows to seed in production (default: 3,000,000 instances' worth)."_s, u"N"_s,
        u"3345000"_s);
    const QCommandLineOption samplesOption(
        u"samples"_s, u"Requests per page (HTTP and keyset)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption offsetSamplesOption(
        u"offset-samples"_s, u"Reads per deep page with OFFSET (slow)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption deepOption(
        u"deep-page"_s, u"The deep page's number."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption reseedOption(
        u"reseed"_s, u"Delete the file first, so that the seed time is measured."_s);
    const QCommandLineOption exeOption(
        u"sandbox"_s, u"contexts-sandbox to run."_s, u"PATH"_s, QStringLiteral(SANDBOX_EXE));
    parser.addOptions({dbOption, contextsOption, samplesOption, offsetSamplesOption, deepOption,
        reseedOption, exeOption});
    parser.process(app);
    const QString db = parser.value(dbOption);
    const int contexts = parser.value(contextsOption).toInt();
    const int samples = std::max(1, parser.value(samplesOption).toInt());
    const int offsetSamples = std::max(1, parser.value(offsetSamplesOption).toInt());
    const qint64 deepPage = std::max(2, parser.value(deepOption).toInt());

    if (parser.isSet(reseedOption)) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(db + suffix);
    }
    QProcess sandbox;
    double seedSeconds = 0;
    QString outcome;
    const std::optional<QUrl> url
        = startSandbox(sandbox, parser.value(exeOption), db, contexts, &seedSeconds, &outcome);
    if (!url)
        return 1;
    BenchHttpClient http(*url, kToken);

    // The same file through the search layer: tokens and store-level timings.
    sandbox::SandboxStore store;
    QString error;
    if (!store.open(db, &error)) {
        say(error);
        return 1;
    }
    const std::optional<QByteArray> secret = store.cursorSecret(&error);
    const std::optional<sandbox::EnvironmentRow> env
        = store.environment(u"demo"_s, u"production"_s);
    if (!secret || !env) {
        say(u"The database has no demo/production environment: "_s + error);
        return 1;
    }
    const sandbox::SandboxCursor cursor(*secret);
    const sandbox::SandboxSearch search(store, cursor);
    QSqlQuery counts(store.database());
    counts.exec(u"SELECT (SELECT COUNT(*) FROM instances), (SELECT COUNT(*) FROM contexts),"
                " (SELECT COUNT(*) FROM instances WHERE env_id = %1)"_s.arg(env->id));
    counts.next();
    const qint64 instances = counts.value(0).toLongLong();
    const qint64 rows = counts.value(1).toLongLong();
    const qint64 productionInstances = counts.value(2).toLongLong();
    counts.finish();

    const QList<Scenario> scenarios = {
        {u"no filter"_s, QString()},
        {u"kind"_s, u"kind equals \"device\""_s},
        {u"attribute equals"_s, u"*.plan equals \"pro\""_s},
        {u"attribute startsWith"_s, u"user.createdAt startsWith \"2026\""_s},
        {u"key prefix (narrow)"_s, u"key startsWith \"user-00\""_s},
        {u"name prefix (narrow)"_s, u"name startsWith \"Zoe Ki\""_s},
    };
    QList<Row> table;
    for (const Scenario &scenario : scenarios) {
        say(u"measuring: "_s + scenario.name);
        sandbox::SandboxStore::ListQuery list;
        list.environmentId = env->id;
        list.filter = condition(scenario.filter);
        list.limit = kLimit + 1;
        for (const qint64 page : {qint64(1), deepPage}) {
            Row row;
            row.scenario = scenario.name
                + (scenario.filter.isEmpty() ? QString() : u" `"_s + scenario.filter + u'`');
            row.page = page;
            QJsonObject body {{u"limit"_s, kLimit}};
            if (!scenario.filter.isEmpty())
                body.insert(u"filter"_s, scenario.filter);
            const qint64 skipped = (page - 1) * kLimit;
            if (page > 1) {
                const std::optional<QString> token
                    = search.tokenAfter(*env, scenario.filter, false, skipped, &error);
                if (!token) {
                    say(u"  no page %1 (%2)"_s.arg(page).arg(error));
                    continue;
                }
                body.insert(u"continuationToken"_s, *token);
            }
            // The first request for a filter: the sandbox counts its rows, in the background
            // when that reads the whole environment; the later pages have the count.
            QElapsedTimer sinceFirst;
            sinceFirst.start();
            BenchHttpClient::Reply reply = http.post(kSearch, body);
            row.cold = reply.ms;
            while (reply.status == 200 && !reply.json.contains(u"totalCount"_s)) {
                QThread::msleep(50);
                reply = http.post(kSearch, body);
            }
            row.countSeconds = double(sinceFirst.elapsed()) / 1000.0;
            row.matches = reply.json.value(u"totalCount").toInteger(-1);
            for (int i = 0; i < samples && reply.status == 200; ++i) {
                reply = http.post(kSearch, body);
                row.http.add(reply.ms);
            }
            if (reply.status != 200)
                say(u"  HTTP %1 %2"_s.arg(reply.status).arg(reply.error));
            // The store layer: the same page by keyset (from the row before it) and by OFFSET.
            sandbox::SandboxStore::ListQuery keyset = list;
            if (page > 1)
                keyset.after = store.contextAt(list, skipped - 1, &error);
            sandbox::SandboxStore::ListQuery offset = list;
            offset.offset = skipped;
            for (int i = 0; i < samples; ++i) {
                QElapsedTimer timer;
                timer.start();
                store.listContexts(keyset, &error);
                row.keyset.add(double(timer.nsecsElapsed()) / 1e6);
            }
            for (int i = 0; i < (page > 1 ? offsetSamples : samples); ++i) {
                QElapsedTimer timer;
                timer.start();
                store.listContexts(offset, &error);
                row.offset.add(double(timer.nsecsElapsed()) / 1e6);
            }
            table.append(row);
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    std::printf("\nbench_sandbox_paging: %s\n", qPrintable(db));
    std::printf("seed: %.1f s to listening (%s); %lld list rows in production of %lld context "
                "rows, %lld instance versions in production of %lld\n",
        seedSeconds, qPrintable(outcome), static_cast<long long>(contexts),
        static_cast<long long>(rows), static_cast<long long>(productionInstances),
        static_cast<long long>(instances));
    std::printf("limit %d, %d samples a page (OFFSET: %d at deep pages); milliseconds but for "
                "\"count known\"\n\n",
        kLimit, samples, offsetSamples);
    std::printf("| scenario | matches | page | HTTP p50 | HTTP p95 | HTTP p99 | HTTP first | "
                "count known (s) | keyset p50 | OFFSET p50 | OFFSET / keyset |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row &row : std::as_const(table)) {
        const double keyset = row.keyset.percentile(50);
        const double offset = row.offset.percentile(50);
        std::printf(
            "| %s | %lld | %lld | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.1fx |\n",
            qPrintable(row.scenario), static_cast<long long>(row.matches),
            static_cast<long long>(row.page), row.http.percentile(50), row.http.percentile(95),
            row.http.percentile(99), row.cold, row.countSeconds, keyset, offset,
            keyset > 0 ? offset / keyset : 0.0);
    }
    std::fflush(stdout);
    return 0;
}
