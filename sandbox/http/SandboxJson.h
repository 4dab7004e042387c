#pragma once

#include "SandboxRows.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace sandbox {

// What a route answers: a status and a JSON body.
struct SandboxReply
{
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
    QByteArray body;
    QByteArray allow; // the methods a 405 names in its Allow header
    QList<std::pair<QByteArray, QByteArray>> headers; // more headers (X-Ratelimit-*)
};

// The JSON the sandbox writes, shaped after the spec's schemas (Contexts, ContextRecord,
// ContextKindsCollectionRep, ContextKindRep, ContextInstanceRecord and the error reps).
class SandboxJson
{
public:
    static SandboxReply ok(const QJsonObject &body);
    // {"code": ..., "message": ...}, the shape of every documented error.
    // 500 {"code": "internal_error", "message": ...}: the store failed.
    static SandboxReply internalError(const QString &message);
    static SandboxReply error(
        QHttpServerResponder::StatusCode status, const QString &code, const QString &message);
    static SandboxReply invalidRequest(const QString &message);
    static SandboxReply unauthorized();
    static SandboxReply notFound(const QString &message = {});
    static SandboxReply methodNotAllowed(const QByteArray &allow);

    // RFC 3339, UTC, milliseconds: 2026-11-20T10:00:00.123Z
    static QString timestamp(qint64 epochMs);
    static QJsonObject link(const QString &href, const QString &type = {});

    static QString environmentPath(const EnvironmentRow &environment);
    // A path segment with everything but unreserved characters, ':' and '@' percent-encoded.
    static QString segment(const QString &text);

    static QJsonObject contextRecord(const ContextRow &row, const EnvironmentRow &environment);
    static QJsonObject contextKind(const ContextKindRow &row, const QString &projectKey);
    // ContextInstanceRecord: id, lastSeen, applicationId, anonymousKinds, context, _links
    // (parent, self, site `/{p}/{e}/context-instances/{id}`), _access.
    static QJsonObject instanceRecord(const InstanceRow &row, const EnvironmentRow &environment);
    static QJsonObject noAccess(); // {"denied": [], "allowed": []}
};

} // namespace sandbox
