#pragma once

#include "AttributeTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ctx {

// Decoders for the context-attributes bodies (api-notes.md §3.8, §3.9, §4), with the rules
// of JsonDecoder.h: liberal in what they accept (unknown fields ignored, optional fields
// may be absent or null) and strict about the fields they read: a wrong type or a missing
// required field is an InvalidResponse whose detail names the field path, e.g.
// "items[0].names[2].weight is not an integer". A missing weight is 0 (it is only a hint);
// weights are clamped to 0..INT_MAX.

// 200 body of GET .../context-attributes (schema "ContextAttributeNamesCollection"). Each
// name is a JSON pointer ("/firstName"); a plain name is accepted and turned into one
// (attributePointer). An empty name is an InvalidResponse. A missing redacted is false.
Result<QList<KindAttributeNames>> decodeAttributeNames(const QByteArray &body);

// 200 body of GET .../context-attributes/{attributeName} (schema
// "ContextAttributeValuesCollection"). Each value is under "name" and may be any JSON,
// null included; it is kept as compact JSON text. A missing "name" is an InvalidResponse.
Result<QList<KindAttributeValues>> decodeAttributeValues(const QByteArray &body);

} // namespace ctx
