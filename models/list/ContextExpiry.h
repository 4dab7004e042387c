#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ctx {

// LaunchDarkly removes contexts not seen for 30 days. A context last seen more than 27 days
// ago is close to that: the Contexts list marks it (ContextListModel's Last seen column).
namespace ContextExpiry {

// LaunchDarkly removes contexts not seen for this many days...
constexpr int removalDays = 30;
// ...and a context last seen more than this many days ago is marked as expiring.
constexpr int warningDays = 27;

// Days until LaunchDarkly removes a context last seen at `lastSeen` (rounded up; 0: due
// now), when it was last seen more than warningDays before `now`; nullopt otherwise (and
// for an invalid time).
std::optional<int> daysLeft(const QDateTime &lastSeen, const QDateTime &now);

// "Expires in about N days: LaunchDarkly removes contexts not seen for 30 days."
// (0: "Due for removal: …").
QString text(int days);

} // namespace ContextExpiry
} // namespace ctx
