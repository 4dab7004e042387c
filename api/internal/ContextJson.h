#pragma once

// Internal to ctx_api (uses nlohmann_json; included by .cpp files only): the context JSON
// inside list items (schemas "ContextRecord" and "ContextInstanceRecord").

#include "ContextRecord.h"
#include "JsonSupport.h"

#include <QList>
#include <QString>

namespace ctx::json {

// item.context (an object, or JSON text holding one) as one record per kind, with kind,
// key, name, privateAttributes and attributesJson set (private values removed even when
// the server sent them). A multi-kind context gives one record per member, in the
// server's order; a context without "kind" is a legacy user context. `path` names the
// item ("items[3]").
// `texts`, when given, shares equal kinds between the records it decodes.
QList<ContextRecord> decodeItemContext(
    const Json &item, const QString &path, SharedTexts *texts = nullptr);
// The same, moving item.context out of `item` instead of copying it (it is left null).
QList<ContextRecord> takeItemContext(Json &item, const QString &path, SharedTexts *texts = nullptr);

// The item fields that all records of one item share: lastSeen, applicationId,
// associatedContexts and _links.site.href (the other members stay default). `texts`, when
// given, shares equal applicationIds.
ContextRecord decodeItemFields(const Json &item, const QString &path, SharedTexts *texts = nullptr);

} // namespace ctx::json
