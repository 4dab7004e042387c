// contexts-sandbox's --fault, --fault-seed and --listen, the real executable: a rule text that
// is not a rule is refused with one line naming it, a good rule is applied to the requests, and
// an address other than loopback is served with a warning.

#include "SandboxFetch.h"
#include "SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SandboxFaultOptions : public QObject
{
    Q_OBJECT

private slots:
    void badFaultIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown action")
            << QStringList {u"--fault"_s, u"/api/v2/projects:explode"_s}
            << u"--fault \"/api/v2/projects:explode\": unknown action \"explode\""_s;
        QTest::newRow("no colon") << QStringList {u"--fault"_s, u"GET /api/v2/projects"_s}
                                  << u"expected [METHOD ]GLOB:ACTION[,ACTION...]"_s;
        QTest::newRow("second of two is bad") << QStringList {u"--fault"_s, u"/a:drop"_s,
            u"--fault"_s, u"/b:status=700"_s} << u"--fault \"/b:status=700\": status needs"_s;
        QTest::newRow("bad seed") << QStringList {u"--fault-seed"_s, u"many"_s}
                                  << u"--fault-seed needs a whole number"_s;
        QTest::newRow("bad address")
            << QStringList {u"--listen"_s, u"localhost:80"_s} << u"--listen needs an IP address"_s;
    }

    void badFaultIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const SandboxRun run = runSandbox(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.stderrText.startsWith(u"contexts-sandbox: "_s) && run.stderrText.contains(message),
            qPrintable(run.stderrText));
        QCOMPARE(run.stderrText.count(u'\n'), 1); // one line
    }

    void faultIsApplied()
    {
        QList<int> statuses;
        const SandboxRun run = runSandbox(
            {u"--fault"_s, u"GET /api/v2/projects:status=503,times=1"_s, u"--fault-seed"_s, u"3"_s},
            [&](const QUrl &url) {
                for (int i = 0; i < 2; ++i)
                    statuses.append(sandboxFetch(url, u"t"_s, "GET", u"/api/v2/projects"_s).status);
            });
        QCOMPARE(run.exitCode, -1);
        QCOMPARE(statuses, (QList<int> {503, 200}));
    }

    void loopbackIsServedQuietly()
    {
        int status = 0;
        const SandboxRun run = runSandbox({u"--listen"_s, u"127.0.0.1"_s}, [&](const QUrl &url) {
            status = sandboxFetch(url, u"t"_s, "GET", u"/api/v2/caller-identity"_s).status;
        });
        QCOMPARE(run.exitCode, -1);
        QCOMPARE(status, 200);
        QVERIFY2(!run.stderrText.contains(u"warning"_s), qPrintable(run.stderrText));
    }

    void everyAddressIsServedWithAWarning()
    {
        int status = 0;
        const SandboxRun run = runSandbox({u"--listen"_s, u"0.0.0.0"_s}, [&](const QUrl &url) {
            status = sandboxFetch(url, u"t"_s, "GET", u"/api/v2/caller-identity"_s).status;
        });
        QCOMPARE(run.exitCode, -1);
        QCOMPARE(run.baseUrl.host(), u"127.0.0.1"_s);
        QCOMPARE(status, 200);
        QVERIFY2(run.stderrText.contains(
                     u"warning: listening on 0.0.0.0, so the sandbox is reachable from the "
                     "network"_s),
            qPrintable(run.stderrText));
        QCOMPARE(run.stderrText.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFaultOptions)
#include "tst_SandboxFaultOptions.moc"
