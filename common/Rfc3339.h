#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace ctx {

// An RFC 3339 date-time ("2022-04-15T15:00:57.526470334Z", "...+02:00", "T", "t" or a space
// between date and time) as UTC with millisecond precision; nothing when the text is not one.
// The one reading of such times: the decoders' dates and the detail's "is this value a date?".
std::optional<QDateTime> parseRfc3339(QStringView text);

} // namespace ctx
