// --verbose: the request log names every request and reply, and never the access token.
#include "RequestLog.h"
#include "RestContextsApi.h"
#include "SandboxServer.h"

#include <QTest>

#include <memory>
#include <optional>

using ctx::RestContextsApi;

namespace {

const ctx::EnvironmentRef Production {QStringLiteral("demo"), QStringLiteral("production")};

QStringList g_lines; // what the "ctx.http" category printed
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "ctx.http") == 0)
        g_lines << message;
    else if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class tst_RequestLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void silentUnlessEnabled();
    void logsRequestAndReplyWithoutTheToken();
    void logsAFailedReply();
    void redactsCredentialsInTheUrl();

private:
    // One search through a new client; true when a result arrived.
    bool search(const QUrl &baseUrl, const QString &token);
    void verifyNoSecret(const QString &secret) const;

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void tst_RequestLog::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.seedContexts = 20;
    options.legacySort = true; // the client sends its sort
    options.token = QStringLiteral("api-0f3c9d7e-request-log-token");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    g_previous = qInstallMessageHandler(capture);
}

void tst_RequestLog::init()
{
    g_lines.clear();
}

void tst_RequestLog::cleanup()
{
    ctx::setRequestLogEnabled(false);
}

void tst_RequestLog::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    m_sandbox.reset();
}

bool tst_RequestLog::search(const QUrl &baseUrl, const QString &token)
{
    ctx::Connection connection;
    connection.baseUrl = baseUrl;
    connection.token = token;
    RestContextsApi api(connection);
    bool done = false;
    api.searchContexts(Production, ctx::ContextQuery {}, QString(),
        [&done](const ctx::Result<ctx::ContextsPage> &) { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 20000);
}

void tst_RequestLog::verifyNoSecret(const QString &secret) const
{
    for (const QString &line : std::as_const(g_lines)) {
        // QVERIFY, not QCOMPARE: a failure must not print the secret into the log.
        QVERIFY2(!line.contains(secret), "a request log line holds the secret");
    }
}

void tst_RequestLog::silentUnlessEnabled()
{
    QVERIFY(search(m_sandbox->baseUrl(), m_sandbox->token()));
    QVERIFY2(g_lines.isEmpty(), qPrintable(g_lines.join(QLatin1Char('\n'))));
}

void tst_RequestLog::logsRequestAndReplyWithoutTheToken()
{
    ctx::setRequestLogEnabled(true);
    QVERIFY(search(m_sandbox->baseUrl(), m_sandbox->token()));
    QCOMPARE(g_lines.size(), 2);
    const QString &sent = g_lines.at(0);
    QVERIFY2(sent.startsWith(QStringLiteral("→ POST ")), qPrintable(sent));
    QVERIFY2(sent.contains(QStringLiteral("/api/v2/projects/demo/environments/production/"
                                          "contexts/search")),
        qPrintable(sent));
    QVERIFY2(sent.contains(QStringLiteral("Authorization: <redacted>")), qPrintable(sent));
    QVERIFY2(sent.contains(QStringLiteral("LD-API-Version: 20240415")), qPrintable(sent));
    const QString &received = g_lines.at(1);
    QVERIFY2(received.startsWith(QStringLiteral("← 200 POST ")), qPrintable(received));
    QVERIFY2(received.contains(QStringLiteral(" bytes")), qPrintable(received));
    verifyNoSecret(m_sandbox->token());
}

void tst_RequestLog::logsAFailedReply()
{
    ctx::setRequestLogEnabled(true);
    const QString wrong = QStringLiteral("api-77d1e2aa-wrong-token");
    QVERIFY(search(m_sandbox->baseUrl(), wrong));
    QCOMPARE(g_lines.size(), 2);
    QVERIFY2(g_lines.at(1).startsWith(QStringLiteral("← 401 POST ")), qPrintable(g_lines.at(1)));
    verifyNoSecret(wrong);
}

void tst_RequestLog::redactsCredentialsInTheUrl()
{
    ctx::setRequestLogEnabled(true);
    QUrl url = m_sandbox->baseUrl();
    url.setUserName(QStringLiteral("admin"));
    url.setPassword(QStringLiteral("hunter2-url-password"));
    QVERIFY(search(url, m_sandbox->token()));
    QVERIFY(!g_lines.isEmpty());
    QVERIFY2(
        g_lines.at(0).contains(QStringLiteral("<redacted>@127.0.0.1")), qPrintable(g_lines.at(0)));
    verifyNoSecret(QStringLiteral("hunter2-url-password"));
    verifyNoSecret(m_sandbox->token());
}

QTEST_GUILESS_MAIN(tst_RequestLog)
#include "tst_RequestLog.moc"
