#include "ApiError.h"

#include <QTest>

using ctx::ApiError;
using Kind = ApiError::Kind;

class tst_ApiError : public QObject
{
    Q_OBJECT
private slots:
    void messages_data();
    void messages();
    void detailWithoutTrailingPeriod();
    void accessors();
};

void tst_ApiError::messages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expected"); // substrings that must appear

    QTest::newRow("unauthorized") << int(Kind::Unauthorized)
                                  << QStringLiteral("Invalid access token") << 401
                                  << QStringList {QStringLiteral("rejected the access token (401)"),
                                         QStringLiteral("has not been revoked")};
    QTest::newRow("forbidden") << int(Kind::Forbidden) << QStringLiteral("Access denied") << 403
                               << QStringList {QStringLiteral("(403)"),
                                      QStringLiteral("Access denied"), QStringLiteral("role"),
                                      QStringLiteral("contexts")};
    QTest::newRow("not found") << int(Kind::NotFound)
                               << QStringLiteral("Invalid resource identifier") << 404
                               << QStringList {
                                      QStringLiteral("(404): Invalid resource identifier."),
                                      QStringLiteral("Check the project and environment keys.")};
    QTest::newRow("bad request") << int(Kind::BadRequest)
                                 << QStringLiteral("unsupported operator lte") << 400
                                 << QStringList {QStringLiteral(
                                        "The server rejected the request (400): unsupported "
                                        "operator lte")};
    QTest::newRow("conflict") << int(Kind::Conflict) << QStringLiteral("lock") << 409
                              << QStringList {QStringLiteral("(409)"), QStringLiteral("lock")};
    QTest::newRow("rate limited") << int(Kind::RateLimited) << QString() << 429
                                  << QStringList {QStringLiteral("(429)"), QStringLiteral("Wait")};
    QTest::newRow("server error 503")
        << int(Kind::ServerError) << QStringLiteral("maintenance") << 503
        << QStringList {QStringLiteral("(503)"), QStringLiteral("maintenance"),
               QStringLiteral("Try again later")};
    QTest::newRow("unexpected status")
        << int(Kind::UnexpectedStatus) << QString() << 418 << QStringList {QStringLiteral("(418)")};
    QTest::newRow("network") << int(Kind::Network)
                             << QStringLiteral("the connection to 127.0.0.1 was refused") << 0
                             << QStringList {QStringLiteral(
                                    "Could not reach the server: the connection to 127.0.0.1 "
                                    "was refused. Check the address and your network "
                                    "connection.")};
    QTest::newRow("timeout") << int(Kind::Timeout) << QString() << 0
                             << QStringList {QStringLiteral("did not answer in time")};
    QTest::newRow("tls") << int(Kind::Tls) << QStringLiteral("The certificate has expired") << 0
                         << QStringList {QStringLiteral("secure connection"),
                                QStringLiteral("The certificate has expired")};
    QTest::newRow("invalid response")
        << int(Kind::InvalidResponse) << QStringLiteral("items[3].context.key is missing") << 200
        << QStringList {QStringLiteral("The server sent a response that could not be read: "
                                       "items[3].context.key is missing.")};
    QTest::newRow("insecure url") << int(Kind::InsecureUrl)
                                  << QStringLiteral("\"http://example.com\" is not https") << 0
                                  << QStringList {QStringLiteral(
                                         "Plain http is allowed only to this computer (loopback); "
                                         "use an https:// address.")};
    QTest::newRow("cancelled") << int(Kind::Cancelled) << QString() << 0
                               << QStringList {QStringLiteral("cancelled")};
}

void tst_ApiError::messages()
{
    QFETCH(int, kind);
    QFETCH(QString, detail);
    QFETCH(int, status);
    QFETCH(QStringList, expected);
    const ApiError error(static_cast<Kind>(kind), detail, status, QStringLiteral("some_code"));
    const QString message = error.userMessage();
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QVERIFY(!message.contains(QLatin1String("..")));
    QVERIFY(!message.contains(QLatin1String("some_code")));
    QVERIFY(!message.contains(QLatin1String("api-")));
}

void tst_ApiError::detailWithoutTrailingPeriod()
{
    const ApiError error(Kind::NotFound, QStringLiteral("Unknown environment."), 404);
    QCOMPARE(error.userMessage(),
        QStringLiteral("The server did not find the project or environment (404): Unknown "
                       "environment. Check the project and environment keys."));
    const ApiError empty(Kind::BadRequest, QString(), 400);
    QVERIFY(
        empty.userMessage().startsWith(QLatin1String("The server rejected the request (400).")));
    // A %1 in a server's message is not a placeholder.
    const ApiError percent(Kind::BadRequest, QStringLiteral("bad %1 %2"), 400);
    QVERIFY(percent.userMessage().contains(QLatin1String("bad %1 %2")));
}

void tst_ApiError::accessors()
{
    const ApiError error(
        Kind::RateLimited, QStringLiteral("slow down"), 429, QStringLiteral("rate_limited"));
    QCOMPARE(error.kind(), Kind::RateLimited);
    QCOMPARE(error.detail(), QStringLiteral("slow down"));
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.code(), QStringLiteral("rate_limited"));
}

QTEST_APPLESS_MAIN(tst_ApiError)
#include "tst_ApiError.moc"
