#include "Connection.h"

#include <QTest>

using ctx::ApiError;
using Kind = ApiError::Kind;

// Which base URLs a connection accepts before any request goes out, and the User-Agent.
class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void checkBaseUrl_data();
    void checkBaseUrl();
    void userAgent();
};

void tst_Connection::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind"); // -1: accepted

    QTest::newRow("https") << QStringLiteral("https://app.launchdarkly.com") << -1;
    QTest::newRow("https eu with slash")
        << QStringLiteral("https://app.eu.launchdarkly.com/") << -1;
    QTest::newRow("https custom port") << QStringLiteral("https://ld.internal:8443/prefix") << -1;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << -1;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST") << -1;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234") << -1;
    QTest::newRow("http 127.3.4.5") << QStringLiteral("http://127.3.4.5") << -1;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << -1;
    QTest::newRow("http remote") << QStringLiteral("http://app.launchdarkly.com")
                                 << int(Kind::InsecureUrl);
    QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1") << int(Kind::InsecureUrl);
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0") << int(Kind::InsecureUrl);
    QTest::newRow("http localhost.evil.com")
        << QStringLiteral("http://localhost.evil.com") << int(Kind::InsecureUrl);
    QTest::newRow("http 127.0.0.1.nip.io")
        << QStringLiteral("http://127.0.0.1.nip.io") << int(Kind::InsecureUrl);
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << int(Kind::InsecureUrl);
    QTest::newRow("empty") << QString() << int(Kind::Network);
    QTest::newRow("relative") << QStringLiteral("app.launchdarkly.com") << int(Kind::Network);
    QTest::newRow("no host") << QStringLiteral("https:///api") << int(Kind::Network);
}

void tst_Connection::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    const auto error = ctx::checkBaseUrl(QUrl(url));
    QCOMPARE(error.has_value(), kind >= 0);
    if (error) {
        QCOMPARE(int(error->kind()), kind);
        QVERIFY(!error->userMessage().isEmpty());
        QVERIFY(!error->detail().isEmpty());
    }
}

void tst_Connection::userAgent()
{
    QCOMPARE(ctx::userAgent(),
        QStringLiteral("contexts-browser/%1 Qt/%2")
            .arg(QStringLiteral(CTX_VERSION), QString::fromLatin1(qVersion())));
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_Connection.moc"
