#include "SandboxServer.h"

#include "SandboxCursor.h"
#include "SandboxJson.h"
#include "SandboxSearch.h"
#include "SandboxSeeder.h"
#include "SandboxStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QRandomGenerator>

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

} // namespace

struct SandboxServer::Private
{
    SandboxStore store;
    std::unique_ptr<SandboxCursor> cursor;
    std::unique_ptr<SandboxSearch> search;
    QString token;
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

    SandboxReply contextKinds(const QString &projectKey) const
    {
        const std::optional<qint64> projectId = store.projectId(projectKey);
        if (!projectId)
            return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
        QString error;
        const std::optional<QList<ContextKindRow>> kinds = store.contextKinds(*projectId, &error);
        if (!kinds)
            return SandboxJson::error(
                QHttpServerResponder::StatusCode::InternalServerError, u"internal_error"_s, error);
        QJsonArray items;
        for (const ContextKindRow &kind : *kinds)
            items.append(SandboxJson::contextKind(kind, projectKey));
        const QString self
            = u"/api/v2/projects/%1/context-kinds"_s.arg(SandboxJson::segment(projectKey));
        return SandboxJson::ok({{u"items"_s, items},
            {u"_links"_s, QJsonObject {{u"self"_s, SandboxJson::link(self)}}}});
    }

    SandboxReply searchContexts(const QString &projectKey, const QString &environmentKey,
        const QHttpServerRequest &request) const
    {
        const std::optional<EnvironmentRow> environment
            = store.environment(projectKey, environmentKey);
        if (!environment) {
            if (!store.projectId(projectKey))
                return SandboxJson::notFound(u"Unknown project \"%1\""_s.arg(projectKey));
            return SandboxJson::notFound(
                u"Unknown environment \"%1\" in project \"%2\""_s.arg(environmentKey, projectKey));
        }
        return search->searchContexts(*environment, request.url(), request.body());
    }

    SandboxReply dispatch(const QHttpServerRequest &request) const
    {
        if (!authorized(request))
            return SandboxJson::unauthorized();
        const QStringList s = pathSegments(request.url());
        const bool api = s.size() >= 3 && s[0] == u"api" && s[1] == u"v2" && s[2] == u"projects";
        // /api/v2/projects/{p}/environments/{e}/contexts/search
        if (api && s.size() == 8 && s[4] == u"environments" && s[6] == u"contexts"
            && s[7] == u"search") {
            if (request.method() != Method::Post)
                return SandboxJson::methodNotAllowed("POST");
            return searchContexts(s[3], s[5], request);
        }
        // /api/v2/projects/{p}/context-kinds
        if (api && s.size() == 5 && s[4] == u"context-kinds") {
            if (request.method() != Method::Get)
                return SandboxJson::methodNotAllowed("GET");
            return contextKinds(s[3]);
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
    d->search = std::make_unique<SandboxSearch>(d->store, *d->cursor);
    d->token = options.token.isEmpty() ? randomToken() : options.token;

    if (options.seedContexts >= 0) {
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        SandboxSeeder seeder(d->store.database(), now.toMSecsSinceEpoch());
        if (!seeder.seed(options.seedContexts, &message))
            return fail(u"Cannot seed the demo data: "_s + message);
    }

    d->http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const SandboxReply reply = d->dispatch(request);
            if (reply.allow.isEmpty()) {
                responder.write(reply.body, QByteArrayLiteral("application/json"), reply.status);
            } else {
                responder.write(reply.body,
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("Allow"), reply.allow}},
                    reply.status);
            }
        });
    const quint16 port = d->http.listen(options.address, options.port);
    if (port == 0)
        return fail(u"Cannot listen on %1 port %2; is the port in use?"_s.arg(
            options.address.toString(), QString::number(options.port)));

    QString host = options.address.toString();
    if (options.address == QHostAddress::Any || options.address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (options.address == QHostAddress::AnyIPv6)
        host = u"::1"_s;
    d->baseUrl.setScheme(u"http"_s);
    d->baseUrl.setHost(host);
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

} // namespace sandbox
