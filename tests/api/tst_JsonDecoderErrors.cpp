// The JSON decoder on bad input: invalid pages and kinds, deep nesting, error bodies.
#include "InvalidResponseCheck.h"
#include "JsonDecoderSupport.h"

#include <QTest>

class tst_JsonDecoderErrors : public QObject
{
    Q_OBJECT
private slots:
    void invalidPages_data();
    void invalidPages();
    void oneBadItemAmongGoodOnes();
    void deepNesting();
    void deepNestingInsideContextString();
    void nestingAtTheLimit();
    void invalidContextKinds_data();
    void invalidContextKinds();
    void errorBodies_data();
    void errorBodies();
};

void tst_JsonDecoderErrors::invalidPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail"); // a substring the detail must contain

    const QByteArray ok = R"("context":{"kind":"user","key":"k"})";
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace body") << QByteArray(" \r\n ") << QStringLiteral("empty");
    QTest::newRow("html body") << QByteArray("<html><body>Bad gateway</body></html>")
                               << QStringLiteral("not valid JSON (at byte 1)");
    QTest::newRow("malformed") << QByteArray(R"({"items":[}]})")
                               << QStringLiteral("not valid JSON (at byte 11)");
    QTest::newRow("truncated") << page(R"({"context":{"kind":"user","key":"k"}})").chopped(5)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("trailing garbage") << page({}) + "x" << QStringLiteral("not valid JSON");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"items\":[{\"context\":{\"kind\":\"user\",\"key\":\"k\xff\xfe\"}}]}")
        << QStringLiteral("not valid JSON");
    QTest::newRow("lone surrogate escape")
        << QByteArray(R"({"items":[{"context":{"kind":"user","key":"\ud800"}}]})")
        << QStringLiteral("not valid JSON");
    QTest::newRow("root is an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("root is a string")
        << QByteArray(R"("x")") << QStringLiteral("not a JSON object");
    QTest::newRow("items missing")
        << QByteArray(R"({"_environmentId":"e"})") << QStringLiteral("items is missing");
    QTest::newRow("items null") << QByteArray(R"({"items":null})")
                                << QStringLiteral("items is missing");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("items string") << QByteArray(R"({"items":"[]"})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("item not an object")
        << page(R"({)" + ok + R"(},{)" + ok + R"(},{)" + ok + R"(},42)")
        << QStringLiteral("items[3] is not an object");
    QTest::newRow("context missing") << page(R"({"lastSeen":"2022-01-01T00:00:00Z"})")
                                     << QStringLiteral("items[0].context is missing");
    QTest::newRow("context null") << page(R"({"context":null})")
                                  << QStringLiteral("items[0].context is missing");
    QTest::newRow("context number")
        << oneContext("5") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context array")
        << oneContext("[]") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context string not JSON")
        << oneContext(R"("not json")") << QStringLiteral("items[0].context is not valid JSON");
    QTest::newRow("context string holding an array")
        << oneContext(R"("[1]")") << QStringLiteral("items[0].context is not an object");
    QTest::newRow("context string empty")
        << oneContext(R"("")") << QStringLiteral("items[0].context is empty");
    QTest::newRow("key missing") << page(R"({)" + ok + R"(},{"context":{"kind":"user"}})")
                                 << QStringLiteral("items[1].context.key is missing");
    QTest::newRow("key number") << oneContext(R"({"kind":"user","key":12})")
                                << QStringLiteral("items[0].context.key is not a string");
    QTest::newRow("key missing in a string context") << oneContext(
        R"("{\"kind\":\"user\"}")") << QStringLiteral("items[0].context.key is missing");
    QTest::newRow("kind number") << oneContext(R"({"kind":1,"key":"k"})")
                                 << QStringLiteral("items[0].context.kind is not a string");
    QTest::newRow("name number") << oneContext(R"({"kind":"user","key":"k","name":5})")
                                 << QStringLiteral("items[0].context.name is not a string");
    QTest::newRow("_meta array") << oneContext(R"({"kind":"user","key":"k","_meta":[]})")
                                 << QStringLiteral("items[0].context._meta is not an object");
    QTest::newRow("privateAttributes string")
        << oneContext(R"({"kind":"user","key":"k","_meta":{"privateAttributes":"email"}})")
        << QStringLiteral("items[0].context._meta.privateAttributes is not an array");
    QTest::newRow("redactedAttributes entry number")
        << oneContext(R"({"kind":"user","key":"k","_meta":{"redactedAttributes":["a",1]}})")
        << QStringLiteral("items[0].context._meta.redactedAttributes[1] is not a string");
    QTest::newRow("multi member not an object")
        << oneContext(R"({"kind":"multi","user":{"key":"u"},"org":"x"})")
        << QStringLiteral("items[0].context.org is not an object");
    QTest::newRow("multi member without key")
        << oneContext(R"({"kind":"multi","user":{"name":"u"}})")
        << QStringLiteral("items[0].context.user.key is missing");
    QTest::newRow("lastSeen number") << oneContext(R"({"key":"k"})", R"("lastSeen":1650034857526,)")
                                     << QStringLiteral("items[0].lastSeen is not a string");
    QTest::newRow("lastSeen not a date") << oneContext(R"({"key":"k"})",
        R"("lastSeen":"yesterday",)") << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("lastSeen without zone")
        << oneContext(R"({"key":"k"})", R"("lastSeen":"2022-04-15T15:00:57",)")
        << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("lastSeen bad month")
        << oneContext(R"({"key":"k"})", R"("lastSeen":"2022-13-15T15:00:57Z",)")
        << QStringLiteral("items[0].lastSeen is not an RFC 3339");
    QTest::newRow("applicationId number") << oneContext(R"({"key":"k"})",
        R"("applicationId":3,)") << QStringLiteral("items[0].applicationId is not a string");
    QTest::newRow("associatedContexts string")
        << oneContext(R"({"key":"k"})", R"("associatedContexts":"many",)")
        << QStringLiteral("items[0].associatedContexts is not an integer");
    QTest::newRow("associatedContexts fraction")
        << oneContext(R"({"key":"k"})", R"("associatedContexts":1.5,)")
        << QStringLiteral("items[0].associatedContexts is not an integer");
    QTest::newRow("item _links array") << oneContext(R"({"key":"k"})", R"("_links":[],)")
                                       << QStringLiteral("items[0]._links is not an object");
    QTest::newRow("site not an object") << oneContext(R"({"key":"k"})",
        R"("_links":{"site":"/s"},)") << QStringLiteral("items[0]._links.site is not an object");
    QTest::newRow("site href number")
        << oneContext(R"({"key":"k"})", R"("_links":{"site":{"href":1}},)")
        << QStringLiteral("items[0]._links.site.href is not a string");
    QTest::newRow("totalCount string")
        << page({}, R"("totalCount":"lots",)") << QStringLiteral("totalCount is not an integer");
    QTest::newRow("totalCount bool")
        << page({}, R"("totalCount":true,)") << QStringLiteral("totalCount is not an integer");
    QTest::newRow("totalCount too large") << page({}, R"("totalCount":18446744073709551615,)")
                                          << QStringLiteral("totalCount is out of range");
    QTest::newRow("continuationToken number") << page(
        {}, R"("continuationToken":7,)") << QStringLiteral("continuationToken is not a string");
    QTest::newRow("_environmentId object")
        << page({}, R"("_environmentId":{},)") << QStringLiteral("_environmentId is not a string");
    QTest::newRow("_links string")
        << page({}, R"("_links":"x",)") << QStringLiteral("_links is not an object");
    QTest::newRow("next href array") << page({}, R"("_links":{"next":{"href":[]}},)")
                                     << QStringLiteral("_links.next.href is not a string");
}

void tst_JsonDecoderErrors::invalidPages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeContextsPage(body);
    if (!detail.startsWith(u"items[")) {
        verifyInvalidResponse(result, detail);
        return;
    }
    // A bad item is left out and named; the page and its other items are read.
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
    const ContextsPage &decoded = result.value();
    QCOMPARE(decoded.unreadable.size(), 1);
    QVERIFY2(decoded.unreadable.first().contains(detail), qPrintable(decoded.unreadable.first()));
    for (const ContextRecord &record : decoded.items)
        QVERIFY(!record.key.isEmpty());
}

void tst_JsonDecoderErrors::oneBadItemAmongGoodOnes()
{
    // A multi-kind item whose second kind is bad goes whole: no half of it is shown.
    const QByteArray body = R"({"items":[{"context":{"kind":"user","key":"a"}},)"
                            R"({"context":{"kind":"multi","user":{"key":"b"},"org":{}}},)"
                            R"({"context":{"kind":"user","key":"c"}}],"totalCount":3})";
    const auto result = ctx::decodeContextsPage(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().items.size(), 2);
    QCOMPARE(result.value().items.at(0).key, QStringLiteral("a"));
    QCOMPARE(result.value().items.at(1).key, QStringLiteral("c"));
    QCOMPARE(result.value().unreadable, QStringList({"items[1].context.org.key is missing"}));
    QCOMPARE(result.value().totalCount, std::optional<qint64>(3));
}

void tst_JsonDecoderErrors::deepNesting()
{
    const int depth = 100000;
    for (const QByteArray &body :
        {QByteArray(depth, '['), QByteArray(depth, '[') + QByteArray(depth, ']'),
            R"({"items":[{"context":{"kind":"user","key":"k","deep":)" + QByteArray(depth, '[')
                + QByteArray(depth, ']') + "}}]}",
            QByteArray(depth, '{')}) {
        const auto result = ctx::decodeContextsPage(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error().detail().contains(QLatin1String("deeper than 512")),
            qPrintable(result.error().detail()));
        QVERIFY(!ctx::decodeContextKinds(body).ok());
        QCOMPARE(
            ctx::errorFromResponse(500, body, QStringLiteral("Internal Server Error")).detail(),
            QStringLiteral("Internal Server Error"));
    }
}

void tst_JsonDecoderErrors::deepNestingInsideContextString()
{
    QByteArray inner
        = R"({\"key\":\"k\",\"deep\":)" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}";
    const auto result = ctx::decodeContextsPage(oneContext("\"" + inner + "\""));
    QVERIFY(result.ok());
    QVERIFY(result.value().items.isEmpty());
    QVERIFY2(result.value().unreadable.value(0).contains(
                 QLatin1String("items[0].context is nested deeper")),
        qPrintable(result.value().unreadable.value(0)));
}

void tst_JsonDecoderErrors::nestingAtTheLimit()
{
    // The page itself takes 3 levels (root, items, item) and the context 1: 508 more fit.
    const int extra = 512 - 4;
    const QByteArray context = R"({"kind":"user","key":"k","deep":)" + QByteArray(extra, '[')
        + QByteArray(extra, ']') + "}";
    const auto fits = ctx::decodeContextsPage(oneContext(context));
    QVERIFY2(fits.ok(), qPrintable(fits.ok() ? QString() : fits.error().detail()));
    const QByteArray tooDeep = R"({"kind":"user","key":"k","deep":)" + QByteArray(extra + 1, '[')
        + QByteArray(extra + 1, ']') + "}";
    QVERIFY(!ctx::decodeContextsPage(oneContext(tooDeep)).ok());
    // Brackets inside strings do not count.
    const QByteArray inString = R"({"kind":"user","key":")" + QByteArray(5000, '[') + R"("})";
    QVERIFY(ctx::decodeContextsPage(oneContext(inString)).ok());
}

void tst_JsonDecoderErrors::invalidContextKinds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<!doctype html>") << QStringLiteral("not valid JSON");
    QTest::newRow("items missing")
        << QByteArray(R"({"_links":{}})") << QStringLiteral("items is missing");
    QTest::newRow("items object") << QByteArray(R"({"items":{}})")
                                  << QStringLiteral("items is not an array");
    QTest::newRow("item string") << QByteArray(R"({"items":["user"]})")
                                 << QStringLiteral("items[0] is not an object");
    QTest::newRow("key missing") << QByteArray(R"({"items":[{"key":"a"},{"name":"B"}]})")
                                 << QStringLiteral("items[1].key is missing");
    QTest::newRow("name number") << QByteArray(R"({"items":[{"key":"a","name":1}]})")
                                 << QStringLiteral("items[0].name is not a string");
    QTest::newRow("version string") << QByteArray(R"({"items":[{"key":"a","version":"four"}]})")
                                    << QStringLiteral("items[0].version is not an integer");
    QTest::newRow("creationDate not numeric")
        << QByteArray(R"({"items":[{"key":"a","creationDate":"2022-01-01"}]})")
        << QStringLiteral("items[0].creationDate is not an integer");
    QTest::newRow("lastSeen bool") << QByteArray(R"({"items":[{"key":"a","lastSeen":true}]})")
                                   << QStringLiteral("items[0].lastSeen is not an integer");
    QTest::newRow("archived string") << QByteArray(R"({"items":[{"key":"a","archived":"no"}]})")
                                     << QStringLiteral("items[0].archived is not a boolean");
    QTest::newRow("createdFrom number") << QByteArray(R"({"items":[{"key":"a","createdFrom":2}]})")
                                        << QStringLiteral("items[0].createdFrom is not a string");
}

