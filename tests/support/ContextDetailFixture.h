#pragma once

// A ContextDetail over a scriptable fake server, every model it owns under
// QAbstractItemModelTester, and the records the tests feed it.

#include "ContextDetail.h"
#include "FakeContextsApi.h"

#include <QAbstractItemModelTester>

using namespace ctx;

namespace detailfixture {

inline const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

inline ContextRecord user(const QString &key,
    const QString &applicationId = QStringLiteral("GoSDK/1.2"), const QByteArray &attributes = {})
{
    ContextRecord r;
    r.kind = QStringLiteral("user");
    r.key = key;
    r.name = QStringLiteral("Name of ") + key;
    r.applicationId = applicationId;
    r.attributesJson = attributes.isEmpty()
        ? QByteArray("{\"key\":\"") + key.toUtf8() + QByteArray("\",\"name\":\"Name\"}")
        : attributes;
    return r;
}

inline ContextInstance instance(const QString &id, const QString &applicationId)
{
    ContextInstance i;
    i.id = id;
    i.applicationId = applicationId;
    ContextRecord device;
    device.kind = QStringLiteral("device");
    device.key = QStringLiteral("d1");
    i.contexts = {user(QStringLiteral("anna")), device};
    return i;
}

inline ContextInstancesPage instancesPage(
    const QList<ContextInstance> &items, const QString &continuationToken = {})
{
    ContextInstancesPage page;
    page.items = items;
    page.continuationToken = continuationToken;
    return page;
}

inline FlagEvaluation flag(const QString &key, const QByteArray &valueJson)
{
    FlagEvaluation e;
    e.key = key;
    e.name = key;
    e.valueJson = valueJson;
    e.reason.kind = QStringLiteral("FALLTHROUGH");
    return e;
}

inline SegmentMembership segment(const QString &key)
{
    SegmentMembership s;
    s.key = key;
    s.name = key;
    s.isMember = true;
    return s;
}

inline ApiError error(ApiError::Kind kind, int status)
{
    return ApiError(kind, QStringLiteral("detail"), status);
}

} // namespace detailfixture

using namespace detailfixture;

struct ContextDetailFixture
{
    FakeContextsApi api;
    ContextDetail detail {&api};
    QAbstractItemModelTester attributesTester {
        detail.attributes(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester instancesTester {
        detail.instances(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester contextsTester {
        detail.instanceContexts(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester flagsTester {
        detail.flags(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester segmentsTester {
        detail.segments(), QAbstractItemModelTester::FailureReportingMode::QtTest};

    ContextDetailFixture() { detail.setEnvironment(env); }

    // Loads a context whose Instances section holds `items`.
    void loadWithInstances(const QList<ContextInstance> &items)
    {
        detail.setContext(user(QStringLiteral("anna")));
        FakeContextsApi::reply(api.instanceCalls, static_cast<int>(api.instanceCalls.size()) - 1,
            Result<ContextInstancesPage>(instancesPage(items)));
    }
};
