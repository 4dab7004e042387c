#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// How the routes read a request, the way LaunchDarkly's Go service does.
namespace sandbox::request {

// The query string decoded as Go's url.ParseQuery does ('+' is a space). With `known`, other
// names are left out. A name given twice is an error (nothing, and a sentence in *error).
std::optional<QHash<QString, QString>> queryValues(
    const QUrl &url, QString *error, const QStringList &known = {});

// One query parameter, decoded the same way (the first, when repeated); nothing when absent.
std::optional<QString> queryValue(const QUrl &url, const QString &name);

// The body as a JSON object. Not JSON, or not an object: nothing, and a sentence in *error
// naming what was expected (`expected`: "ContextSearch", "a context"...).
std::optional<QJsonObject> bodyObject(
    const QByteArray &body, const QString &expected, QString *error);

} // namespace sandbox::request
