#pragma once

#include "ApiError.h"
#include "ContextRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ctx {

// Decodes the server's JSON bodies into domain types (api-notes.md §4, §6). Liberal in
// what it accepts (context as an object or a JSON string, multi-kind contexts split per
// kind, privateAttributes or redactedAttributes, totalCount optional, millisecond fields
// as integers or numeric strings, unknown fields ignored) and strict about the fields it
// reads: a wrong type or a missing required field is an InvalidResponse whose detail
// names the field path, e.g. "items[3].context.key is missing".
// Values of private attributes never reach ContextRecord::attributesJson.

// 200 body of POST .../contexts/search (schema "Contexts"). An item that cannot be read is
// left out and named in ContextsPage::unreadable; only a page that cannot be read as a whole
// (not JSON, items not a list, a wrong type at the top) is an error.
Result<ContextsPage> decodeContextsPage(const QByteArray &body);

// 200 body of GET .../context-kinds (schema "ContextKindsCollectionRep").
Result<QList<ContextKind>> decodeContextKinds(const QByteArray &body);

// An error for a non-2xx reply: the kind from the status, code and message from a
// {"code", "message"} body when there is one; otherwise the detail is a short plain-text
// body or `fallbackReason` (e.g. the HTTP reason phrase).
ApiError errorFromResponse(int httpStatus, const QByteArray &body, const QString &fallbackReason);

// The ApiError kind for an HTTP status (>= 400).
ApiError::Kind errorKindForStatus(int httpStatus);

} // namespace ctx
