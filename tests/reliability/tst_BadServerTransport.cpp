// The REST client against connections that go wrong below JSON: TLS to a plain server,
// redirects elsewhere (the token must never follow), bodies too large to hold, headers that
// never end, slow but steady bodies, chunked and close-delimited bodies.

#include "FaultServer.h"
#include "FaultServerChecks.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QTest>

#include <memory>

using ctx::ApiError;
using ctx::ContextQuery;
using ctx::RestContextsApi;
using Kind = ApiError::Kind;
using End = testsupport::FaultResponse::End;

using namespace testsupport;

namespace {

const QByteArray Search = "/contexts/search";
const QByteArray Page = R"({"totalCount":1,"items":[{"context":{"kind":"user","key":"u-1"},
  "lastSeen":"2024-05-01T10:00:00Z"}]})";
constexpr qint64 HundredMegabytes = qint64(100) * 1000 * 1000;
constexpr qint64 Gigabyte = qint64(1000) * 1000 * 1000;

// Searches once through a new client of `url` and waits for the result.
ctx::Result<ctx::ContextsPage> search(const QUrl &url, int timeoutMs = 10000)
{
    RestContextsApi api(connectionTo(url, timeoutMs));
    Outcome<ctx::ContextsPage> outcome;
    api.searchContexts(Env, ContextQuery(), QString(), outcome.callback());
    // Short waits (as QTRY_* does): one long processEvents() would not return while the
    // server on this thread still has bytes to push.
    for (int waited = 0; !outcome.done() && waited < 60000; waited += 20)
        QTest::qWait(20);
    if (!outcome.done())
        return ApiError(Kind::Cancelled, QStringLiteral("no result within a minute"));
    return outcome.get();
}

} // namespace

class tst_BadServerTransport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void tlsToAPlainHttpServer();
    void redirectToAnotherOrigin_data();
    void redirectToAnotherOrigin();
    void redirectOnTheSameOriginIsFollowed();
    void redirectLoopIsBounded();
    void hugeBodyStopsAtTheCap_data();
    void hugeBodyStopsAtTheCap();
    void headersThatNeverEnd_data();
    void headersThatNeverEnd();
    void slowButSteadyBodyIsNotATimeout();
    void bodyFramings_data();
    void bodyFramings();

private:
    std::unique_ptr<FaultServer> m_server;
};

void tst_BadServerTransport::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
}

void tst_BadServerTransport::cleanup()
{
    m_server.reset();
}

void tst_BadServerTransport::tlsToAPlainHttpServer()
{
    m_server->on(Search, FaultResponse::json(200, Page));
    QUrl url = m_server->baseUrl();
    url.setScheme(QStringLiteral("https"));
    const auto result = search(url);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Tls);
    verifyClearSentence(
        result.error(), QStringLiteral("127.0.0.1:%1 did not answer in TLS").arg(m_server->port()));
    QVERIFY(result.error().userMessage().startsWith(QLatin1String("The secure connection")));
    QCOMPARE(m_server->nonHttpConnectionCount(), 1); // the ClientHello, answered in plain text
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!m_server->received().contains(Token.toUtf8()));
}

void tst_BadServerTransport::redirectToAnotherOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location"); // %PORT% is the other server's port
    QTest::addColumn<QString>("shown");
    QTest::newRow("302 to http, another port")
        << 302 << QByteArray("http://127.0.0.1:%PORT%/steal") << "http://127.0.0.1:%PORT%";
    QTest::newRow("307 to https, another port")
        << 307 << QByteArray("https://127.0.0.1:%PORT%/steal") << "https://127.0.0.1:%PORT%";
    QTest::newRow("308 to another host name")
        << 308 << QByteArray("http://localhost:%PORT%/steal") << "http://localhost:%PORT%";
    QTest::newRow("301 scheme-relative")
        << 301 << QByteArray("//127.0.0.1:%PORT%/steal") << "http://127.0.0.1:%PORT%";
    QTest::newRow("303 with a user and password")
        << 303 << QByteArray("http://user:hunter2@127.0.0.1:%PORT%/steal?k=v#f")
        << "http://127.0.0.1:%PORT%";
}

void tst_BadServerTransport::redirectToAnotherOrigin()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QString, shown);
    FaultServer other;
    QVERIFY(other.listen());
    other.setDefault(FaultResponse::json(200, Page));
    const QByteArray port = QByteArray::number(other.port());
    m_server->on(Search, FaultResponse::redirect(status, location.replace("%PORT%", port)));
    const auto result = search(m_server->baseUrl());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Network);
    verifyClearSentence(result.error(),
        QStringLiteral("redirected to another address (%1), which is not followed")
            .arg(shown.replace(QLatin1String("%PORT%"), QString::fromLatin1(port))));
    QVERIFY(!result.error().userMessage().contains(QLatin1String("hunter2")));
    QCOMPARE(m_server->requests().size(), 1);
    // The other origin never hears from us: no connection, so no token.
    QCOMPARE(other.connectionCount(), 0);
    QVERIFY(!other.received().contains(Token.toUtf8()));
}

