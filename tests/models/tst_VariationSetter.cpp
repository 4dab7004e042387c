// VariationSetter: a flag's variations, then the context's individual setting of one.
#include "FakeContextsApi.h"
#include "VariationSetter.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctx;

class tst_VariationSetter : public QObject
{
    Q_OBJECT
private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    static ContextRecord context(const QString &kind, const QString &key)
    {
        ContextRecord record;
        record.kind = kind;
        record.key = key;
        return record;
    }

private slots:
    void onlyASingleKindContextInAnEnvironmentCanBeTargeted()
    {
        FakeContextsApi api;
        VariationSetter setter(&api);
        QVERIFY(!setter.canSet());
        setter.setContext(env, context(QStringLiteral("multi"), QStringLiteral("m")));
        QVERIFY(!setter.canSet());
        setter.setContext({}, context(QStringLiteral("user"), QStringLiteral("anna")));
        QVERIFY(!setter.canSet());
        setter.setContext(env, context(QStringLiteral("user"), QStringLiteral("anna")));
        QVERIFY(setter.canSet());
        QVERIFY(!setter.set(QString(), QByteArrayLiteral("true"), QString()));
        QCOMPARE(api.settingCalls.size(), 0);
    }

    void setsOnePerFlagAndReportsTheOutcome()
    {
        FakeContextsApi api;
        VariationSetter setter(&api);
        setter.setContext(env, context(QStringLiteral("user"), QStringLiteral("anna")));
        QSignalSpy set(&setter, &VariationSetter::variationSet);
        QSignalSpy failed(&setter, &VariationSetter::variationFailed);
        QVERIFY(setter.set(QStringLiteral("dark-mode"), QByteArrayLiteral("true"),
            QStringLiteral("support ticket 12")));
        QVERIFY(setter.isSetting(QStringLiteral("dark-mode")));
        QVERIFY(!setter.set(QStringLiteral("dark-mode"), std::nullopt, QString()));
        QVERIFY(setter.set(QStringLiteral("beta"), std::nullopt, QString())); // another flag
        QCOMPARE(api.settingCalls.size(), 2);
        QCOMPARE(api.settingCalls.at(0).key, QStringLiteral("anna"));
        QCOMPARE(api.settingCalls.at(0).valueJson, std::optional(QByteArrayLiteral("true")));
        QCOMPARE(api.settingCalls.at(0).comment, QStringLiteral("support ticket 12"));
        QVERIFY(!api.settingCalls.at(1).valueJson); // nullopt clears the setting
        FakeContextsApi::reply<Done>(api.settingCalls, 0, Done {});
        FakeContextsApi::reply<Done>(
            api.settingCalls, 1, ApiError(ApiError::Kind::Forbidden, QStringLiteral("no"), 403));
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.at(0).at(0).toString(), QStringLiteral("dark-mode"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("beta"));
        QVERIFY(!setter.isSetting(QStringLiteral("dark-mode")));
    }

    void anotherContextDropsLoadsAndStopsReportingWrites()
    {
        FakeContextsApi api;
        VariationSetter setter(&api);
        setter.setContext(env, context(QStringLiteral("user"), QStringLiteral("anna")));
        QSignalSpy loaded(&setter, &VariationSetter::variationsLoaded);
        QSignalSpy set(&setter, &VariationSetter::variationSet);
        QVERIFY(setter.loadVariations(QStringLiteral("dark-mode")));
        QVERIFY(!setter.loadVariations(QStringLiteral("dark-mode")));
        setter.set(QStringLiteral("dark-mode"), QByteArrayLiteral("true"), QString());
        setter.setContext(env, context(QStringLiteral("user"), QStringLiteral("bob")));
        QVERIFY(api.variationCalls.at(0).isCancelled());
        QVERIFY(!api.settingCalls.at(0).isCancelled()); // the server may have applied it
        FakeContextsApi::reply<Done>(api.settingCalls, 0, Done {});
        QCOMPARE(set.size(), 0);
        QVERIFY(!setter.isSetting(QStringLiteral("dark-mode")));
        // Bob's own load goes through.
        QVERIFY(setter.loadVariations(QStringLiteral("dark-mode")));
        FlagVariation on;
        on.valueJson = QByteArrayLiteral("true");
        FakeContextsApi::reply<QList<FlagVariation>>(
            api.variationCalls, 1, QList<FlagVariation> {on});
        QCOMPARE(loaded.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_VariationSetter)
#include "tst_VariationSetter.moc"
