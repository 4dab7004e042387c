#include "AppOptions.h"
#include "Translations.h"

#include <QHash>
#include <QTest>

using namespace ctx;

namespace {
std::optional<AppOptions> parse(
    const QStringList &args, const QHash<QString, QString> &env, QString *error)
{
    return AppOptions::parse(
        QStringList {QStringLiteral("contexts-browser")} + args,
        [&env](const char *name) { return env.value(QLatin1String(name)); }, error);
}
} // namespace

class tst_AppOptions : public QObject
{
    Q_OBJECT

private slots:
    void nothingGivenLeavesTheChoiceToTheSavedConnections()
    {
        QString error;
        const auto options = parse({}, {}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(!options->demo);
        QVERIFY(options->baseUri.isEmpty());
    }

    void aMissingTokenIsAskedForLaterRatherThanRefused()
    {
        QString error;
        const auto options
            = parse({QStringLiteral("--base-uri"), QStringLiteral("https://app.launchdarkly.com"),
                        QStringLiteral("--project"), QStringLiteral("p"),
                        QStringLiteral("--environment"), QStringLiteral("e")},
                {}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->token.isEmpty());
    }

    void demoWithSizeKindsAndScreenshot()
    {
        QString error;
        const auto options
            = parse({QStringLiteral("--demo"), QStringLiteral("--demo-contexts"),
                        QStringLiteral("300"), QStringLiteral("--kind"), QStringLiteral("user"),
                        QStringLiteral("--kind"), QStringLiteral("device"),
                        QStringLiteral("--screenshot"), QStringLiteral("out.png")},
                {}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->demo);
        QCOMPARE(options->demoContexts, 300);
        QCOMPARE(options->kinds, (QStringList {QStringLiteral("user"), QStringLiteral("device")}));
        QCOMPARE(options->screenshotPath, QStringLiteral("out.png"));
    }

    void ldcliNamesFromTheCommandLine()
    {
        QString error;
        const auto options = parse(
            {QStringLiteral("--base-uri"), QStringLiteral("https://app.eu.launchdarkly.com"),
                QStringLiteral("--project"), QStringLiteral("web"), QStringLiteral("--environment"),
                QStringLiteral("prod")},
            {{QStringLiteral("LD_ACCESS_TOKEN"), QStringLiteral("api-x")}}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(!options->demo);
        QCOMPARE(options->baseUri, QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        QCOMPARE(options->project, QStringLiteral("web"));
        QCOMPARE(options->environment, QStringLiteral("prod"));
        QCOMPARE(options->token, QStringLiteral("api-x"));
    }

    void ldcliNamesFromTheEnvironmentAndOptionsWin()
    {
        QString error;
        const auto options = parse({QStringLiteral("--environment"), QStringLiteral("staging")},
            {{QStringLiteral("LD_BASE_URI"), QStringLiteral("https://app.launchdarkly.us")},
                {QStringLiteral("LD_PROJECT"), QStringLiteral("p")},
                {QStringLiteral("LD_ENVIRONMENT"), QStringLiteral("prod")},
                {QStringLiteral("LD_ACCESS_TOKEN"), QStringLiteral("api-y")}},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->baseUri.host(), QStringLiteral("app.launchdarkly.us"));
        QCOMPARE(options->project, QStringLiteral("p"));
        QCOMPARE(options->environment, QStringLiteral("staging"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("expected");
        const QString uri = QStringLiteral("https://app.launchdarkly.com");
        QTest::newRow("no project") << QStringList {QStringLiteral("--base-uri"), uri} << true
                                    << QStringLiteral("--project");
        QTest::newRow("project without uri") << QStringList {QStringLiteral("--project"),
            QStringLiteral("p")} << true << QStringLiteral("--base-uri");
        QTest::newRow("bad uri") << QStringList {QStringLiteral("--base-uri"),
            QStringLiteral("not a url"), QStringLiteral("--project"), QStringLiteral("p"),
            QStringLiteral("--environment"), QStringLiteral("e")}
                                 << true << QStringLiteral("not a valid base URI");
        QTest::newRow("bad size") << QStringList {QStringLiteral("--demo-contexts"),
            QStringLiteral("lots")}
                                  << true << QStringLiteral("--demo-contexts");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << true << QStringLiteral("frobnicate");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << true
                                        << QStringLiteral("Unexpected argument");
        QTest::newRow("unknown language") << QStringList {QStringLiteral("--lang"),
            QStringLiteral("xx")} << true << QStringLiteral("--lang");
        QTest::newRow("unknown theme")
            << QStringList {QStringLiteral("--theme"), QStringLiteral("sepia")} << true
            << QStringLiteral("system, light or dark");
    }

    void languageAndThemeForTheSession()
    {
        QString error;
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("--lang"),
                                       QStringLiteral("de"), QStringLiteral("--theme=Dark")},
            {}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->language, QStringLiteral("de"));
        QCOMPARE(options->theme, QStringLiteral("dark"));
        const auto plain = parse({QStringLiteral("--demo")}, {}, &error);
        QVERIFY(plain);
        QVERIFY(plain->language.isEmpty());
        QVERIFY(plain->theme.isEmpty());
        QVERIFY(!plain->verbose);
        const auto verbose
            = parse({QStringLiteral("--demo"), QStringLiteral("--verbose")}, {}, &error);
        QVERIFY2(verbose, qPrintable(error));
        QVERIFY(verbose->verbose);
        const auto filtered
            = parse({QStringLiteral("--filter"), QStringLiteral(" user.plan equals \"pro\" "),
                        QStringLiteral("--filter-builder")},
                {}, &error);
        QVERIFY2(filtered, qPrintable(error));
        QCOMPARE(filtered->filter, QStringLiteral("user.plan equals \"pro\""));
        QVERIFY(filtered->showFilterBuilder);
        QVERIFY(!plain->showFilterBuilder);
    }

    void theLanguageIsFoundBeforeTheFullParse()
    {
        // main() installs the translators before parsing, so that --help is translated.
        const QString app = QStringLiteral("contexts-browser");
        QCOMPARE(Translations::languageArgument({app, QStringLiteral("--demo"),
                     QStringLiteral("--lang"), QStringLiteral("de")}),
            QStringLiteral("de"));
        QCOMPARE(Translations::languageArgument({app, QStringLiteral("--lang=fr")}),
            QStringLiteral("fr"));
        QVERIFY(Translations::languageArgument({app, QStringLiteral("--demo")}).isEmpty());
        QVERIFY(Translations::languageArgument({app, QStringLiteral("--lang")}).isEmpty());
        QCOMPARE(Translations::localeFor(QStringLiteral("de"))->language(), QLocale::German);
        QVERIFY(!Translations::localeFor(QStringLiteral("xx")));
        QCOMPARE(Translations::localeFor(QString()), std::optional(QLocale::system()));
    }

    void helpAndVersionAreInformationNotErrors()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QString text;
            bool informational = false;
            QVERIFY(!AppOptions::parse(
                {QStringLiteral("contexts-browser"), flag}, [](const char *) { return QString(); },
                &text, &informational));
            QVERIFY2(informational, qPrintable(flag));
            QVERIFY(!text.isEmpty());
        }
        QString help;
        AppOptions::parse(
            {QStringLiteral("contexts-browser"), QStringLiteral("--help")},
            [](const char *) { return QString(); }, &help);
        QVERIFY(help.contains(QStringLiteral("--lang <CODE>")));
        QVERIFY(help.contains(QStringLiteral("--theme <THEME>")));
        bool informational = true;
        QString error;
        QVERIFY(!AppOptions::parse(
            {QStringLiteral("contexts-browser"), QStringLiteral("--nope")},
            [](const char *) { return QString(); }, &error, &informational));
        QVERIFY(!informational);
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withToken);
        QFETCH(QString, expected);
        QHash<QString, QString> env;
        if (withToken)
            env.insert(QStringLiteral("LD_ACCESS_TOKEN"), QStringLiteral("api-secret-token"));
        QString error;
        QVERIFY(!parse(args, env, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("api-secret-token")));
    }
};

QTEST_GUILESS_MAIN(tst_AppOptions)
#include "tst_AppOptions.moc"
