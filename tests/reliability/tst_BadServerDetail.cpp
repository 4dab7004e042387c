// The detail pane's sections, delete, flag variations and the kinds list against a server
// that answers badly once they have loaded: one clear sentence in the place where it
// happened, what was shown stays, nothing is taken for done that was not.

#include "ContextDetail.h"
#include "FaultServer.h"
#include "FaultServerChecks.h"
#include "KindListModel.h"
#include "KindTableModel.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using ctx::ApiError;
using ctx::ContextDetail;
using ctx::RestContextsApi;
using Kind = ApiError::Kind;
using Section = ctx::ContextDetail::Section;
using End = testsupport::FaultResponse::End;

using namespace testsupport;

namespace {

const QByteArray VersionsPath = "/contexts/user/u-1";
const QByteArray InstancesPath = "/context-instances/search";
const QByteArray FlagsPath = "/flags/evaluate";
const QByteArray SegmentsPath = "/segments/evaluate";
const QByteArray DeletePath = "/context-instances/inst-1";
const QByteArray VariationsPath = "/flags/proj/f1";
const QByteArray SettingPath = "/u-1/flags/f1";
const QByteArray KindsPath = "/projects/proj/context-kinds";

const QByteArray Versions = R"({"items":[{"context":{"kind":"user","key":"u-1","name":"Ann",
  "plan":"gold"},"applicationId":"web","lastSeen":"2024-05-01T10:00:00Z"}]})";
const QByteArray Instances = R"({"items":[{"id":"inst-1","context":{"kind":"user","key":"u-1"},
  "applicationId":"web","lastSeen":"2024-05-01T10:00:00Z"}]})";
const QByteArray Flags = R"({"items":[{"key":"f1","name":"Flag one","_value":true,
  "reason":{"kind":"FALLTHROUGH"}}]})";
const QByteArray Segments = R"({"items":[{"key":"s1","name":"Beta testers","isMember":true}]})";
const QByteArray Kinds = R"({"items":[{"key":"user","name":"User"},{"key":"org","name":"Org"}]})";

FaultResponse json(const QByteArray &body)
{
    return FaultResponse::json(200, body);
}

const QByteArray Deep = QByteArray(100000, '[') + QByteArray(100000, ']');

} // namespace

class tst_BadServerDetail : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sectionFails_data();
    void sectionFails();
    void deleteFails_data();
    void deleteFails();
    void variationsFail_data();
    void variationsFail();
    void setVariationFails_data() { deleteFails_data(); }
    void setVariationFails();
    void kindsFail_data();
    void kindsFail();

private:
    // A client whose transfer timeout is `timeoutMs` and a detail with every section loaded.
    void open(int timeoutMs = 20000);
    // One second for the rows about a timeout, so that they take about that.
    void openForTheRow()
    {
        QFETCH(int, kind);
        open(kind == int(Kind::Timeout) ? 1000 : 20000);
    }
    QStringList shown(Section section) const;
    QList<QStringList> everything() const;

    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<RestContextsApi> m_api;
    std::unique_ptr<ContextDetail> m_detail;
};

void tst_BadServerDetail::init()
{
    m_server = std::make_unique<FaultServer>();
    QVERIFY(m_server->listen());
    m_server->on(VersionsPath, json(Versions));
    m_server->on(InstancesPath, json(Instances));
    m_server->on(FlagsPath, json(Flags));
    m_server->on(SegmentsPath, json(Segments));
}

void tst_BadServerDetail::open(int timeoutMs)
{
    m_api = std::make_unique<RestContextsApi>(connectionTo(m_server->baseUrl(), timeoutMs));
    m_detail = std::make_unique<ContextDetail>(m_api.get());
    m_detail->setClock([] { return QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC); });
    m_detail->setEnvironment(Env);
    ctx::ContextRecord record;
    record.kind = QStringLiteral("user");
    record.key = QStringLiteral("u-1");
    record.applicationId = QStringLiteral("web");
    record.attributesJson = R"({"key":"u-1"})";
    m_detail->setContext(record);
    for (const Section section :
        {Section::Versions, Section::Instances, Section::Flags, Section::Segments}) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_detail->state(section).loading, 10000);
        QVERIFY(!m_detail->state(section).error);
    }
    QCOMPARE(m_detail->flags()->rowCount(), 1);
    QCOMPARE(m_detail->segments()->rowCount(), 1);
    QVERIFY(m_detail->deleteAvailability().allowed);
}

