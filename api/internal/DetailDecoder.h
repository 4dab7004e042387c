#pragma once

#include "ContextDetailTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace ctx {

// Decoders for the context details page's bodies, with the rules of JsonDecoder.h:
// liberal in what they accept (unknown fields ignored, optional fields may be absent or
// null) and strict about the fields they read: a wrong type or a missing required field
// is an InvalidResponse whose detail names the field path, e.g. "items[2].reason.ruleIndex
// is not an integer".

// 200 body of POST .../context-instances/search (schema "ContextInstances"). Each item's
// context (an object or JSON text, usually multi-kind) is split into one ContextRecord per
// kind exactly as decodeContextsPage does, private values removed; each record carries the
// instance's applicationId and lastSeen (its siteLink stays empty: the instance's link
// points to the instance's page).
Result<ContextInstancesPage> decodeContextInstancesPage(const QByteArray &body);

// 200 body of POST .../flags/evaluate (schema "ContextInstanceEvaluations"). A missing or
// null _value is "null"; the reason (an object, or JSON text holding one) and each of its
// fields are optional; ruleID is also accepted as ruleId. A missing name is the key.
Result<QList<FlagEvaluation>> decodeFlagEvaluations(const QByteArray &body);

// 200 body of POST .../segments/evaluate (schema "ContextInstanceSegmentMemberships").
// Missing booleans are false; a missing name is the key.
Result<QList<SegmentMembership>> decodeSegmentMemberships(const QByteArray &body);

// 200 body of GET /api/v2/flags/{projectKey}/{flagKey} (schema "FeatureFlag"): its
// variations, in order. Each needs a "value" (null is kept as "null").
Result<QList<FlagVariation>> decodeFlagVariations(const QByteArray &body);

} // namespace ctx
