// bench_sandbox_load: contexts-sandbox under load (issue 7, "Sandbox as a server").
//
// Seeds (or reuses) a database file, starts the sandbox on loopback and drives it with a
// number of keep-alive HTTP/1.1 connections (64 by default) for a bounded time (30 s) and a
// bounded number of requests: 70% POST .../contexts/search (no filter, a kind filter, a
// continuationToken from an earlier reply, in turn) and 30% GET .../contexts/{kind}/{key}.
// Each connection is a QTcpSocket on the one event loop: it writes a request, reads the
// response by Content-Length, then writes the next. It prints requests, errors, throughput and
// latency percentiles per route, and the sandbox's resident memory (VmRSS) every 5 s, so that
// growth is visible. It prints figures; it never fails on them.

#include "BenchHttpClient.h"
#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-11-20T10:00:00Z"_s;
const QString kToken = u"bench-token"_s;
const QString kContexts = u"/api/v2/projects/demo/environments/production/contexts"_s;
const QString kSearch = kContexts + u"/search"_s;
constexpr int kLimit = 50;
constexpr int kRssPeriodMs = 5000;
constexpr double kRssGrowthBound = 0.10; // over the last half of the run

enum Route { SearchPlain, SearchKind, SearchContinuation, Detail, RouteCount };

const std::array<const char *, RouteCount> kRouteNames
    = {"search (no filter)", "search (kind filter)", "search (continuationToken)", "detail GET"};

struct RouteStats
{
    qint64 requests = 0;
    qint64 errors = 0;
    BenchStats latency;
};

struct RssSample
{
    double seconds = 0;
    qint64 kib = 0;
};

struct Target
{
    QString kind;
    QString key;
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// Starts the sandbox on the file (seeding it or reusing the seed) and returns once it listens.
std::optional<QUrl> startSandbox(
    QProcess &process, const QString &exe, const QString &db, int contexts)
{
    process.setProgram(exe);
    process.setArguments({u"--db"_s, db, u"--seed"_s, QString::number(contexts), u"--now"_s, kNow,
        u"--port"_s, u"0"_s, u"--token"_s, kToken});
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        if (process.canReadLine())
            return QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }
    say(u"contexts-sandbox stopped before listening"_s);
    return std::nullopt;
}

// VmRSS of a process in KiB, or -1.
qint64 residentKib(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// What the connections send, shared by all of them.
struct Load
{
    QByteArray host;
    QByteArray token;
    QList<Target> targets;
    QList<QString> continuationTokens;
    QList<QString> kinds;
    qint64 maxRequests = 0;
    qint64 sent = 0;
    QElapsedTimer clock;
    qint64 durationMs = 0;
    std::array<RouteStats, RouteCount> routes;
    BenchStats all; // every route's latencies

    bool mayContinue() const { return clock.elapsed() < durationMs && sent < maxRequests; }

    // The n-th request of the run: 7 in 10 are searches, 3 in 10 are detail reads.
    QByteArray request(qint64 n, Route *route) const
    {
        const qint64 slot = n % 10;
        QByteArray method = "POST";
        QByteArray path;
        QByteArray body;
        if (slot < 7 || targets.isEmpty()) {
            QJsonObject json {{u"limit"_s, kLimit}};
            const auto variant = static_cast<Route>(slot % 3);
            *route = variant;
            if (variant == SearchKind && !kinds.isEmpty()) {
                json.insert(u"filter"_s,
                    u"kind equals \"%1\""_s.arg(
                        kinds.at(static_cast<qsizetype>(n / 10) % kinds.size())));
            } else if (variant == SearchContinuation && !continuationTokens.isEmpty()) {
                json.insert(u"continuationToken"_s,
                    continuationTokens.at(
                        static_cast<qsizetype>(n / 10) % continuationTokens.size()));
            } else {
                *route = SearchPlain;
            }
            path = kSearch.toUtf8();
            body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        } else {
            *route = Detail;
            method = "GET";
            const Target &target = targets.at(static_cast<qsizetype>(n) % targets.size());
            path = kContexts.toUtf8() + '/' + QUrl::toPercentEncoding(target.kind) + '/'
                + QUrl::toPercentEncoding(target.key);
        }
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: "
            + token + "\r\nLD-API-Version: 20240415\r\nAccept: application/json\r\n";
        if (!body.isEmpty()) {
            out += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n";
        }
        return out + "\r\n" + body;
    }
};

// One keep-alive connection with at most one request in flight.
class Connection : public QObject
{
public:
    Connection(
        Load &load, const QHostAddress &address, quint16 port, std::function<void()> finished)
        : m_load(load)
        , m_address(address)
        , m_port(port)
        , m_finished(std::move(finished))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Connection::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(&m_socket, &QTcpSocket::disconnected, this, &Connection::lost);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                lost();
        });
    }

    void start() { open(); }
    bool done() const { return m_done; }

