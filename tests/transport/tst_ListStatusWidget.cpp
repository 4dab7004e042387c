#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "FakeHttpServer.h"
#include "ListStatusWidget.h"
#include "RequestThrottle.h"
#include "RestContextsApi.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace ctx;
using testsupport::CannedResponse;
using testsupport::FakeHttpServer;

namespace {

const EnvironmentRef Env {QStringLiteral("demo"), QStringLiteral("production")};

// The seconds of "trying again in N s", or -1 when the text does not say so.
int secondsShown(const ListStatusWidget &status)
{
    static const QRegularExpression pattern(
        QStringLiteral("^LaunchDarkly is limiting requests: trying again in (\\d+) s$"));
    const auto match = pattern.match(status.text());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class tst_ListStatusWidget : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        CannedResponse limited
            = CannedResponse::json(429, R"({"code":"rate_limited","message":"slow down"})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("4")));
        m_server->setDefaultResponse(limited);
        Connection connection;
        connection.baseUrl = m_server->baseUrl();
        connection.token = QStringLiteral("api-token");
        m_rest = std::make_unique<RestContextsApi>(connection);
    }

    void cleanup()
    {
        m_rest.reset();
        m_server.reset();
    }

    void showsTheWaitCountingDownAndCancels()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(Env);
        api.replySearch(0, makePage(0, 3, QString(), 3));
        ListStatusWidget status(&model);
        status.setThrottle(m_rest->throttle());
        status.show();
        auto *cancel = status.findChild<QToolButton *>(QStringLiteral("cancelRateLimitWait"));
        QVERIFY(cancel);
        QCOMPARE(status.text(), QStringLiteral("3 contexts"));
        QVERIFY(!cancel->isVisible());

        std::optional<Result<ContextsPage>> result;
        m_rest->searchContexts(Env, ContextQuery(), QString(),
            [&result](const Result<ContextsPage> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(secondsShown(status) > 0, 10000);
        const int first = secondsShown(status);
        QVERIFY2(first >= 3 && first <= 5, qPrintable(status.text()));
        QVERIFY(cancel->isVisible());
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        // It counts down, once a second.
        QTRY_VERIFY_WITH_TIMEOUT(secondsShown(status) > 0 && secondsShown(status) < first, 5000);

        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!m_rest->throttle()->isWaiting());
        QCOMPARE(status.text(), QStringLiteral("3 contexts"));
        QVERIFY(!cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(result->error().userMessage().contains(QStringLiteral("cancelled")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void withoutThrottleOrAfterItIsGone()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ListStatusWidget status(&model);
        status.setThrottle(m_rest->throttle());
        status.show();
        m_rest->searchContexts(Env, ContextQuery(), QString(), [](const Result<ContextsPage> &) {});
        QTRY_VERIFY_WITH_TIMEOUT(secondsShown(status) > 0, 10000);
        m_rest.reset(); // the connection goes away while it waits
        QTRY_COMPARE_WITH_TIMEOUT(secondsShown(status), -1, 5000);
        auto *cancel = status.findChild<QToolButton *>(QStringLiteral("cancelRateLimitWait"));
        QVERIFY(!cancel->isVisible());
        status.setThrottle(nullptr);
        QCOMPARE(secondsShown(status), -1);
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<RestContextsApi> m_rest;
};

QTEST_MAIN(tst_ListStatusWidget)
#include "tst_ListStatusWidget.moc"
