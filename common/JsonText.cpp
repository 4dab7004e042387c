#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ctx {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar is written as the one element of an array, without the brackets.
    const QJsonValue scalar = value.isUndefined() ? QJsonValue() : value;
    const QByteArray json = QJsonDocument(QJsonArray {scalar}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace ctx