void tst_BadServerDetail::cleanup()
{
    m_detail.reset();
    m_api.reset();
    m_server.reset();
}

QStringList tst_BadServerDetail::shown(Section section) const
{
    switch (section) {
    case Section::Versions:
        return m_detail->applicationIds() + snapshot(*m_detail->attributes());
    case Section::Instances:
        return snapshot(*m_detail->instances());
    case Section::Flags:
        return snapshot(*m_detail->flags());
    case Section::Segments:
        return snapshot(*m_detail->segments());
    }
    return {};
}

QList<QStringList> tst_BadServerDetail::everything() const
{
    return {shown(Section::Versions), shown(Section::Instances), shown(Section::Flags),
        shown(Section::Segments)};
}

void tst_BadServerDetail::sectionFails_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, Section section, const FaultResponse &response, Kind kind,
                         const QString &mentions) {
        QTest::newRow(name) << int(section) << response << int(kind) << mentions;
    };
    const Kind invalid = Kind::InvalidResponse;
    const FaultResponse html = FaultResponse::html(200, "<html>Sign in</html>");
    row("versions: malformed JSON", Section::Versions, json(R"({"items":[)"), invalid,
        QStringLiteral("not valid JSON"));
    row("versions: key a number", Section::Versions,
        json(R"({"items":[{"context":{"kind":"user","key":7}}]})"), invalid,
        QStringLiteral("items[0].context.key is not a string"));
    row("versions: 100,000 deep", Section::Versions, json(Deep), invalid,
        QStringLiteral("nested deeper than 512"));
    row("versions: HTML on 200", Section::Versions, html, invalid, QStringLiteral("web page"));
    row("versions: reset", Section::Versions, FaultResponse::rawBytes({}, End::Reset),
        Kind::Network, QStringLiteral("closed the connection"));
    row("instances: id a number", Section::Instances,
        json(R"({"items":[{"id":5,"context":{"key":"u-1"}}]})"), invalid,
        QStringLiteral("items[0].id is not a string"));
    row("instances: id missing", Section::Instances,
        json(R"({"items":[{"context":{"key":"u-1"}}]})"), invalid,
        QStringLiteral("items[0].id is missing"));
    row("instances: anonymousKinds a string", Section::Instances,
        json(R"({"items":[{"id":"i","context":{"key":"u-1"},"anonymousKinds":"user"}]})"), invalid,
        QStringLiteral("anonymousKinds is not an array"));
    row("instances: body cut short", Section::Instances, cutAfter(json(Instances), 20, End::Close),
        Kind::Network, QStringLiteral("closed the connection"));
    row("instances: 403", Section::Instances, FaultResponse::json(403, R"({"message":"No."})"),
        Kind::Forbidden, QStringLiteral("(403)"));
    row("instances: stalls", Section::Instances, cutAfter(json(Instances), 20, End::Stall),
        Kind::Timeout, QStringLiteral("did not answer in time"));
    row("flags: items not an array", Section::Flags, json(R"({"items":"f1"})"), invalid,
        QStringLiteral("items is not an array"));
    row("flags: key missing", Section::Flags, json(R"({"items":[{"_value":1}]})"), invalid,
        QStringLiteral("items[0].key is missing"));
    row("flags: reason a broken JSON string", Section::Flags,
        json(R"({"items":[{"key":"f","reason":"{kind"}]})"), invalid,
        QStringLiteral("items[0].reason is not valid JSON"));
    row("flags: _value 100,000 deep", Section::Flags,
        json(R"({"items":[{"key":"f","_value":)" + Deep + "}]}"), invalid,
        QStringLiteral("nested deeper than 512"));
    row("flags: empty body", Section::Flags, json({}), invalid, QStringLiteral("empty"));
    row("flags: 404", Section::Flags, FaultResponse::json(404, {}), Kind::NotFound,
        QStringLiteral("(404)"));
    row("segments: isMember a string", Section::Segments,
        json(R"({"items":[{"key":"s","isMember":"yes"}]})"), invalid,
        QStringLiteral("items[0].isMember is not a boolean"));
    row("segments: name a number", Section::Segments, json(R"({"items":[{"key":"s","name":3}]})"),
        invalid, QStringLiteral("items[0].name is not a string"));
    row("segments: invalid UTF-8", Section::Segments,
        json("{\"items\":[{\"key\":\"s\xed\xa0\x80\"}]}"), invalid, QStringLiteral("UTF-8"));
    row("segments: 429", Section::Segments, rateLimited(), Kind::RateLimited,
        QStringLiteral("(429)"));
    row("segments: closed at once", Section::Segments, FaultResponse::rawBytes({}), Kind::Network,
        QStringLiteral("closed the connection"));
}

