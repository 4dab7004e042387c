#include "ContextListModel.h"
#include "ContextTableView.h"
#include "FakeContextsApi.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTest>

using namespace ctx;

class tst_ContextTableView : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

private slots:
    void asksForTheNextPageBeforeTheEndIsReached()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        // 300 rows loaded, the view at the top: far from the end, nothing more asked.
        api.replySearch(0, makePage(0, 300, QStringLiteral("c1")));
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 1);
        // Scroll to within prefetchRows of the end: the next page is requested although the
        // last row is not yet in view.
        view.scrollTo(model.index(300 - ContextTableView::prefetchRows, 0),
            QAbstractItemView::PositionAtBottom);
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 2);
        QCOMPARE(api.searches[1].continuationToken, QStringLiteral("c1"));
        QVERIFY(view.rowAt(view.viewport()->height() - 1) < 299);
    }

    void aShortFirstPageIsFollowedAtOnce()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        api.replySearch(0, makePage(0, 5, QStringLiteral("c1")));
        QCoreApplication::processEvents();
        QCOMPARE(api.searches.size(), 2); // the window is not full: fetch more now
    }

    void lastSeenHeaderTogglesServerSort()
    {
        FakeContextsApi api;
        ContextListModel model(&api);
        ContextTableView view;
        view.setContextModel(&model);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setEnvironment(env);
        QCOMPARE(
            view.horizontalHeader()->sortIndicatorSection(), int(ContextListModel::LastSeenColumn));
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QHeaderView *header = view.horizontalHeader();
        const int x = header->sectionViewportPosition(ContextListModel::LastSeenColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model.query().sort, SortOrder::OldestFirst);
        QCOMPARE(api.searches.last().query.sort, SortOrder::OldestFirst);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        // A click on Key does not sort (the server sorts only by last seen).
        const int searches = int(api.searches.size());
        const int keyX = header->sectionViewportPosition(ContextListModel::KeyColumn) + 5;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {}, QPoint(keyX, header->height() / 2));
        QCOMPARE(int(api.searches.size()), searches);
        QCOMPARE(header->sortIndicatorSection(), int(ContextListModel::LastSeenColumn));
    }
};

QTEST_MAIN(tst_ContextTableView)
#include "tst_ContextTableView.moc"
