#include "SandboxPages.h"

#include "SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"bench-token"_s;
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

} // namespace

const QString SandboxPages::kSearchPath
    = u"/api/v2/projects/demo/environments/production/contexts/search"_s;

SandboxPages::SandboxPages() = default;

SandboxPages::~SandboxPages()
{
    stop();
}

bool SandboxPages::start(int contexts, QString *error)
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.seedContexts = contexts;
    options.token = kToken;
    options.now = kNow;
    // The pages as recorded since the benchmarks began: by last seen, kinds mixed.
    options.legacySort = true;
    if (!m_server->start(options, error)) {
        m_server.reset();
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    return true;
}

void SandboxPages::stop()
{
    m_network.reset();
    m_server.reset();
}

std::optional<QByteArray> SandboxPages::searchPage(
    int limit, const QString &continuationToken, QString *error)
{
    QJsonObject body {{u"limit"_s, limit}};
    if (!continuationToken.isEmpty())
        body.insert(u"continuationToken"_s, continuationToken);
    return send("POST", kSearchPath, QJsonDocument(body).toJson(QJsonDocument::Compact), error);
}

std::optional<QByteArray> SandboxPages::get(const QString &path, QString *error)
{
    return send("GET", path, {}, error);
}

std::optional<QByteArray> SandboxPages::send(
    const QByteArray &method, const QString &path, const QByteArray &body, QString *error)
{
    if (!m_server) {
        *error = u"the sandbox is not running"_s;
        return std::nullopt;
    }
    QNetworkRequest request(QUrl::fromEncoded((m_server->baseUrl().toString() + path).toUtf8()));
    request.setRawHeader("Authorization", kToken.toUtf8());
    request.setRawHeader("LD-API-Version", "20240415");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(600000);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray data = reply->readAll();
    delete reply; // finished: nothing of it runs later (no deleteLater outside an event loop)
    if (status != 200) {
        *error = u"%1 %2: HTTP %3 %4"_s.arg(QString::fromLatin1(method), path)
                     .arg(status)
                     .arg(QString::fromUtf8(data.left(300)));
        return std::nullopt;
    }
    return data;
}
