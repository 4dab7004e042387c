#include "SandboxSearchParams.h"

#include "SandboxRequest.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxFilterLength = qsizetype(64) * 1024;
const QStringList kNames {
    u"filter"_s, u"sort"_s, u"limit"_s, u"continuationToken"_s, u"includeTotalCount"_s};

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

std::optional<SandboxSearchParams> SandboxSearchParams::parse(
    const QUrl &url, const QByteArray &body, QString *error)
{
    std::optional<QHash<QString, QString>> query = request::queryValues(url, error, kNames);
    if (!query)
        return std::nullopt;
    QHash<QString, QString> &values = *query;

    if (!body.trimmed().isEmpty()) {
        const std::optional<QJsonObject> parsed
            = request::bodyObject(body, u"ContextSearch"_s, error);
        if (!parsed)
            return std::nullopt;
        const QJsonObject &object = *parsed;
        for (const QString &name : {u"filter"_s, u"sort"_s, u"limit"_s, u"continuationToken"_s}) {
            const QJsonValue value = object.value(name);
            if (value.isUndefined() || value.isNull())
                continue;
            if (values.contains(name)) {
                *error = u"\"%1\" is given both as a query parameter and in the request body; "
                         "use one or the other"_s.arg(name);
                return std::nullopt;
            }
            if (name == u"limit") {
                const double number = value.toDouble(-1);
                if (!value.isDouble()
                    || number != static_cast<double>(static_cast<qint64>(number))) {
                    *error = u"limit must be an integer"_s;
                    return std::nullopt;
                }
                values.insert(name, QString::number(static_cast<qint64>(number)));
            } else if (!value.isString()) {
                *error = u"\"%1\" must be a string"_s.arg(name);
                return std::nullopt;
            } else {
                values.insert(name, value.toString());
            }
        }
    }

    SandboxSearchParams params;
    params.filter = values.value(u"filter"_s);
    if (params.filter.size() > kMaxFilterLength) {
        *error = u"filter is too long"_s;
        return std::nullopt;
    }
    const QString sort = values.value(u"sort"_s);
    if (sort == u"ts") {
        params.ascending = true;
    } else if (!sort.isEmpty() && sort != u"-ts") {
        *error = u"sort must be \"ts\" or \"-ts\""_s;
        return std::nullopt;
    }
    if (values.contains(u"limit"_s)) {
        bool ok = false;
        const qint64 limit = values.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 50) {
            *error = u"limit must be between 1 and 50"_s;
            return std::nullopt;
        }
        params.limit = static_cast<int>(limit);
    }
    params.continuationToken = values.value(u"continuationToken"_s);
    if (values.contains(u"includeTotalCount"_s)) {
        const QString include = values.value(u"includeTotalCount"_s).toLower();
        if (include != u"true" && include != u"false" && include != u"1" && include != u"0") {
            *error = u"includeTotalCount must be true or false"_s;
            return std::nullopt;
        }
        params.includeTotalCount = include == u"true" || include == u"1";
    }
    return params;
}

QString SandboxSearchParams::queryString(const QString &token) const
{
    QStringList parts;
    if (!filter.isEmpty())
        parts << u"filter="_s + encode(filter);
    if (linkSort)
        parts << (ascending ? u"sort=ts"_s : u"sort=-ts"_s);
    parts << u"limit="_s + QString::number(limit);
    if (!token.isEmpty())
        parts << u"continuationToken="_s + encode(token);
    if (!includeTotalCount)
        parts << u"includeTotalCount=false"_s;
    return parts.join(u'&');
}

} // namespace sandbox
