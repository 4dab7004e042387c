// bench_decode: decoding a page of 50 contexts into ctx::ContextsPage, with the app's decoder
// (ctx::decodeContextsPage, nlohmann_json) and with the same decode written on QJsonDocument
// (QtJsonContextsDecoder), side by side in one run (Google Benchmark).
//
// The page is real: the first page of POST .../contexts/search {"limit": 50} from an
// in-process sandbox seeded with 1,000 contexts, as the bytes arrive. Also the body of
// GET .../contexts/{kind}/{key} (a context's versions by source), which the details pane
// decodes with the same function. Both decoders are first checked to give the same records;
// the run stops if they do not. Issue 6's target: ours at least as fast as QJsonDocument.
// It prints figures; it never fails on them. Google Benchmark's flags apply
// (--benchmark_filter, --benchmark_min_time, --benchmark_repetitions, ...).

#include "JsonDecoder.h"
#include "QtJsonContextsDecoder.h"
#include "SandboxPages.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSeed = 1000;
constexpr int kLimit = 50;
const QString kDetailPath
    = u"/api/v2/projects/demo/environments/production/contexts/user/user-key-123abc?limit=50"_s;

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

using Decoder = ctx::Result<ctx::ContextsPage> (*)(const QByteArray &);

// Everything a record carries, as one comparable text.
QString describe(const ctx::ContextRecord &r)
{
    return u"%1:%2 name=%3 app=%4 seen=%5 assoc=%6 site=%7 private=[%8] attrs=%9"_s
        .arg(r.kind, r.key, r.name, r.applicationId, r.lastSeen.toString(Qt::ISODateWithMs))
        .arg(r.associatedContexts)
        .arg(r.siteLink, r.privateAttributes.join(u','), QString::fromUtf8(r.attributesJson));
}

// Both decoders must agree before their speeds mean anything. attributesJson is compared as
// bytes; QJsonObject orders members by name, which the sandbox's output already does.
bool sameRecords(const QString &what, const QByteArray &body)
{
    const ctx::Result<ctx::ContextsPage> ours = ctx::decodeContextsPage(body);
    const ctx::Result<ctx::ContextsPage> theirs = qtjson::decodeContextsPage(body);
    if (!ours.ok() || !theirs.ok()) {
        say(u"%1: a decoder failed: nlohmann_json: %2; QJsonDocument: %3"_s.arg(what,
            ours.ok() ? u"ok"_s : ours.error().detail(),
            theirs.ok() ? u"ok"_s : theirs.error().detail()));
        return false;
    }
    const ctx::ContextsPage &a = ours.value();
    const ctx::ContextsPage &b = theirs.value();
    if (a.items.size() != b.items.size()) {
        say(u"%1: %2 records with nlohmann_json, %3 with QJsonDocument"_s.arg(what)
                .arg(a.items.size())
                .arg(b.items.size()));
        return false;
    }
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (describe(a.items.at(i)) != describe(b.items.at(i))) {
            say(u"%1: record %2 differs:\n  nlohmann_json: %3\n  QJsonDocument: %4"_s.arg(what)
                    .arg(i)
                    .arg(describe(a.items.at(i)), describe(b.items.at(i))));
            return false;
        }
    }
    if (a.totalCount != b.totalCount || a.continuationToken != b.continuationToken
        || a.nextLink != b.nextLink || a.environmentId != b.environmentId) {
        say(u"%1: the page fields differ"_s.arg(what));
        return false;
    }
    say(u"%1: both decoders give the same %2 records"_s.arg(what).arg(a.items.size()));
    return true;
}

void decodeLoop(benchmark::State &state, Decoder decode, const QByteArray *body)
{
    qsizetype records = 0;
    while (state.KeepRunning()) {
        ctx::Result<ctx::ContextsPage> page = decode(*body);
        benchmark::DoNotOptimize(page);
        records = page.ok() ? page.value().items.size() : -1;
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * body->size());
    state.counters["records"] = static_cast<double>(records);
}

// Keeps each benchmark's figures (the median when repeated) for the summary table.
class CollectingReporter : public benchmark::ConsoleReporter
{
public:
    struct Figures
    {
        double ns = 0; // CPU time per iteration (one body)
    };
    std::map<std::string, Figures> figures;

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            const bool aggregate = run.run_type == Run::RT_Aggregate;
            if (aggregate && run.aggregate_name != "median")
                continue;
            // A single run stands for itself; with repetitions, only the median does.
            if (!aggregate && run.repetitions > 1)
                continue;
            Figures f;
            // CPU time: on a busy machine the wall clock also counts time spent preempted.
            f.ns = run.GetAdjustedCPUTime() * multiplier(run.time_unit);
            figures[run.run_name.function_name] = f;
        }
        ConsoleReporter::ReportRuns(runs);
    }

