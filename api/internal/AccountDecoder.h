#pragma once

#include "AccountTypes.h"
#include "Result.h"

#include <QByteArray>

namespace ctx {

// Decodes the account-level bodies the connection dialog reads (api-notes.md §3.12), in the
// style of JsonDecoder: liberal about what it does not need (unknown fields ignored, missing
// optional fields empty, display-only fields of the wrong type ignored) and strict about the
// keys it relies on: a missing or non-string key is an InvalidResponse whose detail names
// the field path, e.g. "items[2].environments.items[0].key is not a string (found number)".
// Documents nested deeper than json::MaxDepth are rejected before parsing.
// An environment's apiKey (SDK key) and mobileKey are never read.

// 200 body of GET /api/v2/projects?expand=environments (schema "Projects").
Result<ProjectsPage> decodeProjectsPage(const QByteArray &body);

// 200 body of GET /api/v2/caller-identity (schema "CallerIdentityRep"); every field optional.
Result<CallerIdentity> decodeCallerIdentity(const QByteArray &body);

// 200 body of GET /api/v2/projects/{p}/environments/{e} (schema "Environment").
Result<EnvironmentSummary> decodeEnvironment(const QByteArray &body);

} // namespace ctx
