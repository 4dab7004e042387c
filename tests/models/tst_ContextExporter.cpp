#include "ContextExporter.h"
#include "FakeContextsApi.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

class tst_ContextExporter : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    ExportRequest request(ExportFormat format = ExportFormat::Csv) const
    {
        ExportRequest r;
        r.environment = env;
        r.query.kinds = {QStringLiteral("user")};
        r.query.filter = QStringLiteral("name startsWith \"N\"");
        r.query.pageSize = 20; // what the list uses; the export asks for 50
        r.columns = {ContextColumn::of(ContextColumn::Builtin::Key)};
        r.format = format;
        return r;
    }

    struct Fixture
    {
        FakeContextsApi api;
        ContextExporter exporter {&api};
        QSignalSpy progress {&exporter, &ContextExporter::progress};
        QSignalSpy finished {&exporter, &ContextExporter::finished};
        QSignalSpy failed {&exporter, &ContextExporter::failed};
        QSignalSpy cancelled {&exporter, &ContextExporter::cancelled};

        // Waits for the exporter's next request (sent from the event loop).
        bool waitForRequest(int count)
        {
            return QTest::qWaitFor([&] { return api.searches.size() >= count; }, 5000);
        }
        int outcomes() const { return finished.count() + failed.count() + cancelled.count(); }
    };

    static QStringList filesIn(const QTemporaryDir &dir)
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static QByteArray keys(int first, int count)
    {
        QByteArray out;
        for (int i = first; i < first + count; ++i)
            out += QStringLiteral("key-%1\r\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        return out;
    }

private slots:
    void allPagesAreWrittenInOrder()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        f.exporter.start(request(), path);
        QVERIFY(f.exporter.isRunning());
        QCOMPARE(f.api.searches.size(), 1);
        QCOMPARE(f.api.searches[0].environment, env);
        QCOMPARE(f.api.searches[0].query.kinds, request().query.kinds);
        QCOMPARE(f.api.searches[0].query.filter, request().query.filter);
        QCOMPARE(f.api.searches[0].query.pageSize, 50);
        QVERIFY(f.api.searches[0].continuationToken.isEmpty());

        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1"), 120));
        QCOMPARE(f.progress.count(), 1);
        QCOMPARE(f.progress.at(0).at(0).toLongLong(), 50);
        QCOMPARE(f.progress.at(0).at(1).value<std::optional<qint64>>(), std::optional<qint64>(120));
        QVERIFY(!QFile::exists(path)); // nothing at the destination until the end
        QVERIFY(f.waitForRequest(2));
        QCOMPARE(f.api.searches[1].continuationToken, QStringLiteral("c1"));
        QCOMPARE(f.api.searches[1].query.pageSize, 50);
        f.api.replySearch(1, makePage(50, 50, QStringLiteral("c2"), 120));
        QVERIFY(f.waitForRequest(3));
        QCOMPARE(f.api.searches[2].continuationToken, QStringLiteral("c2"));
        f.api.replySearch(2, makePage(100, 20, QString(), 120));

        QCOMPARE(f.finished.count(), 1);
        QCOMPARE(f.finished.at(0).at(0).toLongLong(), 120);
        QCOMPARE(f.outcomes(), 1);
        QVERIFY(!f.exporter.isRunning());
        QCOMPARE(f.exporter.written(), 120);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("key\r\n") + keys(0, 120));
        QCOMPARE(filesIn(dir), QStringList {QStringLiteral("out.csv")}); // no temporary left
        QTest::qWait(20);
        QCOMPARE(f.api.searches.size(), 3);
    }

    void anEmptyResultIsAFileWithTheHeader()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.csv"));
        f.exporter.start(request(), path);
        f.api.replySearch(0, makePage(0, 0, QString(), 0));
        QCOMPARE(f.finished.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("key\r\n"));
    }

    void cancelMidwayLeavesNothing()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        f.exporter.start(request(ExportFormat::JsonLines), path);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QVERIFY(f.waitForRequest(2));
        f.exporter.cancel();
        QCOMPARE(f.cancelled.count(), 1);
        QVERIFY(f.api.isCancelled(1)); // the request in flight
        QVERIFY(!f.exporter.isRunning());
        QVERIFY(!f.api.replySearch(1, makePage(50, 50, QString())));
        QVERIFY(!QFile::exists(path));
        QVERIFY(filesIn(dir).isEmpty());
        f.exporter.cancel(); // nothing running: nothing happens
        QTest::qWait(20);
        QCOMPARE(f.outcomes(), 1);
        QCOMPARE(f.api.searches.size(), 2);
    }

    void cancelBetweenPagesSendsNothingMore()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        // Cancelling from the progress signal, before the next request goes out.
        connect(&f.exporter, &ContextExporter::progress, &f.exporter, &ContextExporter::cancel);
        f.exporter.start(request(), path);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QCOMPARE(f.cancelled.count(), 1);
        QTest::qWait(20);
        QCOMPARE(f.api.searches.size(), 1);
        QVERIFY(filesIn(dir).isEmpty());
    }

    void cancelKeepsAnExistingFile()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        f.exporter.start(request(), path);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        f.exporter.cancel();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export\n"));
        QCOMPARE(filesIn(dir), QStringList {QStringLiteral("out.csv")});
    }

    void aPageErrorFailsWithTheSentenceAndLeavesNothing()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        f.exporter.start(request(), path);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QVERIFY(f.waitForRequest(2));
        const ApiError error(ApiError::Kind::ServerError, QStringLiteral("database on fire"), 503);
        f.api.replySearch(1, error);
        QVERIFY(f.failed.wait(5000));
        QCOMPARE(f.failed.at(0).at(0).toString(), error.userMessage());
        QVERIFY(!f.exporter.isRunning());
        QCOMPARE(f.outcomes(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(filesIn(dir).isEmpty());
    }

    void anUnwritablePathFailsClearly()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/out.csv"));
        f.exporter.start(request(), path);
        QCOMPARE(f.api.searches.size(), 0); // nothing asked of the server
        QVERIFY(f.failed.wait(5000));
        const QString message = f.failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Could not create")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was exported")), qPrintable(message));
        QCOMPARE(f.outcomes(), 1);
        QVERIFY(!QFile::exists(path));
    }

    void aReadOnlyFolderFailsClearly()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QFile probe(path);
        if (probe.open(QIODevice::WriteOnly)) { // running as root: permissions do not apply
            probe.remove();
            QFile::setPermissions(
                dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("permissions are not enforced for this user");
        }
        Fixture f;
        f.exporter.start(request(), path);
        QVERIFY(f.failed.wait(5000));
        QVERIFY(f.failed.at(0).at(0).toString().startsWith(QStringLiteral("Could not create")));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!QFile::exists(path));
    }

    void aDeviceGetsEachPageAsItArrives()
    {
        Fixture f;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        f.exporter.start(request(), &buffer);
        QCOMPARE(buffer.data(), QByteArray("key\r\n"));
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QCOMPARE(buffer.data(), QByteArray("key\r\n") + keys(0, 50));
        QVERIFY(f.waitForRequest(2));
        f.api.replySearch(1, ApiError(ApiError::Kind::Network, QStringLiteral("reset")));
        QVERIFY(f.failed.wait(5000));
        QCOMPARE(f.exporter.written(), 50); // what the caller reports as incomplete
        QCOMPARE(buffer.data(), QByteArray("key\r\n") + keys(0, 50));
    }

    void aFullDeviceFailsClearly()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("no /dev/full");
        Fixture f;
        f.exporter.start(request(), &full);
        QVERIFY(f.failed.wait(5000));
        const QString message = f.failed.at(0).at(0).toString();
        QVERIFY2(
            message.startsWith(QStringLiteral("Could not write the output")), qPrintable(message));
        QCOMPARE(f.api.searches.size(), 0);
    }

    void theSameCursorTwiceStops()
    {
        Fixture f;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        f.exporter.start(request(), &buffer);
        f.api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QVERIFY(f.waitForRequest(2));
        f.api.replySearch(1, makePage(50, 50, QStringLiteral("c1")));
        QVERIFY(f.failed.wait(5000));
        QTest::qWait(20);
        QCOMPARE(f.api.searches.size(), 2);
    }

    void destroyingARunningExportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        FakeContextsApi api;
        {
            ContextExporter exporter(&api);
            exporter.start(request(), path);
            api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
            QVERIFY(QTest::qWaitFor([&] { return api.searches.size() == 2; }, 5000));
        }
        // The page asked for last arrives after the exporter is gone: dropped (replyTo), and
        // nothing is written.
        QVERIFY(api.replySearch(1, makePage(50, 50, QString())));
        QVERIFY(filesIn(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ContextExporter)
#include "tst_ContextExporter.moc"
