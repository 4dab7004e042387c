#include "SandboxLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

SandboxReply filterTooLong(qsizetype length)
{
    return SandboxJson::invalidRequest(u"filter is too long: %1 characters, at most %2"_s.arg(
        QString::number(length), QString::number(SandboxLimits::maxFilterChars)));
}

} // namespace

std::optional<SandboxReply> SandboxLimits::refuse(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > maxBodyBytes) {
        return SandboxJson::error(QHttpServerResponder::StatusCode::PayloadTooLarge,
            u"request_entity_too_large"_s,
            u"The request body is %1 bytes; the sandbox accepts at most %2 (1 MiB)"_s.arg(
                QString::number(body.size()), QString::number(maxBodyBytes)));
    }
    const QString queryFilter
        = QUrlQuery(request.url()).queryItemValue(u"filter"_s, QUrl::FullyDecoded);
    if (queryFilter.size() > maxFilterChars)
        return filterTooLong(queryFilter.size());
    // A body no longer than the limit cannot hold a longer filter: parse only the others.
    if (body.size() > maxFilterChars) {
        const QJsonValue filter = QJsonDocument::fromJson(body).object().value(u"filter");
        if (filter.isString() && filter.toString().size() > maxFilterChars)
            return filterTooLong(filter.toString().size());
    }
    return std::nullopt;
}

} // namespace sandbox
