#pragma once

class QTableView;

namespace ctx::TableSetup {

// The look every read-only table of the app shares: whole rows selected, no grid, no
// editing, alternating rows, compact fixed row height, left-aligned headers.
void apply(QTableView *table);

} // namespace ctx::TableSetup
