#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The real binary, offscreen: --demo --screenshot gives a real picture of the list, and a
// connection that cannot load exits non-zero with a sentence.
class tst_Screenshot : public QObject
{
    Q_OBJECT

private slots:
    void demoScreenshotShowsTheList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.png"));
        QProcess app;
        app.start(QStringLiteral(CONTEXTS_BROWSER_EXE),
            {QStringLiteral("--demo"), QStringLiteral("--demo-contexts"), QStringLiteral("300"),
                QStringLiteral("--screenshot"), path});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A real window has text and lines: many distinct colours, not a blank surface.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void unreachableServerFailsWithASentence()
    {
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_ACCESS_TOKEN"), QStringLiteral("api-smoke-secret"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CONTEXTS_BROWSER_EXE),
            {QStringLiteral("--base-uri"), QStringLiteral("http://127.0.0.1:1"),
                QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--environment"),
                QStringLiteral("e"), QStringLiteral("--screenshot"),
                dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Could not reach the server")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("api-smoke-secret")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_ACCESS_TOKEN"), QStringLiteral("api-smoke-secret"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CONTEXTS_BROWSER_EXE),
            {QStringLiteral("--base-uri"), QStringLiteral("http://app.launchdarkly.com"),
                QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--environment"),
                QStringLiteral("e")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("https://")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_Screenshot.moc"
