#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "ListStatus.h"

#include <QTest>

using namespace ctx;

class tst_ListStatus : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

private slots:
    void loadingThenCounts()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        QCOMPARE(ListStatus::of(model).text, QString());
        model.setEnvironment(env);
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("Loading contexts…"));
        QVERIFY(ListStatus::of(model).loading);
        api.replySearch(0, makePage(0, 50, QStringLiteral("c"), 12345));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("50 of 12,345 contexts loaded"));
        model.fetchMore({});
        QCOMPARE(ListStatus::of(model).text,
            QStringLiteral("50 of 12,345 contexts loaded · loading more…"));
    }

    void unknownTotal()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 50, QStringLiteral("c")));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("50 contexts loaded, more available"));
    }

    void allLoaded()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 1, QString(), 1));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("1 context"));
        model.reload();
        api.replySearch(1, makePage(0, 7, QString(), 7));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("7 contexts"));
    }

    void emptyListSaysWhy()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 0, QString(), 0));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("No contexts in this environment."));
        ContextQuery query;
        query.kinds = {QStringLiteral("device")};
        model.setQuery(query);
        api.replySearch(1, makePage(0, 0, QString(), 0));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("No contexts match the filter."));
    }

    void previousResultsAreNamedAsSuch()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 20, QString(), 20));
        ContextQuery query;
        query.filter = QStringLiteral("key lte 3");
        model.setQuery(query);
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("Loading contexts…"));
        api.replySearch(1, ApiError(ApiError::Kind::BadRequest, QStringLiteral("bad"), 400));
        QCOMPARE(ListStatus::of(model).text, QStringLiteral("Showing the previous results (20)"));
        QVERIFY(ListStatus::of(model).errorText.contains(QStringLiteral("400")));
    }

    void errorIsASentence()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        model.setEnvironment(env);
        api.replySearch(
            0, ApiError(ApiError::Kind::Unauthorized, QStringLiteral("Invalid access token"), 401));
        const ListStatus status = ListStatus::of(model);
        QVERIFY2(status.errorText.contains(QStringLiteral("401")), qPrintable(status.errorText));
        QVERIFY(!status.loading);
    }
};

QTEST_GUILESS_MAIN(tst_ListStatus)
#include "tst_ListStatus.moc"
