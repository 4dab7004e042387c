#include "RetryPolicy.h"

#include <QTest>

using ctx::RetryPolicy;

namespace {

constexpr qint64 Now = 1'700'000'000'000; // epoch ms

std::function<double()> fixed(double value)
{
    return [value] { return value; };
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryAfterSeconds()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.serverDelayMs("7", {}, Now), std::optional<qint64>(7000));
        QCOMPARE(policy.serverDelayMs(" 0 ", {}, Now), std::optional<qint64>(0));
    }

    void retryAfterHttpDate()
    {
        const RetryPolicy policy;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(Now, Qt::UTC);
        const QByteArray date = now.addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(policy.serverDelayMs(date, {}, Now), std::optional<qint64>(30000));
    }

    void rateLimitResetEpochMs()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.serverDelayMs({}, QByteArray::number(Now + 2500), Now),
            std::optional<qint64>(2500));
    }

    void bothHeadersTakeTheLaterTime()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.serverDelayMs("3", QByteArray::number(Now + 2500), Now),
            std::optional<qint64>(3000));
        QCOMPARE(policy.serverDelayMs("1", QByteArray::number(Now + 2500), Now),
            std::optional<qint64>(2500));
    }

    void garbageHeadersAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("reset");
        QTest::newRow("none") << QByteArray() << QByteArray();
        QTest::newRow("words") << QByteArray("soon") << QByteArray("later");
        QTest::newRow("negative") << QByteArray("-5") << QByteArray("-1");
        QTest::newRow("fraction") << QByteArray("1.5") << QByteArray("17e11");
        QTest::newRow("huge") << QByteArray("99999999999999999999") << QByteArray();
        QTest::newRow("reset in the past") << QByteArray() << QByteArray::number(Now - 1000);
        QTest::newRow("date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << QByteArray();
    }

    void garbageHeadersAreIgnored()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, reset);
        const RetryPolicy policy;
        QCOMPARE(policy.serverDelayMs(retryAfter, reset, Now), std::nullopt);
        // ... so the wait falls back to exponential backoff.
        QCOMPARE(policy.delayMs(2, policy.serverDelayMs(retryAfter, reset, Now), fixed(0)),
            std::optional<qint64>(2000));
    }

    void resetFarAheadIsCountedUpToTheCap()
    {
        RetryPolicy policy;
        policy.maxDelayMs = 5000;
        QCOMPARE(policy.serverDelayMs({}, QByteArray::number(Now + 3'600'000), Now),
            std::optional<qint64>(5000));
    }

    void exponentialBackoffWithoutJitter()
    {
        RetryPolicy policy;
        policy.maxAttempts = 6;
        QCOMPARE(policy.delayMs(1, std::nullopt, fixed(0)), std::optional<qint64>(1000));
        QCOMPARE(policy.delayMs(2, std::nullopt, fixed(0)), std::optional<qint64>(2000));
        QCOMPARE(policy.delayMs(3, std::nullopt, fixed(0)), std::optional<qint64>(4000));
        QCOMPARE(policy.delayMs(5, std::nullopt, fixed(0)), std::optional<qint64>(16000));
    }

    void jitterIsBoundedAndAdded()
    {
        const RetryPolicy policy; // jitter 0.2
        QCOMPARE(policy.delayMs(1, std::nullopt, fixed(0.5)), std::optional<qint64>(1100));
        QCOMPARE(policy.delayMs(1, std::nullopt, fixed(0.999999)), std::optional<qint64>(1199));
        // Never less than the server asked for; at least the base's jitter even for 0 s.
        QCOMPARE(policy.delayMs(1, 10'000, fixed(0.5)), std::optional<qint64>(11000));
        QCOMPARE(policy.delayMs(1, 0, fixed(0.5)), std::optional<qint64>(100));
        // A broken random source cannot push the wait out of bounds.
        QCOMPARE(policy.delayMs(1, std::nullopt, fixed(7.0)), std::optional<qint64>(1200));
        QCOMPARE(policy.delayMs(1, std::nullopt, fixed(-3.0)), std::optional<qint64>(1000));
    }

    void realRandomStaysWithinBounds()
    {
        const RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const auto delay = policy.delayMs(3, std::nullopt);
            QVERIFY(delay.has_value());
            QVERIFY2(*delay >= 4000 && *delay < 4800, qPrintable(QString::number(*delay)));
        }
    }

    void noSingleWaitExceedsTheCap()
    {
        RetryPolicy policy;
        policy.maxAttempts = 40;
        policy.maxDelayMs = 60000;
        for (int attempt = 1; attempt < 40; ++attempt) {
            const auto delay = policy.delayMs(attempt, std::nullopt, fixed(0.99));
            QVERIFY(delay.has_value());
            QVERIFY(*delay <= 60000);
        }
        QCOMPARE(policy.delayMs(30, std::nullopt, fixed(0.99)), std::optional<qint64>(60000));
        // The server's wait plus jitter is capped too.
        QCOMPARE(policy.delayMs(1, 59'000, fixed(0.99)), std::optional<qint64>(60000));
    }

    void retryAfterBeyondTheCapGivesUp()
    {
        RetryPolicy policy;
        policy.maxDelayMs = 60000;
        const auto server = policy.serverDelayMs("3600", {}, Now);
        QCOMPARE(policy.delayMs(1, server, fixed(0)), std::nullopt);
    }

    void attemptsAreBounded()
    {
        const RetryPolicy policy; // 4 sends in all: 3 waits
        QVERIFY(policy.delayMs(1, std::nullopt, fixed(0)).has_value());
        QVERIFY(policy.delayMs(3, std::nullopt, fixed(0)).has_value());
        QCOMPARE(policy.delayMs(4, std::nullopt, fixed(0)), std::nullopt);
        QCOMPARE(policy.delayMs(4, 10, fixed(0)), std::nullopt);
        QCOMPARE(policy.delayMs(0, std::nullopt, fixed(0)), std::nullopt);
        RetryPolicy never;
        never.maxAttempts = 1;
        QCOMPARE(never.delayMs(1, 10, fixed(0)), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
