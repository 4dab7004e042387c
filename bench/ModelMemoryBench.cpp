// bench_model_memory: heap per row of ContextListModel with 100,000 rows loaded and 5
// attribute columns shown. Issue 6's target: at most 1 KiB per row beyond the process baseline.
//
// The rows are real: 2,000 pages of POST .../contexts/search {"limit": 50} from an in-process
// sandbox seeded with 100,000 contexts, fetched first (the bodies wait in a temporary file) and
// the sandbox stopped. Then the model is created with the built-in columns and 5 attribute
// columns, the heap in use is taken as the baseline (glibc mallinfo2: in use from the arenas
// plus mmapped blocks), and the pages are fed to the model as the REST client would: each body
// decoded by ctx::decodeContextsPage and handed to the model's callback, the model asking for
// the next page by fetchMore() as a scrolling view makes it do. Finally the last 600 rows are
// read in every column, as a view at the end of the list would (that fills the model's
// bounded cache of attribute cells), every input is freed, and the heap is taken again.
// It prints figures; it never fails on them.

#include "ContextListModel.h"
#include "JsonDecoder.h"
#include "SandboxPages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLimit = 50;
constexpr double kTargetBytesPerRow = 1024;

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Bytes in use on the heap: small and medium blocks in all arenas, plus mmapped blocks.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks) + static_cast<qint64>(info.hblkhd);
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

// Answers only searchContexts, and only when told: the benchmark hands each page over.
class FeedingApi : public ctx::ContextsApi
{
public:
    struct Handle : ctx::PendingRequest
    {
        void cancel() override { }
    };
    ctx::Callback<ctx::ContextsPage> pending;
    int requests = 0;

    ctx::RequestHandle searchContexts(const ctx::EnvironmentRef &, const ctx::ContextQuery &,
        const QString &, ctx::Callback<ctx::ContextsPage> done) override
    {
        pending = std::move(done);
        ++requests;
        return std::make_shared<Handle>();
    }
    ctx::RequestHandle contextKinds(
        const QString &, ctx::Callback<QList<ctx::ContextKind>>) override
    {
        return {};
    }
    ctx::RequestHandle contextVersions(const ctx::EnvironmentRef &, const QString &,
        const QString &, ctx::Callback<ctx::ContextsPage>) override
    {
        return {};
    }
    ctx::RequestHandle searchContextInstances(const ctx::EnvironmentRef &, const QString &,
        const QString &, ctx::Callback<ctx::ContextInstancesPage>) override
    {
        return {};
    }
    ctx::RequestHandle deleteContextInstance(
        const ctx::EnvironmentRef &, const QString &, ctx::Callback<ctx::Done>) override
    {
        return {};
    }
    ctx::RequestHandle evaluateFlags(const ctx::EnvironmentRef &, const QByteArray &,
        ctx::Callback<QList<ctx::FlagEvaluation>>) override
    {
        return {};
    }
    ctx::RequestHandle evaluateSegments(const ctx::EnvironmentRef &, const QByteArray &,
        ctx::Callback<QList<ctx::SegmentMembership>>) override
    {
        return {};
    }
    ctx::RequestHandle flagVariations(
        const QString &, const QString &, ctx::Callback<QList<ctx::FlagVariation>>) override
    {
        return {};
    }
    ctx::RequestHandle setFlagSetting(const ctx::EnvironmentRef &, const QString &, const QString &,
        const QString &, const std::optional<QByteArray> &, const QString &,
        ctx::Callback<ctx::Done>) override
    {
        return {};
    }
    ctx::RequestHandle contextAttributeNames(const ctx::EnvironmentRef &, const QString &, int,
        ctx::Callback<QList<ctx::KindAttributeNames>>) override
    {
        return {};
    }
    ctx::RequestHandle contextAttributeValues(const ctx::EnvironmentRef &, const QString &,
        const QString &, int, ctx::Callback<QList<ctx::KindAttributeValues>>) override
    {
        return {};
    }
    ctx::RequestHandle putContextKind(const QString &, const QString &,
        const ctx::ContextKindUpdate &, ctx::Callback<ctx::Done>) override
    {
        return {};
    }
};

