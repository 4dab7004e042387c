#include "ConnectionProfile.h"
#include "ConnectionStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ctx;

namespace {
ConnectionProfile profile(
    const QString &name, const QUrl &url = QUrl(QStringLiteral("https://app.launchdarkly.com")))
{
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = url;
    p.color = QStringLiteral("#22aa44");
    p.projectKey = QStringLiteral("web");
    p.environmentKey = QStringLiteral("staging");
    return p;
}

QList<QString> names(const QList<ConnectionProfile> &profiles)
{
    QList<QString> out;
    for (const ConnectionProfile &p : profiles)
        out.append(p.name);
    return out;
}
} // namespace

class tst_ConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("contexts-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ConnectionStore"));
    }
    void init() { QSettings().clear(); }

    void knownInstancesAreLaunchDarklys()
    {
        const QList<KnownInstance> instances = knownInstances();
        QCOMPARE(instances.size(), 3);
        QCOMPARE(instances[0].name, QStringLiteral("Commercial"));
        QCOMPARE(instances[0].baseUrl, QUrl(QStringLiteral("https://app.launchdarkly.com")));
        QCOMPARE(instances[1].name, QStringLiteral("EU"));
        QCOMPARE(instances[1].baseUrl, QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        QCOMPARE(instances[2].name, QStringLiteral("Federal"));
        QCOMPARE(instances[2].baseUrl, QUrl(QStringLiteral("https://app.launchdarkly.us")));
    }

    void demoIsAlwaysFirstAndFixed()
    {
        ConnectionStore store;
        QList<ConnectionProfile> list = store.connections();
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].isDemo());
        QCOMPARE(list[0].name, QStringLiteral("Demo"));

        QSignalSpy changed(&store, &ConnectionStore::changed);
        QVERIFY(!store.remove(ConnectionProfile::demoId()));
        ConnectionProfile renamed = list[0];
        renamed.name = QStringLiteral("Not the demo");
        QCOMPARE(store.save(renamed).name, QStringLiteral("Demo"));
        QCOMPARE(changed.size(), 0);

        store.save(profile(QStringLiteral("Alpha")));
        list = store.connections();
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].isDemo());
        QCOMPARE(store.find(ConnectionProfile::demoId())->name, QStringLiteral("Demo"));
    }

    void createEditRemove()
    {
        ConnectionStore store;
        QSignalSpy changed(&store, &ConnectionStore::changed);
        const ConnectionProfile saved = store.save(profile(QStringLiteral("  Zeta EU  "),
            QUrl(QStringLiteral("https://app.eu.launchdarkly.com"))));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!saved.id.isEmpty());
        QVERIFY(!saved.isDemo());
        QCOMPARE(saved.name, QStringLiteral("Zeta EU"));

        ConnectionProfile second = profile(QStringLiteral("alpha"));
        second.production = true;
        second.caFile = QStringLiteral("/etc/ssl/corp.pem");
        second = store.save(second);

        // A second store (as after a restart) reads the same, sorted by name after the demo.
        ConnectionStore reopened;
        QCOMPARE(names(reopened.connections()),
            (QList<QString> {
                QStringLiteral("Demo"), QStringLiteral("alpha"), QStringLiteral("Zeta EU")}));
        const auto found = reopened.find(second.id);
        QVERIFY(found);
        QCOMPARE(*found, second);
        QCOMPARE(found->baseUrl, QUrl(QStringLiteral("https://app.launchdarkly.com")));
        QVERIFY(found->production);
        QCOMPARE(found->caFile, QStringLiteral("/etc/ssl/corp.pem"));

        // Edit: same id, replaced values; nothing stale remains.
        ConnectionProfile edited = saved;
        edited.name = QStringLiteral("EU prod");
        edited.environmentKey.clear();
        QCOMPARE(store.save(edited).id, saved.id);
        QCOMPARE(store.find(saved.id)->name, QStringLiteral("EU prod"));
        QVERIFY(store.find(saved.id)->environmentKey.isEmpty());
        QCOMPARE(store.connections().size(), 3);

        QVERIFY(store.remove(saved.id));
        QVERIFY(!store.find(saved.id));
        QVERIFY(!store.remove(saved.id));
        QCOMPARE(names(store.connections()),
            (QList<QString> {QStringLiteral("Demo"), QStringLiteral("alpha")}));
        QCOMPARE(changed.size(), 4);
    }

    void lastUsed()
    {
        ConnectionStore store;
        QVERIFY(store.lastUsedId().isEmpty());
        const ConnectionProfile saved = store.save(profile(QStringLiteral("Work")));
        store.setLastUsedId(saved.id);
        QCOMPARE(ConnectionStore().lastUsedId(), saved.id);
        store.setLastUsedId(ConnectionProfile::demoId());
        QCOMPARE(store.lastUsedId(), ConnectionProfile::demoId());
        store.setLastUsedId(saved.id);
        store.remove(saved.id); // a removed connection is not offered on the next start
        QVERIFY(store.lastUsedId().isEmpty());
    }

    void settingsFileHoldsNoToken()
    {
        ConnectionStore store;
        ConnectionProfile p = profile(QStringLiteral("Work"));
        store.save(p);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[connections]"));
        QVERIFY(text.contains("Work"));
        QVERIFY(!text.contains("token"));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionStore)
#include "tst_ConnectionStore.moc"
