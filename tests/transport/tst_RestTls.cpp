#include "FakeHttpServer.h"
#include "RestContextsApi.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>
#include <optional>

using ctx::ApiError;
using ctx::RestContextsApi;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;
using Kind = ApiError::Kind;

namespace {

const QByteArray KindsBody = R"({"items":[{"key":"user","name":"user"}]})";

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("CTX_TEST_DATA") + QStringLiteral("/tls/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> struct Outcome
{
    std::shared_ptr<std::optional<ctx::Result<T>>> result
        = std::make_shared<std::optional<ctx::Result<T>>>();
    ctx::Callback<T> callback() const
    {
        return [result = result](const ctx::Result<T> &r) { result->emplace(r); };
    }
    bool done() const { return result->has_value(); }
    const ctx::Result<T> &get() const { return **result; }
};

// A one-route HTTPS server on 127.0.0.1 with the self-signed certificate of tests/data/tls:
// counts the TCP connections and the HTTP requests that arrive, answers every request 200.
class TlsServer : public QObject
{
public:
    bool listen()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readData(QStringLiteral("server.crt"))));
        tls.setPrivateKey(QSslKey(readData(QStringLiteral("server.key")), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *) { ++connections; });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_server.serverPort()));
    }

    int connections = 0;
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffer += socket->readAll();
            if (!m_buffer.contains("\r\n\r\n"))
                return;
            m_buffer.clear();
            ++requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(KindsBody.size()) + "\r\nConnection: close\r\n\r\n"
                + KindsBody);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
    QByteArray m_buffer;
};

ctx::Connection connectionTo(const QUrl &url, const QString &caFile = {})
{
    ctx::Connection connection;
    connection.baseUrl = url;
    connection.token = QStringLiteral("api-tls-SECRET");
    connection.transferTimeoutMs = 10000;
    connection.caFile = caFile;
    return connection;
}

Outcome<QList<ctx::ContextKind>> kinds(RestContextsApi &api)
{
    Outcome<QList<ctx::ContextKind>> outcome;
    api.contextKinds(QStringLiteral("proj"), outcome.callback());
    return outcome;
}

template <typename T> QString messageOf(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().userMessage();
}

QString env(const QHash<QByteArray, QString> &values, const char *name)
{
    return values.value(QByteArray(name));
}

} // namespace

