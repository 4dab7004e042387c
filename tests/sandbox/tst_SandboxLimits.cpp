// The sandbox's request limits: a body over 1 MiB is a 413 and a filter over 20,000 characters
// a 400, both with the spec's {code, message} body and before any route runs.

#include "SandboxFetch.h"
#include "SandboxLimits.h"
#include "SandboxServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

const QString kToken = u"limits-token"_s;
constexpr qsizetype kMiB = qsizetype(1024) * 1024;
const QString kSearch = u"/api/v2/projects/demo/environments/production/contexts/search"_s;

// A contexts search body of exactly `size` bytes: a short filter and padding in an extra field.
QByteArray searchBodyOfSize(qsizetype size)
{
    const QByteArray head = QByteArrayLiteral("{\"limit\":1,\"pad\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}");
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

// `kind equals "xxx…"`, `length` characters long.
QString filterOfLength(qsizetype length)
{
    const QString head = u"kind equals \""_s;
    return head + QString(length - head.size() - 1, u'x') + u'"';
}

} // namespace

class tst_SandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.seedContexts = 20;
        options.token = kToken;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void bodyOverOneMebibyteIs413()
    {
        const SandboxFetched over = fetch("POST", kSearch, searchBodyOfSize(kMiB + 1));
        QCOMPARE(over.status, 413);
        QCOMPARE(over.json().value(u"code").toString(), u"request_entity_too_large"_s);
        QVERIFY2(over.json().value(u"message").toString().contains(u"1 MiB"), over.body.data());
        // Even without the token: the size is refused before anything else is looked at.
        const SandboxFetched anonymous = sandboxFetch(
            m_server.baseUrl(), u"wrong"_s, "POST", kSearch, searchBodyOfSize(2 * kMiB));
        QCOMPARE(anonymous.status, 413);
    }

    void bodyOfExactlyOneMebibyteIsServed()
    {
        const SandboxFetched limit = fetch("POST", kSearch, searchBodyOfSize(kMiB));
        QVERIFY2(limit.status == 200, limit.body.left(300).data());
    }

    void filterOverTheLimitIs400InTheBody()
    {
        const QByteArray body = QJsonDocument(
            QJsonObject {{u"filter"_s, filterOfLength(SandboxLimits::maxFilterChars + 1)}})
                                    .toJson(QJsonDocument::Compact);
        const SandboxFetched fetched = fetch("POST", kSearch, body);
        QCOMPARE(fetched.status, 400);
        QCOMPARE(fetched.json().value(u"code").toString(), u"invalid_request"_s);
        QVERIFY2(fetched.json().value(u"message").toString().contains(u"filter is too long"),
            fetched.body.data());
    }

    void filterOverTheLimitIs400InTheQuery()
    {
        const QString filter = QString::fromLatin1(
            QUrl::toPercentEncoding(filterOfLength(SandboxLimits::maxFilterChars + 1)));
        const SandboxFetched fetched = fetch("POST", kSearch + u"?filter="_s + filter, "{}");
        QCOMPARE(fetched.status, 400);
        QVERIFY2(fetched.json().value(u"message").toString().contains(u"filter is too long"),
            fetched.body.data());
    }

    void filterAtTheLimitIsParsed()
    {
        // Exactly at the limit it reaches the filter parser: a valid filter that matches nothing.
        const QByteArray body = QJsonDocument(
            QJsonObject {{u"filter"_s, filterOfLength(SandboxLimits::maxFilterChars)}})
                                    .toJson(QJsonDocument::Compact);
        const SandboxFetched fetched = fetch("POST", kSearch, body);
        QVERIFY2(fetched.status == 200, fetched.body.left(300).data());
        QCOMPARE(fetched.json().value(u"totalCount").toInt(-1), 0);
    }

private:
    SandboxFetched fetch(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        return sandboxFetch(m_server.baseUrl(), kToken, method, path, body);
    }

    SandboxServer m_server;
};

QTEST_GUILESS_MAIN(tst_SandboxLimits)
#include "tst_SandboxLimits.moc"
