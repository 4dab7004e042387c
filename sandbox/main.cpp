// contexts-sandbox: a local server for the LaunchDarkly REST API v2 subset that contexts-browser
// uses. Prints its base URL on the first line of stdout and the token on the second.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int failure(const QString &message)
{
    std::fprintf(stderr, "contexts-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"contexts-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CTX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local server for the LaunchDarkly REST API v2 contexts endpoints, over SQLite.\n"
        "Prints its base URL on the first line of stdout and the token on the second."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s, u"TCP port to listen on (0: a free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption listen(u"listen"_s,
        u"IP address to listen on (default 127.0.0.1). Any other than a loopback address makes "
        "the sandbox reachable from the network."_s,
        u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption db(
        u"db"_s, u"SQLite database file (default: in memory)."_s, u"FILE"_s);
    const QCommandLineOption token(u"token"_s,
        u"The Authorization value every request must carry "
        "(default: a random one)."_s,
        u"T"_s);
    const QCommandLineOption seed(u"seed"_s,
        u"Seed project \"demo\" with N contexts in production. With --db, a file that holds "
        "this seed already is reused as it is; one that holds another seed is refused."_s,
        u"N"_s);
    const QCommandLineOption now(u"now"_s,
        u"RFC 3339 time that seeded \"last seen\" times count back "
        "from (default: the current time)."_s,
        u"RFC3339"_s);
    const QCommandLineOption importFile(u"import"_s,
        u"Load contexts from JSON Lines into project demo, environment production, beside or "
        "instead of --seed. Each line is a ContextRecord: {\"context\": {...}, \"lastSeen\": "
        "RFC 3339 or epoch ms, \"applicationId\": \"...\"}. A bad line refuses the file, "
        "naming its line number."_s,
        u"FILE.jsonl"_s);
    const QCommandLineOption legacySort(u"legacy-sort"_s,
        u"Accept sort (\"ts\" or \"-ts\") in a contexts search and order it by last seen, as "
        "servers did before sort was deprecated. Without it a search that carries sort is a "
        "400 \"sort is not supported\", and results come by kind, key and applicationId, as "
        "LaunchDarkly's do now."_s);
    const QCommandLineOption latency(
        u"latency-ms"_s, u"Send every response N milliseconds late (default 0)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s,
        u"At most N requests per route in a 10-second window, for all tokens together, as "
        "LaunchDarkly limits its routes: every reply carries X-Ratelimit-Route-Remaining and "
        "X-Ratelimit-Reset; past the limit a 429 rate_limited (default: no limit)."_s,
        u"N"_s);
    const QCommandLineOption fault(u"fault"_s,
        u"Inject a fault: [METHOD ]GLOB:ACTION[,ACTION...], actions latency=MS, status=CODE, "
        "malformed, truncated, drop, p=0..1, times=N; e.g. "
        "'DELETE /api/v2/projects/*/environments/*/context-instances/*:status=500'. "
        "Repeatable; the first matching rule that fires wins."_s,
        u"RULE"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s,
        u"Seed of the random numbers behind p= (default 7: runs repeat)."_s, u"N"_s);
    parser.addOptions({port, listen, db, token, seed, now, importFile, legacySort, latency,
        rateLimit, fault, faultSeed});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return failure(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().front()));

    sandbox::SandboxOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return failure(u"--port needs a number from 0 to 65535"_s);
    options.port = static_cast<quint16>(portNumber);
    if (!options.address.setAddress(parser.value(listen)))
        return failure(u"--listen needs an IP address such as 127.0.0.1, ::1 or 0.0.0.0"_s);
    options.databasePath = parser.value(db);
    options.token = parser.value(token);
    if (parser.isSet(token) && options.token.isEmpty())
        return failure(u"--token needs a value"_s);
    if (parser.isSet(seed)) {
        options.seedContexts = parser.value(seed).toInt(&ok);
        if (!ok || options.seedContexts < 0)
            return failure(u"--seed needs a number of contexts (0 or more)"_s);
    }
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!options.now.isValid())
            return failure(u"--now needs an RFC 3339 time such as 2026-11-20T10:00:00Z"_s);
    }

    options.importPath = parser.value(importFile);
    if (parser.isSet(importFile) && options.importPath.isEmpty())
        return failure(u"--import needs a file"_s);
    options.legacySort = parser.isSet(legacySort);
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600000)
        return failure(u"--latency-ms needs a number of milliseconds from 0 to 600000"_s);
    if (parser.isSet(rateLimit)) {
        options.rateLimit = parser.value(rateLimit).toInt(&ok);
        if (!ok || options.rateLimit < 1)
            return failure(u"--rate-limit needs a number of requests (1 or more)"_s);
    }
    for (const QString &text : parser.values(fault)) {
        QString problem;
        const std::optional<sandbox::SandboxFaultRule> rule
            = sandbox::SandboxFaultRule::parse(text, &problem);
        if (!rule)
            return failure(u"--fault \"%1\": %2"_s.arg(text, problem));
        options.faults.append(*rule);
    }
    if (parser.isSet(faultSeed)) {
        options.faultSeed = parser.value(faultSeed).toULongLong(&ok);
        if (!ok)
            return failure(u"--fault-seed needs a whole number (0 or more)"_s);
    }

    sandbox::SandboxServer server;
    QElapsedTimer timer;
    timer.start();
    // Progress on stderr, at most two lines a second (and always the first and the last).
    QElapsedTimer sinceLine;
    int lastPercent = -1;
    options.seedProgress = [&](int percent, const QString &what) {
        if (percent == lastPercent
            || (sinceLine.isValid() && sinceLine.elapsed() < 500 && percent < 100))
            return;
        lastPercent = percent;
        sinceLine.start();
        std::fprintf(stderr, "contexts-sandbox: seeding %d contexts: %3d%% (%s)\n",
            std::max(0, options.seedContexts), percent, qPrintable(what));
    };
    QString error;
    if (!server.start(options, &error))
        return failure(error);
    if (!options.address.isLoopback())
        std::fprintf(stderr,
            "contexts-sandbox: warning: listening on %s, so the sandbox is reachable from the "
            "network\n",
            qPrintable(options.address.toString()));
    if (!server.seedOutcome().isEmpty())
        std::fprintf(stderr, "contexts-sandbox: ready in %lld ms (%s)\n",
            static_cast<long long>(timer.elapsed()), qPrintable(server.seedOutcome()));

    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::printf("token: %s\n", qPrintable(server.token()));
    std::fflush(stdout);
    return app.exec();
}