private:
    static double multiplier(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kNanosecond:
            return 1;
        case benchmark::kMicrosecond:
            return 1e3;
        case benchmark::kMillisecond:
            return 1e6;
        case benchmark::kSecond:
            return 1e9;
        }
        return 1;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Defaults for a machine that may be busy: short runs, repeated and interleaved at random,
    // the median kept. Flags given on the command line come later and win.
    std::vector<char *> args {argv[0]};
    std::string defaults[] = {"--benchmark_repetitions=9", "--benchmark_min_time=0.2",
        "--benchmark_enable_random_interleaving=true", "--benchmark_report_aggregates_only=true"};
    for (std::string &flag : defaults)
        args.push_back(flag.data());
    args.insert(args.end(), argv + 1, argv + argc);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    QCoreApplication app(count, args.data());

    // The bodies, from a seeded sandbox; the server is gone before anything is timed.
    QByteArray page;
    QByteArray detail;
    {
        SandboxPages sandbox;
        QString error;
        if (!sandbox.start(kSeed, &error)) {
            say(u"contexts-sandbox did not start: "_s + error);
            return 1;
        }
        const std::optional<QByteArray> pageBody = sandbox.searchPage(kLimit, {}, &error);
        const std::optional<QByteArray> detailBody
            = pageBody ? sandbox.get(kDetailPath, &error) : std::nullopt;
        if (!pageBody || !detailBody) {
            say(error);
            return 1;
        }
        page = *pageBody;
        detail = *detailBody;
    }
    if (!sameRecords(u"page"_s, page) || !sameRecords(u"detail"_s, detail))
        return 1;
    const qsizetype pageRecords = ctx::decodeContextsPage(page).value().items.size();
    const qsizetype detailRecords = ctx::decodeContextsPage(detail).value().items.size();

    const struct
    {
        const char *name;
        Decoder decode;
        const QByteArray *body;
    } cases[] = {
        {"page50/nlohmann_json", &ctx::decodeContextsPage, &page},
        {"page50/QJsonDocument", &qtjson::decodeContextsPage, &page},
        {"detail/nlohmann_json", &ctx::decodeContextsPage, &detail},
        {"detail/QJsonDocument", &qtjson::decodeContextsPage, &detail},
    };
    for (const auto &c : cases) {
        benchmark::RegisterBenchmark(c.name, decodeLoop, c.decode, c.body)
            ->Unit(benchmark::kMicrosecond);
    }
    CollectingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    std::printf("\nbench_decode: POST .../contexts/search {\"limit\":%d}, the first page of a "
                "sandbox seeded with %d contexts: %lld bytes, %lld records; GET "
                ".../contexts/user/user-key-123abc: %lld bytes, %lld records\n\n",
        kLimit, kSeed, static_cast<long long>(page.size()), static_cast<long long>(pageRecords),
        static_cast<long long>(detail.size()), static_cast<long long>(detailRecords));
    std::printf("Medians of the repetitions, CPU time; MB/s is 10^6 bytes of JSON per second.\n\n");
    std::printf("| body | decoder | ns per body | MB/s |\n|---|---|---:|---:|\n");
    for (const auto &c : cases) {
        const auto it = reporter.figures.find(c.name);
        if (it == reporter.figures.end())
            continue;
        const std::string name = c.name;
        const auto slash = name.find('/');
        std::printf("| %s | %s | %.0f | %.1f |\n", name.substr(0, slash).c_str(),
            name.substr(slash + 1).c_str(), it->second.ns,
            double(c.body->size()) / it->second.ns * 1e3);
    }
    std::printf("\n");
    for (const char *body : {"page50", "detail"}) {
        const auto ours = reporter.figures.find(std::string(body) + "/nlohmann_json");
        const auto theirs = reporter.figures.find(std::string(body) + "/QJsonDocument");
        if (ours == reporter.figures.end() || theirs == reporter.figures.end())
            continue;
        const double ratio = ours->second.ns / theirs->second.ns;
        std::printf("%s: time nlohmann_json / QJsonDocument = %.2f (above 1: ours is slower); "
                    "target <= 1.00: %s\n",
            body, ratio, ratio <= 1.0 ? "met" : "not met");
    }
    return 0;
}