void tst_BadServerDetail::sectionFails()
{
    openForTheRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(int, section);
    QFETCH(FaultResponse, response);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const auto which = static_cast<Section>(section);
    const QList<QStringList> before = everything();
    const QByteArray path
        = QList<QByteArray> {VersionsPath, InstancesPath, FlagsPath, SegmentsPath}.at(section);
    m_server->on(path, response);
    m_detail->reloadSection(which);
    QTRY_VERIFY_WITH_TIMEOUT(!m_detail->state(which).loading, 30000);
    const auto error = m_detail->state(which).error;
    QVERIFY(error);
    QCOMPARE(int(error->kind()), kind);
    verifyClearSentence(*error, mentions);
    if (QTest::currentTestFailed())
        return;
    // The other sections are untouched; this one still shows what it showed.
    for (int other = 0; other < 4; ++other)
        QCOMPARE(shown(static_cast<Section>(other)), before.at(other));
    if (which == Section::Instances)
        QVERIFY(!m_detail->deleteAvailability().allowed); // not on what may be stale
}

void tst_BadServerDetail::deleteFails_data()
{
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sign-in page on 200")
        << FaultResponse::html(200, "<html><form>Sign in</form></html>")
        << int(Kind::InvalidResponse) << QStringLiteral("web page instead of JSON");
    QTest::newRow("400") << FaultResponse::json(400, R"({"message":"Bad id."})")
                         << int(Kind::BadRequest) << QStringLiteral("(400): Bad id");
    QTest::newRow("403") << FaultResponse::json(403, R"({"message":"Reader role."})")
                         << int(Kind::Forbidden) << QStringLiteral("(403): Reader role");
    QTest::newRow("409") << FaultResponse::json(409, {}) << int(Kind::Conflict)
                         << QStringLiteral("(409)");
    QTest::newRow("500") << FaultResponse::json(500, {}) << int(Kind::ServerError)
                         << QStringLiteral("(500)");
    QTest::newRow("reset") << FaultResponse::rawBytes({}, End::Reset) << int(Kind::Network)
                           << QStringLiteral("closed the connection");
    QTest::newRow("no answer") << FaultResponse::rawBytes({}, End::Stall) << int(Kind::Timeout)
                               << QStringLiteral("did not answer in time");
}

