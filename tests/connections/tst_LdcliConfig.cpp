#include "LdcliConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ctx;

class tst_LdcliConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("config.yml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

private slots:
    void pathFollowsXdgConfigHome()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg-here");
        QCOMPARE(ldcliConfigPath(), QStringLiteral("/tmp/xdg-here/ldcli/config.yml"));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(ldcliConfigPath(), QDir::homePath() + QStringLiteral("/.config/ldcli/config.yml"));
        qputenv("XDG_CONFIG_HOME", saved);
    }

    void readsFlatKeys()
    {
        const QString path = write("# written by ldcli config --set\n"
                                   "access-token: api-1234abcd\n"
                                   "\n"
                                   "base-uri: \"https://app.eu.launchdarkly.com\"\n"
                                   "project: 'web-app'   # the main one\n"
                                   "environment: staging\n"
                                   "analytics-opt-out: true\n"
                                   "output: json\n");
        const auto config = readLdcliConfig(path);
        QVERIFY(config);
        QCOMPARE(config->accessToken, QStringLiteral("api-1234abcd"));
        QCOMPARE(config->baseUri, QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        QCOMPARE(config->project, QStringLiteral("web-app"));
        QCOMPARE(config->environment, QStringLiteral("staging"));
    }

    void quotingAndComments()
    {
        const QString path = write("project: \"a \\\"quoted\\\" # key\"  # comment\r\n"
                                   "environment: 'it''s'\r\n"
                                   "access-token: abc#def\r\n");
        const auto config = readLdcliConfig(path);
        QVERIFY(config);
        QCOMPARE(config->project, QStringLiteral("a \"quoted\" # key"));
        QCOMPARE(config->environment, QStringLiteral("it's"));
        QCOMPARE(config->accessToken, QStringLiteral("abc#def")); // '#' inside a word stays
        QVERIFY(config->baseUri.isEmpty());
    }

    void ignoresWhatItDoesNotUnderstand()
    {
        const QString path = write("---\n"
                                   "nested:\n"
                                   "  project: not-this\n"
                                   "- project: nor-this\n"
                                   "environment: [a, b]\n"
                                   "project: \"unterminated\n"
                                   "access-token: # nothing but a comment\n"
                                   "base-uri:https://glued\n"
                                   "environment: production\n");
        const auto config = readLdcliConfig(path);
        QVERIFY(config);
        QVERIFY(config->project.isEmpty());
        QVERIFY(config->accessToken.isEmpty());
        QVERIFY(config->baseUri.isEmpty());
        QCOMPARE(config->environment, QStringLiteral("production"));
    }

    void nothingUsefulIsNullopt()
    {
        QVERIFY(!readLdcliConfig(m_dir.filePath(QStringLiteral("missing.yml"))));
        QVERIFY(!readLdcliConfig(QString()));
        QVERIFY(!readLdcliConfig(write("")));
        QVERIFY(!readLdcliConfig(write("output: json\n# access-token: commented\n")));
    }
};

QTEST_GUILESS_MAIN(tst_LdcliConfig)
#include "tst_LdcliConfig.moc"
