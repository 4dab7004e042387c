#pragma once

// Payloads and record helpers shared by the detail decoder tests.

#include "DetailDecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ctx::ApiError;
using ctx::ContextInstance;
using ctx::ContextRecord;
using ctx::FlagEvaluation;
using ctx::FlagVariation;
using ctx::SegmentMembership;

namespace detaildecoder {

// A payload from tests/data/spec-examples (assembled from the spec's schema examples).
inline QByteArray specExample(const char *name)
{
    QFile file(qEnvironmentVariable("CTX_TEST_DATA") + QStringLiteral("/spec-examples/")
        + QString::fromLatin1(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << file.fileName() << "(is CTX_TEST_DATA set?)";
    return file.readAll();
}

// A ContextInstances page with the given items (a JSON array's inner text).
inline QByteArray instances(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"_environmentId":"env1",)" + extra + R"("items":[)" + items + "]}";
}

// An envelope {"items": [...], "_links": {}} for evaluations and memberships.
inline QByteArray items(const QByteArray &inner)
{
    return R"({"items":[)" + inner + R"(],"_links":{}})";
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

template <typename T> inline QString errorOf(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().detail();
}

inline ContextRecord record(const QString &kind, const QString &key, const QByteArray &attributes)
{
    ContextRecord r;
    r.kind = kind;
    r.key = key;
    r.attributesJson = attributes;
    return r;
}

} // namespace detaildecoder

using namespace detaildecoder;
