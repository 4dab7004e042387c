#pragma once

#include <QDateTime>
#include <QString>

namespace ctx {

// Texts for "Last seen": relative in the cell, exact local time and UTC in the tooltip.
namespace RelativeTime {

// "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 days ago", "in the future".
QString format(const QDateTime &then, const QDateTime &now);

// "Saturday, 21 November 2026 12:03:05 CET\n2026-11-21 11:03:05 UTC"
QString tooltip(const QDateTime &then);

} // namespace RelativeTime
} // namespace ctx