class tst_RestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        QVERIFY2(QFile::exists(dataFile(QStringLiteral("server.crt"))),
            qPrintable(dataFile(QStringLiteral("server.crt"))));
    }

    void cleanup()
    {
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
        qunsetenv("no_proxy");
    }

    void untrustedCertificateIsATlsErrorNamingTheHost()
    {
        TlsServer server;
        QVERIFY(server.listen());
        RestContextsApi api(connectionTo(server.url()));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY(!outcome.get().ok());
        const ApiError &error = outcome.get().error();
        QCOMPARE(error.kind(), Kind::Tls);
        const QString message = error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
            qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("CA file")));
        QVERIFY(!message.contains(QStringLiteral("SECRET")));
        QCOMPARE(server.requests, 0); // the token never went out
    }

    void caFileMakesItTrusted_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("address") << QStringLiteral("127.0.0.1");
        QTest::newRow("name") << QStringLiteral("localhost");
    }

    void caFileMakesItTrusted()
    {
        QFETCH(QString, host);
        TlsServer server;
        QVERIFY(server.listen());
        RestContextsApi api(connectionTo(server.url(host), dataFile(QStringLiteral("server.crt"))));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY2(outcome.get().ok(), qPrintable(messageOf(outcome.get())));
        QCOMPARE(outcome.get().value().size(), 1);
        QCOMPARE(server.requests, 1);
    }

    void unusableCaFileFailsBeforeConnecting_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << dataFile(QStringLiteral("no-such-file.pem"))
                                 << QStringLiteral("could not be read");
        QTest::newRow("not a certificate") << dataFile(QStringLiteral("not-a-certificate.pem"))
                                           << QStringLiteral("holds no PEM certificate");
    }

    void unusableCaFileFailsBeforeConnecting()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        TlsServer server;
        QVERIFY(server.listen());
        RestContextsApi api(connectionTo(server.url(), file));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QCOMPARE(outcome.get().error().kind(), Kind::Tls);
        const QString message = outcome.get().error().userMessage();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        QTest::qWait(200);
        QCOMPARE(server.connections, 0);
    }

    void plainHttpToARemoteHostIsRefusedBeforeSending()
    {
        // If anything went out, it would go through this proxy.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        qputenv("http_proxy", proxy.baseUrl().toString().toUtf8());
        RestContextsApi api(connectionTo(QUrl(QStringLiteral("http://contexts.example.com"))));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 10000);
        QCOMPARE(outcome.get().error().kind(), Kind::InsecureUrl);
        QVERIFY(outcome.get().error().userMessage().contains(QStringLiteral("https://")));
        QTest::qWait(200);
        QCOMPARE(proxy.requests().size(), 0);
    }

    void httpsProxyFromTheEnvironmentIsUsed()
    {
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.setDefaultResponse(CannedResponse::json(403, {}, "Forbidden"));
        qputenv("https_proxy", proxy.baseUrl().toString().toUtf8());
        RestContextsApi api(connectionTo(QUrl(QStringLiteral("https://contexts.example.test"))));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY(!outcome.get().ok());
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target, QByteArray("contexts.example.test:443"));
        QVERIFY(!proxy.requests().first().hasHeader("Authorization"));
    }

    void loopbackIsNeverProxied()
    {
        FakeHttpServer proxy;
        FakeHttpServer target;
        QVERIFY(proxy.listen());
        QVERIFY(target.listen());
        target.setDefaultResponse(CannedResponse::json(200, KindsBody));
        qputenv("https_proxy", proxy.baseUrl().toString().toUtf8());
        qputenv("http_proxy", proxy.baseUrl().toString().toUtf8());
        RestContextsApi api(connectionTo(target.baseUrl()));
        const auto outcome = kinds(api);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done(), 15000);
        QVERIFY(outcome.get().ok());
        QCOMPARE(target.requests().size(), 1);
        QCOMPARE(proxy.requests().size(), 0);
    }

    void proxyFor_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("httpsProxy"); // set as HTTPS_PROXY
        QTest::addColumn<QString>("noProxy"); // set as no_proxy
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        const QString ld = QStringLiteral("https://app.launchdarkly.com");
        const QString proxy = QStringLiteral("http://proxy.corp:3128");
        const int none = QNetworkProxy::NoProxy;
        const int http = QNetworkProxy::HttpProxy;
        QTest::newRow("nothing set: the system's")
            << ld << QString() << QString() << int(QNetworkProxy::DefaultProxy) << QString() << 0;
        QTest::newRow("https_proxy") << ld << proxy << QString() << http << "proxy.corp" << 3128;
        QTest::newRow("no scheme, default port")
            << ld << "proxy.corp" << QString() << http << "proxy.corp" << 1080;
        QTest::newRow("socks5") << ld << "socks5://10.0.0.1:9050" << QString()
                                << int(QNetworkProxy::Socks5Proxy) << "10.0.0.1" << 9050;
        QTest::newRow("loopback address")
            << "https://127.0.0.1:8443" << proxy << QString() << none << QString() << 0;
        QTest::newRow("localhost")
            << "http://localhost:8080" << proxy << QString() << none << QString() << 0;
        QTest::newRow("ipv6 loopback")
            << "https://[::1]:8443" << proxy << QString() << none << QString() << 0;
        QTest::newRow("no_proxy domain")
            << ld << proxy << "example.org, launchdarkly.com" << none << QString() << 0;
        QTest::newRow("no_proxy leading dot")
            << ld << proxy << ".launchdarkly.com" << none << QString() << 0;
        QTest::newRow("no_proxy wildcard") << ld << proxy << "*" << none << QString() << 0;
        QTest::newRow("no_proxy other domain")
            << ld << proxy << "darkly.com,notlaunchdarkly.com" << http << "proxy.corp" << 3128;
        QTest::newRow("no_proxy matching port")
            << ld << proxy << "app.launchdarkly.com:443" << none << QString() << 0;
        QTest::newRow("no_proxy other port")
            << ld << proxy << "app.launchdarkly.com:8443" << http << "proxy.corp" << 3128;
        QTest::newRow("no_proxy cidr")
            << "https://10.1.2.3" << proxy << "10.0.0.0/8" << none << QString() << 0;
        QTest::newRow("no_proxy cidr miss")
            << "https://11.1.2.3" << proxy << "10.0.0.0/8" << http << "proxy.corp" << 3128;
        QTest::newRow("no_proxy without a proxy")
            << ld << QString() << "launchdarkly.com" << none << QString() << 0;
    }

    void proxyFor()
    {
        QFETCH(QString, url);
        QFETCH(QString, httpsProxy);
        QFETCH(QString, noProxy);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        const QHash<QByteArray, QString> values {
            {"HTTPS_PROXY", httpsProxy}, {"no_proxy", noProxy}};
        const QNetworkProxy proxy
            = ctx::proxyFor(QUrl(url), [&values](const char *name) { return env(values, name); });
        QCOMPARE(int(proxy.type()), type);
        if (!host.isEmpty()) {
            QCOMPARE(proxy.hostName(), host);
            QCOMPARE(int(proxy.port()), port);
        }
    }

    void proxyCredentialsAndCasePrecedence()
    {
        const QHash<QByteArray, QString> values {
            {"https_proxy", QStringLiteral("http://ann:p%40ss@lower.corp:8080")},
            {"HTTPS_PROXY", QStringLiteral("http://upper.corp:8080")},
            {"NO_PROXY", QStringLiteral("other.org")}};
        const QNetworkProxy proxy
            = ctx::proxyFor(QUrl(QStringLiteral("https://app.launchdarkly.com")),
                [&values](const char *name) { return env(values, name); });
        QCOMPARE(proxy.hostName(), QStringLiteral("lower.corp"));
        QCOMPARE(proxy.user(), QStringLiteral("ann"));
        QCOMPARE(proxy.password(), QStringLiteral("p@ss"));
    }
};

QTEST_GUILESS_MAIN(tst_RestTls)
#include "tst_RestTls.moc"
