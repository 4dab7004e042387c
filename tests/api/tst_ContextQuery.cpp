#include "ContextQuery.h"

#include <QTest>

using ctx::ContextQuery;
using ctx::SortOrder;

class tst_ContextQuery : public QObject
{
    Q_OBJECT
private slots:
    void serverFilter_data();
    void serverFilter();
    void sortParameter();
    void equality();
};

void tst_ContextQuery::serverFilter_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << QStringList() << QString() << QString();
    QTest::newRow("blank filter") << QStringList() << QStringLiteral("  \t ") << QString();
    QTest::newRow("filter only, trimmed") << QStringList() << QStringLiteral("  key startsWith ab ")
                                          << QStringLiteral("key startsWith ab");
    QTest::newRow("one kind") << QStringList {QStringLiteral("user")} << QString()
                              << QStringLiteral("kind equals \"user\"");
    QTest::newRow("two kinds") << QStringList {QStringLiteral("user"), QStringLiteral("device")}
                               << QString() << QStringLiteral("kind anyOf [\"user\",\"device\"]");
    QTest::newRow("kinds and filter")
        << QStringList {QStringLiteral("user"), QStringLiteral("device")}
        << QStringLiteral(" *.name startsWith Jo|key equals x ")
        << QStringLiteral("kind anyOf [\"user\",\"device\"],(*.name startsWith Jo|key equals x)");
    QTest::newRow("one kind and filter")
        << QStringList {QStringLiteral("organization")} << QStringLiteral("name exists true")
        << QStringLiteral("kind equals \"organization\",(name exists true)");
    QTest::newRow("kind with quote") << QStringList {QStringLiteral("we\"ird")} << QString()
                                     << QStringLiteral("kind equals \"we\\\"ird\"");
    QTest::newRow("kind with backslash")
        << QStringList {QStringLiteral("back\\slash"), QStringLiteral("a,b")} << QString()
        << QStringLiteral("kind anyOf [\"back\\\\slash\",\"a,b\"]");
}

void tst_ContextQuery::serverFilter()
{
    QFETCH(QStringList, kinds);
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    ContextQuery query;
    query.kinds = kinds;
    query.filter = filter;
    QCOMPARE(query.serverFilter(), expected);
}

void tst_ContextQuery::sortParameter()
{
    ContextQuery query;
    QCOMPARE(query.sortParameter(), QStringLiteral("-ts")); // the default: newest first
    query.sort = SortOrder::OldestFirst;
    QCOMPARE(query.sortParameter(), QStringLiteral("ts"));
    query.sort = SortOrder::Unsorted;
    QVERIFY(query.sortParameter().isEmpty());
}

void tst_ContextQuery::equality()
{
    ContextQuery a;
    ContextQuery b;
    QVERIFY(a == b);
    b.kinds = {QStringLiteral("user")};
    QVERIFY(!(a == b));
}

QTEST_APPLESS_MAIN(tst_ContextQuery)
#include "tst_ContextQuery.moc"