private:
    void open()
    {
        m_buffer.clear();
        m_socket.connectToHost(m_address, m_port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_inFlight = false;
        m_socket.abort();
        m_finished();
    }

    void sendNext()
    {
        if (!m_load.mayContinue()) {
            finish();
            return;
        }
        const qint64 n = m_load.sent++;
        m_request = m_load.request(n, &m_route);
        m_buffer.clear();
        m_inFlight = true;
        m_timer.start();
        m_socket.write(m_request);
    }

    void record(bool ok)
    {
        RouteStats &stats = m_load.routes.at(m_route);
        ++stats.requests;
        if (ok) {
            const double ms = double(m_timer.nsecsElapsed()) / 1e6;
            stats.latency.add(ms);
            m_load.all.add(ms);
        } else
            ++stats.errors;
        m_inFlight = false;
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        if (!m_inFlight)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const int status = lines.value(0).split(' ').value(1).toInt();
        qint64 length = 0;
        bool close = false;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("connection:") && lower.contains("close"))
                close = true;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const bool ok = status >= 200 && status < 300;
        record(ok);
        if (!ok && m_load.routes.at(m_route).errors <= 3) {
            say(u"HTTP %1 on %2: %3"_s.arg(status).arg(
                QString::fromUtf8(m_request.left(m_request.indexOf('\r'))),
                QString::fromUtf8(m_buffer.mid(headerEnd + 4, 200))));
        }
        m_buffer.remove(0, headerEnd + 4 + length);
        if (close) {
            m_socket.abort();
            if (m_load.mayContinue())
                open();
            else
                finish();
            return;
        }
        sendNext();
    }

    void lost()
    {
        if (m_done)
            return;
        if (m_inFlight) {
            record(false);
            if (m_load.routes.at(m_route).errors <= 3)
                say(u"transport error: "_s + m_socket.errorString());
        }
        if (m_load.mayContinue())
            QTimer::singleShot(10, this, [this] { open(); });
        else
            finish();
    }

    Load &m_load;
    QHostAddress m_address;
    quint16 m_port;
    std::function<void()> m_finished;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_request;
    QElapsedTimer m_timer;
    Route m_route = SearchPlain;
    bool m_inFlight = false;
    bool m_done = false;
};

