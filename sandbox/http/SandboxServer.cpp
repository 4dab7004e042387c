#include "SandboxServer.h"

#include "SandboxAccount.h"
#include "SandboxAccountSeeder.h"
#include "SandboxAttributeIndex.h"
#include "SandboxAttributes.h"
#include "SandboxCursor.h"
#include "SandboxFaultResponder.h"
#include "SandboxFaults.h"
#include "SandboxFlags.h"
#include "SandboxImport.h"
#include "SandboxInstances.h"
#include "SandboxJson.h"
#include "SandboxKinds.h"
#include "SandboxLimits.h"
#include "SandboxRateLimit.h"
#include "SandboxSearch.h"
#include "SandboxSeeder.h"
#include "SandboxStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

QString randomToken()
{
    QByteArray bytes;
    for (int i = 0; i < 4; ++i) {
        const quint32 word = QRandomGenerator::system()->generate();
        bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    return u"api-sandbox-"_s + QString::fromLatin1(bytes.toHex());
}

// The path's segments, percent-decoded; a trailing slash is ignored.
QStringList pathSegments(const QUrl &url)
{
    QStringList segments;
    const QStringList raw = url.path(QUrl::FullyEncoded).split(u'/');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i].isEmpty() && (i == 0 || i == raw.size() - 1))
            continue;
        segments.append(QUrl::fromPercentEncoding(raw[i].toUtf8()));
    }
    return segments;
}

// The host a client on this machine uses to reach `address`: the loopback of its family when
// the server listens on every address.
QString reachableHost(const QHostAddress &address)
{
    for (const QHostAddress::SpecialAddress any : {QHostAddress::Any, QHostAddress::AnyIPv4}) {
        if (address == any)
            return u"127.0.0.1"_s;
    }
    if (address == QHostAddress::AnyIPv6)
        return u"::1"_s;
    return address.toString();
}

} // namespace

struct SandboxServer::Private
{
    SandboxStore store;
    std::unique_ptr<SandboxCursor> cursor;
    std::unique_ptr<SandboxSearch> search;
    std::unique_ptr<SandboxInstances> instances;
    std::unique_ptr<SandboxFlags> flags;
    std::unique_ptr<SandboxAttributes> attributes;
    std::unique_ptr<SandboxKinds> kinds;
    std::unique_ptr<SandboxAccount> account;
    QString token;
    QString seedOutcome;
    int latencyMs = 0;
    SandboxFaults faults;
    SandboxRateLimit rateLimit;
    QUrl baseUrl;
    bool started = false;
    QHttpServer http; // last: destroyed first, so no request reaches a closed store

