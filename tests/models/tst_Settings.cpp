// Settings: every key with its type and default, over a QSettings a test hands in, and the
// migration of earlier versions' keys.
#include "SavedView.h"
#include "Settings.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

class tst_Settings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(file()); }

    void nothingSavedIsTheDefault()
    {
        QSettings store(file(), QSettings::IniFormat);
        const Settings settings(&store);
        QCOMPARE(settings.value(Settings::theme), QStringLiteral("system"));
        QVERIFY(settings.value(Settings::windowGeometry).isEmpty());
        QCOMPARE(settings.value(Settings::settingsVersion), 0);
    }

    void valuesRoundTripUnderTheirKeys()
    {
        QSettings store(file(), QSettings::IniFormat);
        Settings settings(&store);
        settings.setValue(Settings::theme, QStringLiteral("dark"));
        settings.setValue(Settings::windowGeometry, QByteArray("\x01\x02", 2));
        store.sync();
        const QSettings reread(file(), QSettings::IniFormat);
        QCOMPARE(
            reread.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(reread.value(QStringLiteral("window/geometry")).toByteArray(),
            QByteArray("\x01\x02", 2));
        settings.remove(Settings::theme);
        QCOMPARE(settings.value(Settings::theme), QStringLiteral("system"));
    }

    void aValueOfTheWrongTypeIsTheDefault()
    {
        QSettings store(file(), QSettings::IniFormat);
        // A default that a failed conversion (0) cannot fake.
        const Setting<int> count {QLatin1StringView("test/count"), 7};
        store.setValue(QStringLiteral("test/count"), QStringLiteral("not a number"));
        const Settings settings(&store);
        QCOMPARE(settings.value(count), 7);
        store.setValue(QStringLiteral("test/count"), QStringLiteral("12"));
        QCOMPARE(settings.value(count), 12);
    }

    void migrationMovesSavedViewsOnceAndKeepsNewerValues()
    {
        QSettings store(file(), QSettings::IniFormat);
        // What version 1 wrote: the saved views at the top level.
        SavedView view;
        view.name = QStringLiteral("Paying users");
        const QByteArray old
            = "[" + QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact) + "]";
        store.setValue(QStringLiteral("savedViews"), old);
        Settings settings(&store);
        settings.migrate();
        QVERIFY(!store.contains(QStringLiteral("savedViews")));
        QCOMPARE(settings.value(Settings::savedViews), old);
        QCOMPARE(settings.value(Settings::settingsVersion), Settings::currentVersion);
        QCOMPARE(SavedViewStore(&store).views().value(0).name, QStringLiteral("Paying users"));

        // Again: nothing changes, even if an old key reappears (a downgrade wrote it).
        store.setValue(QStringLiteral("savedViews"), QByteArray("[]"));
        settings.migrate();
        QCOMPARE(settings.value(Settings::savedViews), old);
    }

    void aValueAlreadyUnderTheNewNameWins()
    {
        QSettings store(file(), QSettings::IniFormat);
        store.setValue(QStringLiteral("savedViews"), QByteArray("[1]"));
        store.setValue(QStringLiteral("views/saved"), QByteArray("[2]"));
        Settings settings(&store);
        settings.migrate();
        QCOMPARE(settings.value(Settings::savedViews), QByteArray("[2]"));
        QVERIFY(!store.contains(QStringLiteral("savedViews")));
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