// Where the rows' heap goes, field by field: each block counted once, at its malloc size.
class HeapCensus
{
public:
    qint64 block(const void *p)
    {
        if (!p || !m_seen.insert(p).second)
            return 0;
        // An in-use chunk is its usable size plus its 8-byte header.
        return static_cast<qint64>(malloc_usable_size(const_cast<void *>(p))) + 8;
    }
    qint64 of(const QString &s) { return block(const_cast<QString &>(s).data_ptr().d_ptr()); }
    qint64 of(const QByteArray &b) { return block(const_cast<QByteArray &>(b).data_ptr().d_ptr()); }
    qint64 of(const QStringList &list)
    {
        // QList does not expose its block: its size from the capacity (a 16-byte header, then
        // the elements; chunks are 16-byte multiples, 8 bytes of them malloc's).
        qint64 bytes = 0;
        if (list.capacity() > 0 && m_seen.insert(list.constData()).second)
            bytes = std::max<qint64>(
                32, (16 + list.capacity() * qint64(sizeof(QString)) + 8 + 15) / 16 * 16);
        for (const QString &s : list)
            bytes += of(s);
        return bytes;
    }

private:
    std::unordered_set<const void *> m_seen;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Heap per loaded row of the Contexts list model."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to load."_s, u"N"_s, u"100000"_s);
    parser.addOption(rowsOption);
    parser.process(app);
    const int wantedRows = std::max(kLimit, parser.value(rowsOption).toInt());
    const QStringList pointers {
        u"/email"_s, u"/plan"_s, u"/address/city"_s, u"/jobFunction"_s, u"/os/name"_s};

    // 1. The pages, from a seeded sandbox, into a temporary file; then the sandbox goes.
    QTemporaryFile pages;
    if (!pages.open()) {
        say(u"no temporary file: "_s + pages.errorString());
        return 1;
    }
    int pageCount = 0;
    qint64 bodyBytes = 0;
    double fetchSeconds = 0;
    {
        QElapsedTimer timer;
        timer.start();
        SandboxPages sandbox;
        QString error;
        say(u"seeding a sandbox with %1 contexts"_s.arg(wantedRows));
        if (!sandbox.start(wantedRows, &error)) {
            say(u"contexts-sandbox did not start: "_s + error);
            return 1;
        }
        QString cursor;
        do {
            const std::optional<QByteArray> body = sandbox.searchPage(kLimit, cursor, &error);
            if (!body) {
                say(error);
                return 1;
            }
            const ctx::Result<ctx::ContextsPage> page = ctx::decodeContextsPage(*body);
            if (!page.ok()) {
                say(page.error().detail());
                return 1;
            }
            cursor = page.value().continuationToken;
            const qint64 size = body->size();
            pages.write(reinterpret_cast<const char *>(&size), sizeof size);
            pages.write(*body);
            bodyBytes += size;
            if (++pageCount % 500 == 0)
                say(u"  %1 pages"_s.arg(pageCount));
        } while (!cursor.isEmpty() && pageCount * kLimit < wantedRows);
        pages.flush();
        fetchSeconds = double(timer.elapsed()) / 1000.0;
    }
    // Unbuffered: reading allocates nothing that outlives a page.
    const QString pagesPath = pages.fileName();
    QFile input(pagesPath);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        say(u"cannot read back %1"_s.arg(pagesPath));
        return 1;
    }
    const auto nextBody = [&input]() -> QByteArray {
        qint64 size = 0;
        if (input.read(reinterpret_cast<char *>(&size), sizeof size) != sizeof size)
            return {};
        return input.read(size);
    };
    QList<ctx::ContextColumn> columns = ctx::ContextColumn::defaults();
    for (const QString &pointer : pointers)
        columns.append(ctx::ContextColumn::attribute(pointer));
    // Whatever the decoder and the model set up once (translations, static patterns) is
    // set up before the baseline.
    {
        const QByteArray first = nextBody();
        FeedingApi api;
        ctx::ContextListModel warmUp(&api);
        warmUp.setColumns(columns);
        warmUp.setEnvironment({u"demo"_s, u"production"_s});
        if (api.pending)
            api.pending(ctx::decodeContextsPage(first));
        for (int column = 0; column < warmUp.columnCount(); ++column)
            warmUp.data(warmUp.index(0, column));
        input.seek(0);
    }

    // 2. The baseline: the application and an empty model with its columns.
    FeedingApi api;
    ctx::ContextListModel model(&api);
    model.setColumns(columns);
    malloc_trim(0);
    const qint64 baselineHeap = heapInUse();
    const qint64 baselineRss = residentBytes();

    // 3. Loading, a page at a time, as the REST client delivers them.
    QElapsedTimer loading;
    loading.start();
    model.setEnvironment({u"demo"_s, u"production"_s});
    int fed = 0;
    while (api.pending) {
        QByteArray body = nextBody();
        if (body.isEmpty())
            break;
        ctx::Result<ctx::ContextsPage> page = ctx::decodeContextsPage(body);
        body = QByteArray();
        ctx::Callback<ctx::ContextsPage> done = std::move(api.pending);
        api.pending = nullptr;
        done(std::move(page));
        ++fed;
        if (model.canFetchMore({}))
            model.fetchMore({});
    }
    const double loadSeconds = double(loading.elapsed()) / 1000.0;
    api.pending = nullptr;
    // A view at the end of the list: every cell of the last rows.
    const int rows = model.rowCount();
    const int cells = model.columnCount();
    for (int row = std::max(0, rows - 600); row < rows; ++row) {
        for (int column = 0; column < cells; ++column)
            model.data(model.index(row, column));
    }
    input.close();
    malloc_trim(0);
    const qint64 afterHeap = heapInUse();
    const qint64 afterRss = residentBytes();
    const double perRow = rows > 0 ? double(afterHeap - baselineHeap) / rows : 0;

    // Where it goes (after the measurement: the census allocates).
    HeapCensus census;
    qint64 kinds = 0, keys = 0, names = 0, sources = 0, sites = 0, privates = 0, attributes = 0,
           attributesLength = 0;
    for (int row = 0; row < rows; ++row) {
        const ctx::ContextRecord &r = model.record(row);
        kinds += census.of(r.kind);
        keys += census.of(r.key);
        names += census.of(r.name);
        sources += census.of(r.applicationId);
        sites += census.of(r.siteLink);
        privates += census.of(r.privateAttributes);
        attributes += census.of(r.attributesJson);
        attributesLength += r.attributesJson.size();
    }
    const qint64 structs = qint64(sizeof(ctx::ContextRecord)) * rows;
    const qint64 fields = kinds + keys + names + sources + sites + privates + attributes;
    const double n = rows > 0 ? rows : 1;

    std::printf("\nbench_model_memory: %d pages of %d (%s of JSON, %.1f s to seed and fetch), "
                "fed in %.1f s; columns: Kind, Key, Name, Last seen, Source, %s\n\n",
        fed, kLimit, qPrintable(mib(bodyBytes)), fetchSeconds, loadSeconds,
        qPrintable(pointers.join(u", "_s)));
    std::printf("| rows | baseline heap | heap after | bytes per row | target | met |\n");
    std::printf("|---:|---:|---:|---:|---:|---|\n");
    std::printf("| %d | %s | %s | %.0f | %.0f | %s |\n\n", rows, qPrintable(mib(baselineHeap)),
        qPrintable(mib(afterHeap)), perRow, kTargetBytesPerRow,
        perRow <= kTargetBytesPerRow ? "yes" : "no");
    std::printf("RSS (for information): %s before loading, %s after (%.0f bytes per row)\n\n",
        qPrintable(mib(baselineRss)), qPrintable(mib(afterRss)),
        rows > 0 ? double(afterRss - baselineRss) / rows : 0.0);
    std::printf("Where a row's heap goes (malloc block sizes, shared blocks counted once):\n\n");
    std::printf("| part | bytes per row |\n|---|---:|\n");
    const auto line = [n](const char *part, qint64 bytes) {
        std::printf("| %s | %.0f |\n", part, double(bytes) / n);
    };
    line("ContextRecord itself (sizeof, in the rows array)", structs);
    line("kind", kinds);
    line("key", keys);
    line("name", names);
    line("applicationId (source)", sources);
    line("siteLink", sites);
    line("privateAttributes", privates);
    std::printf("| attributesJson (%.0f bytes of JSON on average) | %.0f |\n",
        double(attributesLength) / n, double(attributes) / n);
    line("the rest (rows array's spare capacity, cell cache, ...)",
        afterHeap - baselineHeap - structs - fields);
    return 0;
}