    bool authorized(const QHttpServerRequest &request) const
    {
        const auto headers = request.headers();
        for (const auto &[name, value] : headers) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                return equalsInConstantTime(value, token.toUtf8());
        }
        return false;
    }

    // The environment a path names, or the 404 for an unknown project or environment.
    std::optional<EnvironmentRow> environment(
        const QString &projectKey, const QString &environmentKey, SandboxReply *reply) const
    {
        std::optional<EnvironmentRow> found = store.environment(projectKey, environmentKey);
        if (!found) {
            *reply = store.projectId(projectKey)
                ? SandboxJson::notFound(u"Unknown environment \"%1\" in project \"%2\""_s.arg(
                    environmentKey, projectKey))
                : SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
        }
        return found;
    }

    // /api/v2/projects/{p}/environments/{e}/<rest>: s[6] onwards.
    SandboxReply environmentRoute(const QStringList &s, const QHttpServerRequest &request) const
    {
        const Method method = request.method();
        const qsizetype n = s.size();
        const auto only = [method](Method allowed, const QByteArray &name) {
            return method == allowed ? std::optional<SandboxReply>()
                                     : SandboxJson::methodNotAllowed(name);
        };
        std::optional<SandboxReply> refused;
        const bool evaluate
            = n == 8 && (s[6] == u"flags" || s[6] == u"segments") && s[7] == u"evaluate";
        const bool isGet = ((n == 7 || n == 8) && s[6] == u"context-attributes")
            || (n == 9 && s[6] == u"contexts");
        if (isGet)
            refused = only(Method::Get, "GET");
        else if (n == 8 && ((s[6] == u"contexts" && s[7] == u"search") || evaluate))
            refused = only(Method::Post, "POST");
        else if (n == 11 && s[6] == u"contexts" && s[9] == u"flags")
            refused = only(Method::Put, "PUT");
        else if (n == 8 && s[6] == u"context-instances") {
            if (method != Method::Get && method != Method::Delete
                && !(method == Method::Post && s[7] == u"search"))
                refused = SandboxJson::methodNotAllowed(
                    s[7] == u"search" ? "GET, DELETE, POST" : "GET, DELETE");
        } else {
            return SandboxJson::notFound();
        }
        if (refused)
            return *refused;

        SandboxReply reply;
        const std::optional<EnvironmentRow> env = environment(s[3], s[5], &reply);
        if (!env)
            return reply;
        const QUrl url = request.url();
        if (s[6] == u"context-attributes")
            return n == 7 ? attributes->names(*env, url) : attributes->values(*env, s[7], url);
        if (s[6] == u"contexts") {
            if (n == 8)
                return search->searchContexts(*env, url, request.body());
            if (n == 9)
                return search->getContexts(*env, s[7], s[8], url);
            return flags->putSetting(*env, s[7], s[8], s[10], request.body());
        }
        if (s[6] == u"context-instances") {
            if (method == Method::Post)
                return instances->search(*env, url, request.body());
            if (method == Method::Delete)
                return instances->remove(*env, s[7]);
            return instances->get(*env, s[7], url);
        }
        if (s[6] == u"flags")
            return flags->evaluateFlags(*env, url, request.body());
        return flags->evaluateSegments(*env, request.body());
    }

    SandboxReply dispatch(const QHttpServerRequest &request) const
    {
        if (std::optional<SandboxReply> refused = SandboxLimits::refuse(request))
            return *refused;
        if (!authorized(request))
            return SandboxJson::unauthorized();
        const QStringList s = pathSegments(request.url());
        if (s.size() < 3 || s[0] != u"api" || s[1] != u"v2")
            return SandboxJson::notFound();
        // /api/v2/projects, /api/v2/caller-identity, /api/v2/projects/{p}/environments/{e}
        const bool projects = s.size() == 3 && s[2] == u"projects";
        const bool identity = s.size() == 3 && s[2] == u"caller-identity";
        const bool environment = s.size() == 6 && s[2] == u"projects" && s[4] == u"environments";
        if ((projects || identity || environment) && request.method() != Method::Get)
            return SandboxJson::methodNotAllowed("GET");
        if (projects)
            return account->projects(request.url());
        if (identity)
            return account->callerIdentity();
        if (environment)
            return account->environment(s[3], s[5]);
        // /api/v2/projects/{p}/environments/{e}/...
        if (s[2] == u"projects" && s.size() >= 7 && s[4] == u"environments")
            return environmentRoute(s, request);
        // /api/v2/projects/{p}/context-kinds[/{key}]
        if (s[2] == u"projects" && s.size() == 5 && s[4] == u"context-kinds") {
            if (request.method() != Method::Get)
                return SandboxJson::methodNotAllowed("GET");
            return kinds->list(s[3]);
        }
        if (s[2] == u"projects" && s.size() == 6 && s[4] == u"context-kinds") {
            if (request.method() != Method::Put)
                return SandboxJson::methodNotAllowed("PUT");
            return kinds->put(s[3], s[5], request.body());
        }
        // /api/v2/flags/{p}/{flagKey}
        if (s[2] == u"flags" && s.size() == 5) {
            if (request.method() != Method::Get)
                return SandboxJson::methodNotAllowed("GET");
            if (!store.projectId(s[3]))
                return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(s[3]));
            return flags->getFlag(s[3], s[4], request.url());
        }
        return SandboxJson::notFound();
    }
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    QString message;
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (d->started)
        return fail(u"The sandbox is already running."_s);
    if (!d->store.open(options.databasePath, &message))
        return fail(message);
    const std::optional<QByteArray> secret = d->store.cursorSecret(&message);
    if (!secret)
        return fail(u"Cannot read the cursor secret: "_s + message);
    d->cursor = std::make_unique<SandboxCursor>(*secret);
    d->search = std::make_unique<SandboxSearch>(d->store, *d->cursor, options.legacySort);
    d->instances = std::make_unique<SandboxInstances>(d->store, *d->cursor);
    d->flags = std::make_unique<SandboxFlags>(d->store);
    d->attributes = std::make_unique<SandboxAttributes>(d->store);
    d->kinds = std::make_unique<SandboxKinds>(d->store);
    d->account = std::make_unique<SandboxAccount>(d->store);
    d->latencyMs = std::max(0, options.latencyMs);
    d->rateLimit = SandboxRateLimit(options.rateLimit);
    d->faults.setSeed(options.faultSeed);
    for (const SandboxFaultRule &rule : options.faults)
        d->faults.add(rule);
    d->token = options.token.isEmpty() ? randomToken() : options.token;

    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    // An import without a seed still needs the demo project and its environments: a seed of
    // no contexts makes them, unless the database has them already.
    int seedContexts = options.seedContexts;
    if (seedContexts < 0 && !options.importPath.isEmpty() && !d->store.projectId(u"demo"_s))
        seedContexts = 0;
    if (seedContexts >= 0) {
        SandboxSeeder seeder(d->store.database(), now.toMSecsSinceEpoch(), options.now.isValid());
        seeder.setProgress(options.seedProgress);
        if (!seeder.seed(seedContexts, &message)
            || !SandboxAccountSeeder(d->store.database(), now.toMSecsSinceEpoch()).seed(&message))
            return fail(u"Cannot seed the demo data: "_s + message);
        switch (seeder.outcome()) {
        case SandboxSeeder::Outcome::Seeded:
            d->seedOutcome = u"seeded %1 contexts"_s.arg(seedContexts);
            break;
        case SandboxSeeder::Outcome::Reused:
            d->seedOutcome = u"reused the seed of %1 contexts already in the database"
                             " (no reseeding)"_s.arg(seedContexts);
            break;
        case SandboxSeeder::Outcome::Kept:
            d->seedOutcome = u"kept the demo project already in the database (it has no seed"
                             " record, so it was not reseeded)"_s;
            break;
        }
    }
    if (!options.importPath.isEmpty()) {
        SandboxImport import(d->store.database(), now.toMSecsSinceEpoch());
        if (!import.run(options.importPath, u"demo"_s, u"production"_s, &message))
            return fail(message);
        d->seedOutcome += (d->seedOutcome.isEmpty() ? QString() : u"; "_s)
            + u"imported %1 context instances from %2"_s.arg(
                QString::number(import.imported()), options.importPath);
    }
    // After the seed and the import: the aggregates are rebuilt when the contexts changed.
    if (!SandboxAttributeIndex(d->store.database()).ensure(&message))
        return fail(message);

    d->http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            // The responder writes the head and the body separately: with Nagle's algorithm the
            // body would wait for the client's delayed ACK of the head, 40 ms on every request
            // of a kept-alive connection.
            if (QTcpSocket *socket = responder.socket())
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            const QString path = request.url().path();
            // Past the rate limit nothing runs, not even a fault rule.
            const std::optional<SandboxReply> limited = d->rateLimit.admit(request.method(), path);
            const SandboxFault fault
                = limited ? SandboxFault() : d->faults.decide(request.method(), path);
            SandboxReply reply = limited ? *limited
                : fault.runsRoute()      ? d->dispatch(request)
                                         : fault.reply();
            if (!limited)
                d->rateLimit.decorate(request.method(), path, reply);
            const int delay = d->latencyMs + fault.latencyMs;
            if (delay <= 0) {
                SandboxFaultResponder::send(responder, reply, fault.kind);
                return;
            }
            // Later, from the event loop; dropped when the client went away meanwhile.
            auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
            const QPointer<QTcpSocket> socket = delayed->socket();
            QTimer::singleShot(delay, this, [delayed, socket, reply, kind = fault.kind] {
                if (socket && socket->isOpen())
                    SandboxFaultResponder::send(*delayed, reply, kind);
            });
        });
    const quint16 port = d->http.listen(options.address, options.port);
    if (port == 0)
        return fail(u"Cannot listen on %1 port %2; is the port in use?"_s.arg(
            options.address.toString(), QString::number(options.port)));

    d->baseUrl.setScheme(u"http"_s);
    d->baseUrl.setHost(reachableHost(options.address));
    d->baseUrl.setPort(port);
    d->started = true;
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return d->baseUrl;
}

QString SandboxServer::token() const
{
    return d->token;
}

QString SandboxServer::seedOutcome() const
{
    return d->seedOutcome;
}

SandboxFaults &SandboxServer::faults()
{
    return d->faults;
}

} // namespace sandbox
