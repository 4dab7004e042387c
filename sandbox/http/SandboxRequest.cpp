#include "SandboxRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sandbox::request {

using namespace Qt::StringLiterals;

namespace {

// Calls `take(name, value)` for each pair of the query string, decoded; stops when it
// returns false.
template <typename Take> void forEachPair(const QUrl &url, Take take)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.first(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        if (!take(QUrl::fromPercentEncoding(name.replace('+', ' ')),
                QUrl::fromPercentEncoding(value.replace('+', ' '))))
            return;
    }
}

} // namespace

std::optional<QHash<QString, QString>> queryValues(
    const QUrl &url, QString *error, const QStringList &known)
{
    QHash<QString, QString> values;
    bool repeated = false;
    forEachPair(url, [&](const QString &name, const QString &value) {
        if (!known.isEmpty() && !known.contains(name))
            return true;
        if (values.contains(name)) {
            *error = u"query parameter \"%1\" is given more than once"_s.arg(name);
            repeated = true;
            return false;
        }
        values.insert(name, value);
        return true;
    });
    if (repeated)
        return std::nullopt;
    return values;
}

std::optional<QString> queryValue(const QUrl &url, const QString &name)
{
    std::optional<QString> found;
    forEachPair(url, [&](const QString &key, const QString &value) {
        if (key != name)
            return true;
        found = value;
        return false;
    });
    return found;
}

std::optional<QJsonObject> bodyObject(
    const QByteArray &body, const QString &expected, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"Invalid request body: %1 at offset %2"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"Invalid request body: expected a JSON object (%1)"_s.arg(expected);
        return std::nullopt;
    }
    return document.object();
}

} // namespace sandbox::request
