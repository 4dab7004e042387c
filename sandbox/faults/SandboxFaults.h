#pragma once

#include "SandboxJson.h"
#include "SandboxRandom.h"

#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace sandbox {

// How a fault answers instead of the normal response.
enum class FaultKind {
    None, // the route's response as usual (maybe later, with latency)
    Status, // an error status with a spec-shaped body; the route does not run
    Malformed, // the route's status with a body that is not JSON (correct Content-Length)
    Truncated, // the route's full Content-Length, about half the body, then the connection closes
    Drop, // the connection closes without a response; the route does not run
};

// One rule of `contexts-sandbox --fault`. Text form: `[METHOD ]GLOB:ACTION[,ACTION...]`.
//
// GLOB is matched against the request's (percent-decoded) path. `*` matches within one
// segment (no `/`), `**` matches anything, `/` included. A glob that starts with `/` matches the
// whole path; one that does not matches the path's end at a segment boundary, so
// `*/contexts/search` matches `/api/v2/projects/demo/environments/production/contexts/search`.
//
// ACTIONs: `latency=MS` (0..600000, added to --latency-ms), at most one of `status=CODE` (an
// error status, 400..599), `malformed`, `truncated`, `drop`; `p=0..1` (the chance the rule
// fires, default 1) and `times=N` (fires at most N times, default unlimited).
struct SandboxFaultRule
{
    QString method; // upper case; empty: any method
    QString glob;
    int latencyMs = 0;
    FaultKind kind = FaultKind::None;
    int status = 0; // with FaultKind::Status
    double probability = 1.0;
    int times = -1; // < 0: unlimited
    QString text; // as written

    // The rule the text describes, or nullopt and *error a sentence naming what is wrong.
    static std::optional<SandboxFaultRule> parse(const QString &text, QString *error);
};

// What the fault switch decided for one request.
struct SandboxFault
{
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
    int status = 0;

    bool runsRoute() const { return kind != FaultKind::Status && kind != FaultKind::Drop; }
    // The reply of a route that does not run: the spec-shaped error of a status fault.
    SandboxReply reply() const;
};

// "GET", "POST", "DELETE"...: a request's method as written in rules and routes.
QString methodName(QHttpServerRequest::Method method);

// The fault switch of a SandboxServer: an ordered list of rules; the first matching rule that
// fires decides. The random generator is seeded (fixed by default), so runs are reproducible.
class SandboxFaults
{
public:
    static constexpr quint64 defaultSeed = 7;

    explicit SandboxFaults(quint64 seed = defaultSeed);

    void add(const SandboxFaultRule &rule);
    // Parses and adds; false and *error when the text is not a rule.
    bool add(const QString &text, QString *error);
    void clear();
    void setSeed(quint64 seed);
    QList<SandboxFaultRule> rules() const;

    SandboxFault decide(QHttpServerRequest::Method method, const QString &path);

private:
    struct Entry
    {
        SandboxFaultRule rule;
        QRegularExpression pattern;
        int fired = 0;
    };
    QList<Entry> m_entries;
    SandboxRandom m_random;
};

} // namespace sandbox