// Kinds, keys and continuation tokens from a few search pages before the load starts.
void prepare(BenchHttpClient &http, Load &load)
{
    QJsonObject body {{u"limit"_s, kLimit}};
    for (int page = 0; page < 20; ++page) {
        const BenchHttpClient::Reply reply = http.post(kSearch, body);
        if (reply.status != 200) {
            say(u"search page %1: HTTP %2 %3"_s.arg(page).arg(reply.status).arg(reply.error));
            break;
        }
        for (const QJsonValue item : reply.json.value(u"items"_s).toArray()) {
            const QJsonObject context = item.toObject().value(u"context"_s).toObject();
            const QString kind = context.value(u"kind"_s).toString();
            const QString key = context.value(u"key"_s).toString();
            if (kind.isEmpty() || key.isEmpty())
                continue;
            load.targets.append({kind, key});
            if (!load.kinds.contains(kind))
                load.kinds.append(kind);
        }
        const QString token = reply.json.value(u"continuationToken"_s).toString();
        if (token.isEmpty())
            break;
        load.continuationTokens.append(token);
        body.insert(u"continuationToken"_s, token);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"contexts-sandbox under load: keep-alive connections against search and detail."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database file (seeded or reused)."_s, u"FILE"_s,
        QStringLiteral(BENCH_DEFAULT_DB));
    const QCommandLineOption contextsOption(
        u"contexts"_s, u"List rows to seed in production."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"Duration of the load."_s, u"S"_s, u"30"_s);
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"Concurrent keep-alive connections."_s, u"N"_s, u"64"_s);
    const QCommandLineOption maxRequestsOption(u"max-requests"_s,
        u"Stop after this many requests even before the time is up."_s, u"N"_s, u"5000000"_s);
    const QCommandLineOption exeOption(
        u"sandbox"_s, u"contexts-sandbox to run."_s, u"PATH"_s, QStringLiteral(SANDBOX_EXE));
    parser.addOptions(
        {dbOption, contextsOption, secondsOption, connectionsOption, maxRequestsOption, exeOption});
    parser.process(app);
    const QString db = parser.value(dbOption);
    const int contexts = std::max(1, parser.value(contextsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int connections = std::clamp(parser.value(connectionsOption).toInt(), 1, 1024);

    QProcess sandbox;
    const std::optional<QUrl> url = startSandbox(sandbox, parser.value(exeOption), db, contexts);
    if (!url)
        return 1;
    const QHostAddress address(url->host());
    if (!address.isLoopback()) {
        say(u"not a loopback address: "_s + url->toString());
        return 1;
    }

    Load load;
    load.host = url->authority().toUtf8();
    load.token = kToken.toUtf8();
    load.maxRequests = std::max<qint64>(1, parser.value(maxRequestsOption).toLongLong());
    load.durationMs = qint64(seconds) * 1000;
    {
        BenchHttpClient http(*url, kToken);
        prepare(http, load);
    }
    say(u"%1 detail targets, %2 continuation tokens, kinds: %3"_s.arg(load.targets.size())
            .arg(load.continuationTokens.size())
            .arg(load.kinds.join(u", "_s)));

    const qint64 pid = sandbox.processId();
    QList<RssSample> rss;
    rss.append({0, residentKib(pid)});
    QTimer rssTimer;
    rssTimer.setInterval(kRssPeriodMs);
    QObject::connect(&rssTimer, &QTimer::timeout, [&] {
        rss.append({double(load.clock.elapsed()) / 1000.0, residentKib(pid)});
    });

    int running = connections;
    std::vector<std::unique_ptr<Connection>> pool;
    pool.reserve(std::size_t(connections));
    for (int i = 0; i < connections; ++i) {
        pool.push_back(std::make_unique<Connection>(load, address, quint16(url->port()), [&] {
            if (--running == 0)
                app.quit();
        }));
    }
    // A hard bound should a connection hang: the run ends 30 s after its time at the latest.
    QTimer::singleShot(load.durationMs + 30000, &app, [&] {
        say(u"%1 connections still busy after the deadline"_s.arg(running));
        app.quit();
    });
    say(u"load: %1 connections for %2 s"_s.arg(connections).arg(seconds));
    load.clock.start();
    rssTimer.start();
    for (const auto &connection : pool)
        connection->start();
    app.exec();
    const double elapsed = double(load.clock.elapsed()) / 1000.0;
    rssTimer.stop();
    rss.append({elapsed, residentKib(pid)});
    pool.clear();

    sandbox.terminate();
    sandbox.waitForFinished(10000);

    std::printf("\nbench_sandbox_load: %s (%d contexts), %d connections, %.1f s\n\n",
        qPrintable(db), contexts, connections, elapsed);
    std::printf("| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    qint64 total = 0;
    qint64 errors = 0;
    for (int r = 0; r < RouteCount; ++r) {
        const RouteStats &stats = load.routes.at(std::size_t(r));
        total += stats.requests;
        errors += stats.errors;
        std::printf("| %s | %lld | %lld | %.0f | %.1f | %.1f | %.1f | %.1f |\n",
            kRouteNames.at(std::size_t(r)), static_cast<long long>(stats.requests),
            static_cast<long long>(stats.errors), double(stats.requests) / elapsed,
            stats.latency.percentile(50), stats.latency.percentile(95),
            stats.latency.percentile(99), stats.latency.percentile(100));
    }
    const BenchStats &all = load.all;
    std::printf("| **all** | %lld | %lld | %.0f | %.1f | %.1f | %.1f | %.1f |\n",
        static_cast<long long>(total), static_cast<long long>(errors), double(total) / elapsed,
        all.percentile(50), all.percentile(95), all.percentile(99), all.percentile(100));

    std::printf("\nsandbox VmRSS (MiB):");
    for (const RssSample &sample : std::as_const(rss))
        std::printf(" %.0fs %.1f;", sample.seconds, double(sample.kib) / 1024.0);
    std::printf("\n");

    // Growth over the last half: from the sample nearest the middle of the run to the end.
    const RssSample *middle = &rss.first();
    for (const RssSample &sample : std::as_const(rss)) {
        if (sample.seconds <= elapsed / 2)
            middle = &sample;
    }
    const RssSample &last = rss.last();
    const double growth
        = middle->kib > 0 ? double(last.kib - middle->kib) / double(middle->kib) : 0;
    const bool ok = errors == 0 && growth < kRssGrowthBound && last.kib > 0;
    std::printf("verdict: %s (errors %lld; RSS %+.1f%% from %.0f s to %.0f s, bound < %.0f%%)\n",
        ok ? "PASS" : "FAIL", static_cast<long long>(errors), growth * 100.0, middle->seconds,
        last.seconds, kRssGrowthBound * 100.0);
    std::fflush(stdout);
    return 0;
}
