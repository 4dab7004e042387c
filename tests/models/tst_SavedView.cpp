#include "SavedView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

namespace {
SavedView doctors()
{
    SavedView view;
    view.name = QStringLiteral("Doctors in Springfield");
    view.kinds = {QStringLiteral("user"), QStringLiteral("organization")};
    view.quickSearch = QStringLiteral("anna");
    view.filter = QStringLiteral("user.jobFunction equals \"doctor\",organization./address/city "
                                 "equals \"Zürich, \\\"Ost\\\"\"");
    view.sort = SortOrder::OldestFirst;
    view.columns = QJsonObject {{QStringLiteral("columns"),
        QJsonArray {QStringLiteral("kind"), QStringLiteral("/address/city")}}};
    return view;
}
} // namespace

class tst_SavedView : public QObject
{
    Q_OBJECT

private slots:
    void fileRoundTrip()
    {
        const SavedView view = doctors();
        QString error;
        const auto back = SavedViewStore::importFile(SavedViewStore::exportFile(view), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, view);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a contexts-browser view");
        QTest::newRow("other format") << QByteArray(R"({"format":"something","name":"x"})")
                                      << QStringLiteral("not a contexts-browser view");
        QTest::newRow("newer") << QByteArray(
            R"({"format":"contexts-browser/view","version":9,"name":"x"})")
                               << QStringLiteral("newer");
        QTest::newRow("no name") << QByteArray(R"({"format":"contexts-browser/view","version":1})")
                                 << QStringLiteral("no name");
        QTest::newRow("kinds not a list")
            << QByteArray(R"({"format":"contexts-browser/view","name":"x","kinds":"user"})")
            << QStringLiteral("not a list");
        QTest::newRow("filter not text")
            << QByteArray(R"({"format":"contexts-browser/view","name":"x","filter":5})")
            << QStringLiteral("not text");
        QTest::newRow("bad filter")
            << QByteArray(R"({"format":"contexts-browser/view","name":"x","filter":"kind lte 3"})")
            << QStringLiteral("filter is not valid");
        QTest::newRow("bad sort") << QByteArray(
            R"({"format":"contexts-browser/view","name":"x","sort":"name"})")
                                  << QStringLiteral("not ts or -ts");
        QTest::newRow("huge") << QByteArray(qsizetype(300) * 1024, ' ')
                              << QStringLiteral("too large");
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SavedViewStore::importFile(bytes, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void storeSavesRenamesRemoves()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SavedViewStore store(&settings);
        QVERIFY(store.views().isEmpty());
        SavedView a = doctors();
        SavedView b;
        b.name = QStringLiteral("All devices");
        b.kinds = {QStringLiteral("device")};
        store.save(a);
        store.save(b);
        QCOMPARE(store.views().size(), 2);
        QCOMPARE(store.views().first().name, QStringLiteral("All devices")); // sorted
        a.filter = QStringLiteral("key startsWith \"x\"");
        store.save(a); // same name: replaced
        QCOMPARE(store.views().size(), 2);
        QCOMPARE(store.views().last().filter, a.filter);
        QVERIFY(!store.rename(b.name, a.name)); // taken
        QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("y")));
        QVERIFY(!store.rename(b.name, QStringLiteral("  ")));
        QVERIFY(store.rename(b.name, QStringLiteral("Devices")));
        QCOMPARE(store.views().first().name, QStringLiteral("Devices"));
        store.remove(QStringLiteral("Devices"));
        QCOMPARE(store.views().size(), 1);
    }

    void brokenStoredValueReadsAsNoViews()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("savedViews"), QByteArray("{garbage"));
        SavedViewStore store(&settings);
        QVERIFY(store.views().isEmpty());
        store.save(doctors());
        QCOMPARE(store.views().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SavedView)
#include "tst_SavedView.moc"