void tst_BadServerTransport::redirectOnTheSameOriginIsFollowed()
{
    const QByteArray moved = "/api/v2/projects/proj/environments/prod/contexts/search-moved";
    m_server->on(Search, FaultResponse::redirect(307, moved));
    m_server->on("/search-moved", FaultResponse::json(200, Page));
    const auto result = search(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result.value().items.size(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST")); // 307 keeps the method
    // (QVERIFY, not QCOMPARE: a failure must not print the token into the log.)
    QVERIFY(m_server->requests().at(1).header("Authorization") == Token.toUtf8());
}

void tst_BadServerTransport::redirectLoopIsBounded()
{
    m_server->on(Search,
        FaultResponse::redirect(307, "/api/v2/projects/proj/environments/prod/contexts/search"));
    const auto result = search(m_server->baseUrl());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Network);
    verifyClearSentence(result.error(), QStringLiteral("redirected too many times"));
    QVERIFY2(
        m_server->requests().size() <= 6, qPrintable(QString::number(m_server->requests().size())));
}

void tst_BadServerTransport::hugeBodyStopsAtTheCap_data()
{
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<qint64>("sentAtMost"); // what the client may have let the server send
    QTest::newRow("Content-Length: 100 MB")
        << hundredMegabytes(false) << RestContextsApi::MaxResponseBytes;
    // Without a length the client learns the size only while reading, and the network thread
    // reads on while the abort is on its way: what it let through depends on the machine's load.
    // A gigabyte body tells a client that stopped near the cap from one that read to the end.
    FaultResponse noLength = hundredMegabytes(false);
    noLength.noContentLength = true;
    noLength.generatedBytes = Gigabyte;
    FaultResponse chunked = hundredMegabytes(true);
    chunked.generatedBytes = Gigabyte;
    QTest::newRow("no length, 1 GB until close") << noLength << Gigabyte;
    QTest::newRow("chunked 1 GB") << chunked << Gigabyte;
}

void tst_BadServerTransport::hugeBodyStopsAtTheCap()
{
    QFETCH(FaultResponse, response);
    QFETCH(qint64, sentAtMost);
    m_server->on(Search, response);
    const auto result = search(m_server->baseUrl());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidResponse);
    verifyClearSentence(result.error(), QStringLiteral("larger than 64 MiB"));
    // The client stopped reading: the server could not hand over more than the cap and what
    // the sockets' buffers hold.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 10000);
    QVERIFY2(
        m_server->bytesSent() < sentAtMost, qPrintable(QString::number(m_server->bytesSent())));
}

void tst_BadServerTransport::headersThatNeverEnd_data()
{
    QTest::addColumn<FaultResponse>("response");
    FaultResponse line = FaultResponse::rawBytes("HTTP/1.1 200 OK\r\nX-Padding: ");
    line.generatedBytes = HundredMegabytes;
    line.fill = 'a';
    QTest::newRow("one 100 MB header line") << line;
    FaultResponse many = FaultResponse::rawBytes("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i < 100000; ++i)
        many.raw += "X-Header-" + QByteArray::number(i) + ": v\r\n";
    many.end = End::Stall;
    QTest::newRow("100,000 header lines") << many;
}

void tst_BadServerTransport::headersThatNeverEnd()
{
    QFETCH(FaultResponse, response);
    m_server->on(Search, response);
    const auto result = search(m_server->baseUrl(), 1000);
    QVERIFY(!result.ok());
    verifyClearSentence(result.error(), QStringLiteral("did not answer in time"));
    // Qt stops reading a head that does not end, so neither side holds 100 MB.
    QVERIFY2(m_server->bytesSent() < HundredMegabytes / 10,
        qPrintable(QString::number(m_server->bytesSent())));
}

void tst_BadServerTransport::slowButSteadyBodyIsNotATimeout()
{
    // 10 bytes every 100 ms: the body takes more than twice the 500 ms timeout, but
    // something arrives all the time, and the transfer timeout is about silence.
    FaultResponse slow = FaultResponse::json(200, Page);
    QVERIFY(Page.size() > 100);
    slow.dripBytes = 10;
    slow.dripIntervalMs = 100;
    m_server->on(Search, slow);
    const auto result = search(m_server->baseUrl(), 500);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result.value().items.size(), 1);
}

void tst_BadServerTransport::bodyFramings_data()
{
    QTest::addColumn<FaultResponse>("response");
    FaultResponse chunked = FaultResponse::json(200, Page);
    chunked.chunked = true;
    chunked.chunkSize = 7;
    QTest::newRow("chunked, 7-byte chunks") << chunked;
    FaultResponse untilClose = FaultResponse::json(200, Page);
    untilClose.noContentLength = true;
    QTest::newRow("no length, ends with the connection") << untilClose;
    FaultResponse deflated = FaultResponse::json(200, qCompress(Page).mid(4));
    deflated.headers.append({QByteArray("Content-Encoding"), QByteArray("deflate")});
    QTest::newRow("deflate") << deflated;
    FaultResponse keepAlive = FaultResponse::json(200, Page);
    keepAlive.end = End::KeepAlive;
    QTest::newRow("kept alive") << keepAlive;
}

void tst_BadServerTransport::bodyFramings()
{
    QFETCH(FaultResponse, response);
    m_server->on(Search, response);
    const auto result = search(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result.value().items.size(), 1);
    QCOMPARE(result.value().items.first().key, QStringLiteral("u-1"));
}

QTEST_GUILESS_MAIN(tst_BadServerTransport)
#include "tst_BadServerTransport.moc"
