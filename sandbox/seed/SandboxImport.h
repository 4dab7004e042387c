#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sandbox {

// `--import FILE.jsonl`: contexts from JSON Lines into one environment, beside (or instead of)
// the seed. Each line has the shape of the API's ContextRecord:
//   {"context": {...}, "lastSeen": "2026-11-20T10:00:00Z", "applicationId": "web/1.2"}
// `context` is a single-kind context, a multi-kind one ("kind": "multi") or a legacy user (no
// kind), as an object or as JSON text holding one; `lastSeen` is RFC 3339 or epoch
// milliseconds (missing: now); `applicationId` is a string (missing: none). Each line is one
// context instance, with one row per kind in the Contexts list, as an SDK's event makes it.
// A row already there with the same kind, key and applicationId is replaced, so importing a
// file twice changes nothing. Private attributes (_meta.privateAttributes or
// redactedAttributes) are listed by name and their values dropped, as LaunchDarkly never
// receives them; anonymous contexts are stored but kept out of the list. A kind not yet in the
// project is added, as LaunchDarkly adds the kinds it sees.
//
// Every line is read and checked before anything is written, and the file is written in one
// transaction: a bad line refuses the whole file, naming its line number, and leaves the
// database as it was.
class SandboxImport
{
public:
    SandboxImport(const QSqlDatabase &db, qint64 nowMs);

    // Imports `path` into `environmentKey` of `projectKey`. False with a sentence in *error.
    bool run(const QString &path, const QString &projectKey, const QString &environmentKey,
        QString *error);
    qint64 imported() const { return m_imported; } // lines (context instances) written

private:
    QSqlDatabase m_db;
    qint64 m_nowMs = 0;
    qint64 m_imported = 0;
};

} // namespace sandbox
