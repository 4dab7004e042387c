#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace ctx {

// `value` as compact JSON text: a string with its quotes and escapes ("a\"b"), an object or
// array on one line, a number, true, false or null. An undefined value is written null.
QByteArray compactJson(const QJsonValue &value);

} // namespace ctx
