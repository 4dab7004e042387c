#pragma once

#include "SandboxFaults.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback unless told otherwise
    quint16 port = 0; // 0: pick a free port
    QString databasePath; // empty: in memory
    QString token; // empty: a random token is generated
    int seedContexts = -1; // < 0: do not seed; N: project "demo", production gets N contexts
    QDateTime now; // anchor for seeded "last seen" times; invalid: current time
    // JSON Lines of ContextRecords to load into demo/production after the seed (SandboxImport);
    // without a seed the demo project is made with no contexts of its own.
    QString importPath;
    // By default like the live service since sort was deprecated: a contexts search that
    // carries `sort` (query or body) is a 400 invalid_request "sort is not supported", and
    // results come by kind, key and applicationId. legacySort (--legacy-sort): as servers that
    // still sort, `sort` ts / -ts over last seen, newest first by default.
    bool legacySort = false;
    int latencyMs = 0; // every response is sent this much later (a timer; nothing blocks)
    // At most this many requests per route in 10 s, as LaunchDarkly's routes (SandboxRateLimit);
    // 0: no limit.
    int rateLimit = 0;
    // The fault switch (`--fault`): the first matching rule that fires decides; see
    // SandboxFaultRule for the text form. faultSeed seeds its generator (`--fault-seed`).
    QList<SandboxFaultRule> faults;
    quint64 faultSeed = SandboxFaults::defaultSeed;
    // While seeding: percent done (0..100) and what is being done (SandboxSeeder::Progress).
    std::function<void(int percent, const QString &what)> seedProgress;
};

// contexts-sandbox: a local server for the subset of the LaunchDarkly REST API v2 that
// contexts-browser uses, over SQLite. Used by `contexts-browser --demo`, the tests and
// the benchmarks. Runs in the thread that created it.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the database, seeds it when asked, and listens. On failure returns false and
    // sets *error to a sentence for the person.
    bool start(const SandboxOptions &options, QString *error);

    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234
    QString token() const; // the Authorization value every request must carry

    // What start() did with seedContexts: a sentence for the person, empty when not seeding.
    // "seeded", "reused" (the database held that seed already) or "kept" (an older sandbox's).
    QString seedOutcome() const;

    // The fault switch, holding SandboxOptions::faults after start(). Tests add and clear rules
    // on a running server; a change applies to the next request.
    SandboxFaults &faults();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbox
