#pragma once

// Contexts page bodies and record helpers shared by the JSON decoder tests.

#include "JsonDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ctx::ApiError;
using ctx::ContextRecord;
using ctx::ContextsPage;

namespace jsondecoder {

// A Contexts page holding the given items (a JSON array's inner text).
inline QByteArray page(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"_environmentId":"env1",)" + extra + R"("items":[)" + items + "]}";
}

// A page with one item whose context is the given JSON.
inline QByteArray oneContext(const QByteArray &context, const QByteArray &itemExtra = {})
{
    return page(R"({)" + itemExtra + R"("context":)" + context + "}");
}

inline QJsonObject attributes(const ContextRecord &record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record.attributesJson, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "attributesJson is not an object:" << record.attributesJson;
    return document.object();
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace jsondecoder

using namespace jsondecoder;