void tst_JsonDecoderErrors::invalidContextKinds()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto result = ctx::decodeContextKinds(body);
    verifyInvalidResponse(result, detail);
}

void tst_JsonDecoderErrors::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");

    using K = ApiError::Kind;
    QTest::newRow("400 with code and message")
        << 400 << QByteArray(R"({"code":"invalid_request","message":"Invalid request body"})")
        << QStringLiteral("Bad Request") << int(K::BadRequest) << QStringLiteral("invalid_request")
        << QStringLiteral("Invalid request body");
    QTest::newRow("401 with id")
        << 401
        << QByteArray(R"({"code":"unauthorized","message":"Invalid access token","id":"req-1"})")
        << QString() << int(K::Unauthorized) << QStringLiteral("unauthorized")
        << QStringLiteral("Invalid access token");
    QTest::newRow("403") << 403 << QByteArray(R"({"code":"forbidden","message":"Forbidden."})")
                         << QString() << int(K::Forbidden) << QStringLiteral("forbidden")
                         << QStringLiteral("Forbidden.");
    QTest::newRow("404 message only")
        << 404 << QByteArray(R"({"message":"Unknown environment"})") << QStringLiteral("Not Found")
        << int(K::NotFound) << QString() << QStringLiteral("Unknown environment");
    QTest::newRow("409") << 409
                         << QByteArray(
                                R"({"code":"optimistic_locking_error","message":"Conflict"})")
                         << QString() << int(K::Conflict)
                         << QStringLiteral("optimistic_locking_error")
                         << QStringLiteral("Conflict");
    QTest::newRow("429 code only")
        << 429 << QByteArray(R"({"code":"rate_limited"})") << QStringLiteral("Too Many Requests")
        << int(K::RateLimited) << QStringLiteral("rate_limited")
        << QStringLiteral("Too Many Requests");
    QTest::newRow("500 empty body")
        << 500 << QByteArray() << QStringLiteral("Internal Server Error") << int(K::ServerError)
        << QString() << QStringLiteral("Internal Server Error");
    QTest::newRow("502 html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << QStringLiteral("Bad Gateway") << int(K::ServerError) << QString()
                              << QStringLiteral("Bad Gateway");
    QTest::newRow("503 plain text")
        << 503 << QByteArray("upstream connect error\n") << QStringLiteral("Service Unavailable")
        << int(K::ServerError) << QString() << QStringLiteral("upstream connect error");
    QTest::newRow("418 other") << 418 << QByteArray(R"({"message":"teapot"})") << QString()
                               << int(K::UnexpectedStatus) << QString() << QStringLiteral("teapot");
    QTest::newRow("message wrong type")
        << 400 << QByteArray(R"({"code":1,"message":{"a":1}})") << QStringLiteral("Bad Request")
        << int(K::BadRequest) << QString() << QStringLiteral("Bad Request");
    QTest::newRow("array body") << 400 << QByteArray(R"(["x"])") << QStringLiteral("Bad Request")
                                << int(K::BadRequest) << QString() << QStringLiteral("Bad Request");
    QTest::newRow("binary body") << 500 << QByteArray("\xff\xfe\x01garbage", 10) << QString()
                                 << int(K::ServerError) << QString() << QString();
}

void tst_JsonDecoderErrors::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    const ApiError error = ctx::errorFromResponse(status, body, reason);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.detail(), detail);
}

QTEST_APPLESS_MAIN(tst_JsonDecoderErrors)
#include "tst_JsonDecoderErrors.moc"
