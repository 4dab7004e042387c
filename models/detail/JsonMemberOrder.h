#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ctx {

// QJsonObject keeps its members sorted by name; a context's attributes read better in the
// order the server sent them (key, name, then custom attributes). This remembers that order
// for every object of a JSON text, by JSON pointer, and writes JSON back in it.
class JsonMemberOrder
{
public:
    JsonMemberOrder() = default;
    // Scans `json` for the order of the members of each object. A text that is not valid
    // JSON gives what could be read before the error; the rest falls back to sorted order.
    explicit JsonMemberOrder(const QByteArray &json);

    // The member names of `object`, the object found at `pointer` ("" for the top level),
    // in document order; names the scan did not see come last, sorted.
    QStringList keys(const QString &pointer, const QJsonObject &object) const;
    // Overrides the order of the object at `pointer`.
    void setKeys(const QString &pointer, const QStringList &keys);

    // `value` (found at `pointer`) as indented JSON with members in document order.
    QByteArray toIndentedJson(const QJsonValue &value, const QString &pointer = {}) const;

private:
    void write(QByteArray &out, const QJsonValue &value, const QString &pointer, int indent) const;

    QHash<QString, QStringList> m_keys;
};

} // namespace ctx