void tst_BadServerDetail::deleteFails()
{
    openForTheRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(FaultResponse, response);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const QList<QStringList> before = everything();
    m_server->on(DeletePath, response);
    QSignalSpy failed(m_detail.get(), &ContextDetail::deleteFailed);
    QSignalSpy deleted(m_detail.get(), &ContextDetail::instanceDeleted);
    QSignalSpy gone(m_detail.get(), &ContextDetail::instanceAlreadyGone);
    QVERIFY(m_detail->deleteInstance());
    QTRY_VERIFY_WITH_TIMEOUT(!m_detail->isDeleting(), 30000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(deleted.size(), 0); // never taken for done
    QCOMPARE(gone.size(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(int(error.kind()), kind);
    verifyClearSentence(error, mentions);
    QCOMPARE(everything(), before);
    QVERIFY(m_detail->deleteAvailability().allowed); // the person may try again

    m_server->on(DeletePath, FaultResponse::json(204, {}));
    QVERIFY(m_detail->deleteInstance());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10000);
}

void tst_BadServerDetail::variationsFail_data()
{
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("variations not an array")
        << json(R"({"variations":{}})") << QStringLiteral("variations is not an array");
    QTest::newRow("variation value missing") << json(R"({"variations":[{"name":"on"}]})")
                                             << QStringLiteral("variations[0].value is missing");
    QTest::newRow("HTML on 200") << FaultResponse::html(200, "<html></html>")
                                 << QStringLiteral("web page");
    QTest::newRow("404") << FaultResponse::json(404, R"({"message":"Unknown flag."})")
                         << QStringLiteral("(404): Unknown flag");
}

void tst_BadServerDetail::variationsFail()
{
    open();
    if (QTest::currentTestFailed())
        return;
    QFETCH(FaultResponse, response);
    QFETCH(QString, mentions);
    m_server->on(VariationsPath, response);
    QSignalSpy failed(m_detail.get(), &ContextDetail::variationsFailed);
    QVERIFY(m_detail->loadVariations(QStringLiteral("f1")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("f1"));
    verifyClearSentence(failed.at(0).at(1).value<ApiError>(), mentions);
    QVERIFY(m_detail->loadVariations(QStringLiteral("f1"))); // may be asked again
}

void tst_BadServerDetail::setVariationFails()
{
    openForTheRow();
    if (QTest::currentTestFailed())
        return;
    QFETCH(FaultResponse, response);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    const QList<QStringList> before = everything();
    m_server->on(SettingPath, response);
    QSignalSpy failed(m_detail.get(), &ContextDetail::variationFailed);
    QSignalSpy set(m_detail.get(), &ContextDetail::variationSet);
    QVERIFY(m_detail->setVariation(QStringLiteral("f1"), QByteArray("false"), QString()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(set.size(), 0);
    const auto error = failed.at(0).at(1).value<ApiError>();
    QCOMPARE(int(error.kind()), kind);
    verifyClearSentence(error, mentions);
    QCOMPARE(everything(), before);
    QVERIFY(!m_detail->isSettingVariation(QStringLiteral("f1")));
}

void tst_BadServerDetail::kindsFail_data()
{
    QTest::addColumn<FaultResponse>("response");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("key a number") << json(R"({"items":[{"key":1}]})")
                                  << QStringLiteral("items[0].key is not a string");
    QTest::newRow("version a word") << json(R"({"items":[{"key":"a","version":"four"}]})")
                                    << QStringLiteral("items[0].version is not an integer");
    QTest::newRow("100,000 deep") << json(Deep) << QStringLiteral("nested deeper than 512");
    QTest::newRow("HTML on 200") << FaultResponse::html(200, "<html>portal</html>")
                                 << QStringLiteral("web page");
    QTest::newRow("401") << FaultResponse::json(401, {}) << QStringLiteral("(401)");
    QTest::newRow("body cut short")
        << cutAfter(json(Kinds), 10, End::Close) << QStringLiteral("closed the connection");
}

void tst_BadServerDetail::kindsFail()
{
    open();
    if (QTest::currentTestFailed())
        return;
    QFETCH(FaultResponse, response);
    QFETCH(QString, mentions);
    ctx::KindTableModel table(m_api.get());
    ctx::KindListModel kinds;
    kinds.follow(&table);
    m_server->once(KindsPath, json(Kinds));
    table.setProject(QStringLiteral("proj"));
    QTRY_VERIFY_WITH_TIMEOUT(!kinds.isLoading(), 10000);
    QCOMPARE(kinds.rowCount(), 2);
    const QStringList before = snapshot(kinds);
    m_server->on(KindsPath, response);
    QSignalSpy failed(&kinds, &ctx::KindListModel::loadFailed);
    table.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!kinds.isLoading(), 30000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(kinds.lastError());
    verifyClearSentence(*kinds.lastError(), mentions);
    QCOMPARE(snapshot(kinds), before);
}

QTEST_GUILESS_MAIN(tst_BadServerDetail)
#include "tst_BadServerDetail.moc"
