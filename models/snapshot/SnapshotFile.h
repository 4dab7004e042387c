#pragma once

#include "ContextQuery.h"
#include "ContextRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace ctx {

// One environment's local snapshot: an SQLite file holding every record of its Contexts list,
// keyed by (kind, key, applicationId), with name, last seen, the attributes (never a private
// value: the decoder removed them) and the private attribute names; and the facts of its sync
// (where from, when, the counts, whether complete, where to resume).
//
// It is personal data at rest: the file is created with mode 0600, and the folder that
// defaultPath() names with 0700. It never holds the token.
class SnapshotFile
{
    Q_DECLARE_TR_FUNCTIONS(ctx::SnapshotFile)
public:
    static constexpr int schemaVersion = 1;

    struct Facts
    {
        QString baseUrl;
        EnvironmentRef environment;
        QDateTime syncStarted; // invalid: never synced
        QDateTime syncFinished; // invalid: not finished
        std::optional<qint64> reportedCount; // the totalCount the API gave, when it did
        qint64 storedCount = 0;
        qint64 pages = 0; // pages stored by the sync under way or last finished
        qint64 unreadable = 0; // records the API sent that could not be read (left out)
        bool complete = false;
        QString cursor; // where the sync resumes; empty: at the start, or done
    };

    ~SnapshotFile();
    SnapshotFile(const SnapshotFile &) = delete;
    SnapshotFile &operator=(const SnapshotFile &) = delete;

    // Opens the snapshot at `path`, creating it (mode 0600) when there is none. Nothing, with a
    // sentence in *error, for a file that is not a snapshot or is from a newer version.
    static std::unique_ptr<SnapshotFile> open(const QString &path, QString *error);

    // Where the app keeps the snapshot of an environment: a file per connection, project and
    // environment in the user's data folder (AppLocalDataLocation/snapshots, mode 0700).
    static QString defaultPath(const QString &connectionId, const EnvironmentRef &environment);

    QString path() const { return m_path; }
    Facts facts() const;

    // Binds a new file to an environment; a file bound to another one is refused with a
    // sentence (the same one again is fine).
    bool bind(const QString &baseUrl, const EnvironmentRef &environment, QString *error);

    // Starts a sync, or leaves the one under way to be resumed. A finished snapshot starts
    // over: its records stay until replaced.
    bool beginSync(const QDateTime &now, QString *error);
    // Stores one page and the cursor that follows it in one transaction: a sync killed at
    // any instant resumes after the last page stored. A record already there (same kind,
    // key and applicationId) is replaced, never doubled.
    bool addPage(const ContextsPage &page, QString *error);
    // Marks the sync complete.
    bool finishSync(const QDateTime &now, QString *error);

    qint64 count() const;
    // Records in (kind, key, applicationId) order, from `offset`.
    QList<ContextRecord> records(qint64 offset, int limit) const;

private:
    SnapshotFile() = default;
    bool setFact(const QString &name, const QVariant &value, QString *error);
    QVariant fact(const QString &name) const;

    QString m_path;
    QString m_connection;
};

} // namespace ctx
