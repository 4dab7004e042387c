// InstanceDeleter: one delete at a time, its outcome reported with the context it was for.
#include "FakeContextsApi.h"
#include "InstanceDeleter.h"

#include <QSignalSpy>
#include <QTest>

using namespace ctx;

class tst_InstanceDeleter : public QObject
{
    Q_OBJECT
private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    static ContextRecord anna()
    {
        ContextRecord record;
        record.kind = QStringLiteral("user");
        record.key = QStringLiteral("anna");
        return record;
    }

private slots:
    void deletesOneInstanceAtATime()
    {
        FakeContextsApi api;
        InstanceDeleter deleter(&api);
        QSignalSpy deleting(&deleter, &InstanceDeleter::deletingChanged);
        QSignalSpy deleted(&deleter, &InstanceDeleter::deleted);
        QVERIFY(deleter.start(env, QStringLiteral("i-1"), anna()));
        QVERIFY(deleter.isDeleting());
        QVERIFY(!deleter.start(env, QStringLiteral("i-2"), anna())); // one in flight
        QCOMPARE(api.deleteCalls.size(), 1);
        QCOMPARE(api.deleteCalls.at(0).id, QStringLiteral("i-1"));
        QCOMPARE(api.deleteCalls.at(0).environment, env);
        FakeContextsApi::reply<Done>(api.deleteCalls, 0, Done {});
        QVERIFY(!deleter.isDeleting());
        QCOMPARE(deleting.size(), 2);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(0).value<ContextRecord>().key, QStringLiteral("anna"));
    }

    void aNotFoundIsAlreadyGoneEvenAfterTheSelectionMoved()
    {
        FakeContextsApi api;
        InstanceDeleter deleter(&api);
        QSignalSpy gone(&deleter, &InstanceDeleter::alreadyGone);
        QSignalSpy failed(&deleter, &InstanceDeleter::failed);
        deleter.start(env, QStringLiteral("i-1"), anna());
        deleter.detach();
        FakeContextsApi::reply<Done>(
            api.deleteCalls, 0, ApiError(ApiError::Kind::NotFound, QStringLiteral("gone")));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(failed.size(), 0);
    }

    void aFailureIsReportedOnlyWhileItsContextIsShown()
    {
        FakeContextsApi api;
        InstanceDeleter deleter(&api);
        QSignalSpy failed(&deleter, &InstanceDeleter::failed);
        deleter.start(env, QStringLiteral("i-1"), anna());
        FakeContextsApi::reply<Done>(
            api.deleteCalls, 0, ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500));
        QCOMPARE(failed.size(), 1);
        deleter.start(env, QStringLiteral("i-1"), anna());
        deleter.detach();
        FakeContextsApi::reply<Done>(
            api.deleteCalls, 1, ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!deleter.isDeleting());
    }

    void aReplyAfterTheDeleterIsGoneIsDropped()
    {
        FakeContextsApi api;
        auto deleter = std::make_unique<InstanceDeleter>(&api);
        deleter->start(env, QStringLiteral("i-1"), anna());
        deleter.reset();
        QVERIFY(!api.deleteCalls.at(0).isCancelled());
        FakeContextsApi::reply<Done>(api.deleteCalls, 0, Done {});
    }
};

QTEST_GUILESS_MAIN(tst_InstanceDeleter)
#include "tst_InstanceDeleter.moc"
