#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sandbox {

// Deterministic demo data: project "demo" ("Demo project") with the context kinds user,
// organization, device, location (and an archived "service"), environment "production" with
// `contexts` list rows and "staging" with about a tenth of that. The same count and the same
// `now` give the same data. Each environment also gets the demo flags and segments
// (SandboxFlagSeeder).
//
// Built for millions of rows: the rows are planned and rendered on a second thread
// (SandboxSeedWriter) and inserted into bare tables with journaling and syncing off, in one
// transaction; the indexes are created afterwards (SandboxSchema). The seed's parameters are
// recorded in `meta` (SandboxSeedRecord), so that a database that already holds the same seed
// is reused as it is.
class SandboxSeeder
{
public:
    enum class Outcome {
        Seeded, // written now
        Reused, // the database held this seed already: nothing written
        Kept, // the database held project "demo" without a seed record (an older sandbox):
              // kept as it is, with the flags added when it had none
    };
    // Percent done (0..100) and what is being done.
    using Progress = std::function<void(int percent, const QString &what)>;

    // `nowIsExplicit`: `nowMs` was asked for, so a seed counted from another time is not the
    // same seed; otherwise any recorded time is accepted.
    SandboxSeeder(const QSqlDatabase &database, qint64 nowMs, bool nowIsExplicit = true);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Seeds, reuses or keeps (see Outcome). Fails, changing nothing, when the database holds a
    // complete seed with other parameters; an interrupted seed is replaced.
    bool seed(int contexts, QString *error);
    Outcome outcome() const { return m_outcome; }

    // The generator's version: a seed of another version is not reused.
    static constexpr int kVersion = 2;

private:
    bool seedFresh(int contexts, QString *error);
    bool seedInTransaction(int contexts, QString *error);
    bool seedMissingFlags(QString *error);
    bool clear(QString *error);
    void report(int percent, const QString &what) const;

    QSqlDatabase m_db;
    qint64 m_nowMs;
    bool m_nowIsExplicit;
    Progress m_progress;
    Outcome m_outcome = Outcome::Seeded;
};

} // namespace sandbox
