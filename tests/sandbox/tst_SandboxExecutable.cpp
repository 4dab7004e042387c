// The real contexts-sandbox executable: its first stdout line is its URL, the second its
// token; an authorized request works; bad options fail with a message and a non-zero exit.

#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

class tst_SandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void printsUrlAndServes();
    void badOptionsFail_data();
    void badOptionsFail();
};

void tst_SandboxExecutable::printsUrlAndServes()
{
    QProcess process;
    process.setProgram(QStringLiteral(SANDBOX_EXE));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
        QStringLiteral("50"), QStringLiteral("--token"), QStringLiteral("t"),
        QStringLiteral("--now"), QStringLiteral("2026-11-20T10:00:00Z")});
    process.start();
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 20000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QUrl url(first, QUrl::StrictMode);
    QVERIFY2(url.isValid() && url.scheme() == u"http" && url.port() > 0, qPrintable(first));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(), QStringLiteral("token: t"));

    SandboxTestClient client(url, QStringLiteral("t"));
    const SandboxHttpResult page = client.search(
        QStringLiteral("production"), {{QStringLiteral("limit"), QStringLiteral("10")}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"totalCount").toInteger(), 50);
    QCOMPARE(page.json.value(u"items").toArray().size(), 10);
    QCOMPARE(
        client.get(QStringLiteral("/api/v2/projects/demo/context-kinds"), QStringLiteral("wrong"))
            .status,
        401);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void tst_SandboxExecutable::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("http")}
                          << QStringLiteral("--port");
    QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("-3")}
                          << QStringLiteral("--seed");
    QTest::newRow("now") << QStringList {QStringLiteral("--now"), QStringLiteral("yesterday")}
                         << QStringLiteral("--now");
    QTest::newRow("db") << QStringList {QStringLiteral("--db"),
        QStringLiteral("/nonexistent/dir/x.db")}
                        << QStringLiteral("database");
}

void tst_SandboxExecutable::badOptionsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE), arguments);
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SandboxExecutable)
#include "tst_SandboxExecutable.moc"
