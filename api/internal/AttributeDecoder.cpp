#include "AttributeDecoder.h"

#include "FreeTr.h"
#include "JsonPointer.h"
#include "JsonSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctx {

using json::decodeEach;
using json::fail;
using json::fieldPath;
using json::indexPath;
using json::Json;
using json::requiredString;
using json::requireObject;

namespace {

CTX_FREE_TR("ctx")

int decodeWeight(const Json &entry, const QString &path)
{
    const auto weight = json::optionalInteger(entry, "weight", path);
    if (!weight)
        return 0;
    return static_cast<int>(std::clamp<qint64>(*weight, 0, std::numeric_limits<int>::max()));
}

// The required array `name` of a kind's group, e.g. items[0].names.
const Json &groupArray(const Json &item, const char *name, const QString &path)
{
    return json::requireArray(json::requiredMember(item, name, path), fieldPath(path, name));
}

AttributeName decodeName(const Json &entry, const QString &path)
{
    requireObject(entry, path);
    AttributeName name;
    const QString text = requiredString(entry, "name", path);
    if (text.isEmpty())
        fail(tr("%1 is empty").arg(fieldPath(path, "name")));
    name.pointer = JsonPointer::pointerForReference(text);
    name.weight = decodeWeight(entry, path);
    name.redacted = json::optionalBool(entry, "redacted", path).value_or(false);
    return name;
}

KindAttributeNames decodeNamesGroup(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    requireObject(item, path);
    KindAttributeNames group;
    group.kind = requiredString(item, "kind", path);
    const QString namesPath = fieldPath(path, "names");
    group.names = decodeEach<AttributeName>(
        groupArray(item, "names", path), [&namesPath](const Json &entry, qsizetype i) {
            return decodeName(entry, indexPath(namesPath, i));
        });
    return group;
}

AttributeValue decodeValue(const Json &entry, const QString &path)
{
    requireObject(entry, path);
    AttributeValue value;
    const Json *name = json::anyMember(entry, "name"); // null is a value too
    if (!name)
        fail(tr("%1 is missing").arg(fieldPath(path, "name")));
    value.valueJson = json::compactValue(name);
    value.weight = decodeWeight(entry, path);
    return value;
}

KindAttributeValues decodeValuesGroup(const Json &item, qsizetype index)
{
    const QString path = indexPath(QStringLiteral("items"), index);
    requireObject(item, path);
    KindAttributeValues group;
    group.kind = requiredString(item, "kind", path);
    const QString valuesPath = fieldPath(path, "values");
    group.values = decodeEach<AttributeValue>(
        groupArray(item, "values", path), [&valuesPath](const Json &entry, qsizetype i) {
            return decodeValue(entry, indexPath(valuesPath, i));
        });
    return group;
}

Json parseResponse(const QByteArray &body)
{
    return json::parseBounded(json::view(body), tr("the response"));
}

} // namespace

Result<QList<KindAttributeNames>> decodeAttributeNames(const QByteArray &body)
{
    return json::guardedDecode<QList<KindAttributeNames>>([&body] {
        return decodeEach<KindAttributeNames>(
            json::rootItems(parseResponse(body)), &decodeNamesGroup);
    });
}

Result<QList<KindAttributeValues>> decodeAttributeValues(const QByteArray &body)
{
    return json::guardedDecode<QList<KindAttributeValues>>([&body] {
        return decodeEach<KindAttributeValues>(
            json::rootItems(parseResponse(body)), &decodeValuesGroup);
    });
}

} // namespace ctx
