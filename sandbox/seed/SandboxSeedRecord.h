#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sandbox {

// The seed a database holds, kept in `meta` (name "seed") as JSON: how many list rows it was
// asked for, the time its "last seen" times count back from, the generator's version, and
// whether it completed. A seed is written as "seeding" before its first row and "complete"
// after its last index, so an interrupted seed is recognised as such.
struct SandboxSeedRecord
{
    enum class State { Seeding, Complete };

    int contexts = 0;
    qint64 nowMs = 0;
    int version = 0;
    State state = State::Seeding;

    // The record, or nothing when there is none (or it cannot be read).
    static std::optional<SandboxSeedRecord> read(const QSqlDatabase &db);
    bool write(const QSqlDatabase &db, QString *error) const;
};

} // namespace sandbox
