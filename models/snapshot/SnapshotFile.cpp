#include "SnapshotFile.h"

#include "JsonText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace ctx {

namespace {

const QString formatName = QStringLiteral("contexts-browser snapshot");

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value)",
    "CREATE TABLE IF NOT EXISTS contexts (kind TEXT NOT NULL, key TEXT NOT NULL,"
    " application_id TEXT NOT NULL, name TEXT, last_seen_ms INTEGER,"
    " attributes TEXT NOT NULL, private_attributes TEXT NOT NULL,"
    " PRIMARY KEY (kind, key, application_id)) WITHOUT ROWID",
};

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString millis(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}

QDateTime fromMillis(const QVariant &value)
{
    bool ok = false;
    const qint64 ms = value.toString().toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// A file readable and writable by its owner only, created before SQLite opens it.
bool createPrivately(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error
            = SnapshotFile::tr("Cannot create the snapshot %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

SnapshotFile::~SnapshotFile()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SnapshotFile::defaultPath(const QString &connectionId, const EnvironmentRef &environment)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/snapshots");
    QDir().mkpath(folder);
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QStringList parts;
    for (const QString &part : {connectionId, environment.projectKey, environment.environmentKey})
        parts.append(QString::fromLatin1(part.toUtf8().toPercentEncoding()));
    return folder + u'/' + parts.join(u'_') + QStringLiteral(".snapshot");
}

std::unique_ptr<SnapshotFile> SnapshotFile::open(const QString &path, QString *error)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && !createPrivately(path, error))
        return nullptr;
    std::unique_ptr<SnapshotFile> file(new SnapshotFile);
    file->m_path = path;
    file->m_connection
        = QStringLiteral("snapshot-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connection);
    db.setDatabaseName(path);
    const QString notASnapshot = tr("%1 is not a contexts-browser snapshot").arg(path);
    if (!db.open()) {
        *error = notASnapshot + QStringLiteral(": ") + db.lastError().text();
        return nullptr;
    }
    QSqlQuery query(db);
    // An existing file must say what it is; SQLite only reads it on the first statement.
    if (exists && QFileInfo(path).size() > 0) {
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'format'"))
            || !query.next() || query.value(0).toString() != formatName) {
            *error = notASnapshot;
            return nullptr;
        }
        query.finish();
        const QVariant version = file->fact(QStringLiteral("schema"));
        if (version.toInt() > schemaVersion) {
            *error = tr("%1 was written by a newer version of contexts-browser (snapshot "
                        "schema %2; this version reads %3)")
                         .arg(path)
                         .arg(version.toInt())
                         .arg(schemaVersion);
            return nullptr;
        }
    }
    for (const char *statement : schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = tr("Cannot write the snapshot %1: %2").arg(path, query.lastError().text());
            return nullptr;
        }
    }
    if (!file->fact(QStringLiteral("format")).isValid()) {
        QString problem;
        if (!file->setFact(QStringLiteral("format"), formatName, &problem)
            || !file->setFact(QStringLiteral("schema"), schemaVersion, &problem)) {
            *error = tr("Cannot write the snapshot %1: %2").arg(path, problem);
            return nullptr;
        }
    }
    return file;
}

QVariant SnapshotFile::fact(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

bool SnapshotFile::setFact(const QString &name, const QVariant &value, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    return exec(query, error);
}

SnapshotFile::Facts SnapshotFile::facts() const
{
    Facts facts;
    facts.baseUrl = fact(QStringLiteral("baseUrl")).toString();
    facts.environment.projectKey = fact(QStringLiteral("project")).toString();
    facts.environment.environmentKey = fact(QStringLiteral("environment")).toString();
    facts.syncStarted = fromMillis(fact(QStringLiteral("syncStarted")));
    facts.syncFinished = fromMillis(fact(QStringLiteral("syncFinished")));
    bool ok = false;
    const qint64 reported = fact(QStringLiteral("reportedCount")).toString().toLongLong(&ok);
    if (ok)
        facts.reportedCount = reported;
    facts.storedCount = count();
    facts.pages = fact(QStringLiteral("pages")).toLongLong();
    facts.unreadable = fact(QStringLiteral("unreadable")).toLongLong();
    facts.complete = fact(QStringLiteral("complete")).toInt() == 1;
    facts.cursor = fact(QStringLiteral("cursor")).toString();
    return facts;
}

bool SnapshotFile::bind(const QString &baseUrl, const EnvironmentRef &environment, QString *error)
{
    const Facts current = facts();
    if (!current.environment.projectKey.isEmpty()) {
        if (current.baseUrl == baseUrl && current.environment == environment)
            return true;
        *error
            = tr("%1 holds the snapshot of %2/%3 at %4, not of %5/%6 at %7")
                  .arg(m_path, current.environment.projectKey, current.environment.environmentKey,
                      current.baseUrl, environment.projectKey, environment.environmentKey, baseUrl);
        return false;
    }
    return setFact(QStringLiteral("baseUrl"), baseUrl, error)
        && setFact(QStringLiteral("project"), environment.projectKey, error)
        && setFact(QStringLiteral("environment"), environment.environmentKey, error);
}

bool SnapshotFile::beginSync(const QDateTime &now, QString *error)
{
    const Facts current = facts();
    if (current.syncStarted.isValid() && !current.complete)
        return true; // resumes where it stopped
    return setFact(QStringLiteral("syncStarted"), millis(now), error)
        && setFact(QStringLiteral("syncFinished"), QString(), error)
        && setFact(QStringLiteral("complete"), 0, error)
        && setFact(QStringLiteral("cursor"), QString(), error)
        && setFact(QStringLiteral("pages"), 0, error)
        && setFact(QStringLiteral("unreadable"), 0, error);
}

bool SnapshotFile::addPage(const ContextsPage &page, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO contexts (kind, key, application_id, name, last_seen_ms,"
        " attributes, private_attributes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bool ok = true;
    for (const ContextRecord &record : page.items) {
        insert.addBindValue(record.kind);
        insert.addBindValue(record.key);
        insert.addBindValue(
            record.applicationId.isNull() ? QStringLiteral("") : record.applicationId);
        insert.addBindValue(record.name.isEmpty() ? QVariant() : QVariant(record.name));
        insert.addBindValue(
            record.lastSeen.isValid() ? QVariant(record.lastSeen.toMSecsSinceEpoch()) : QVariant());
        // attributes() leaves out every private value, even one a server sent.
        insert.addBindValue(QString::fromUtf8(record.attributes().toJson()));
        insert.addBindValue(
            QString::fromUtf8(compactJson(QJsonArray::fromStringList(record.privateAttributes))));
        if (!(ok = exec(insert, error)))
            break;
    }
    const qint64 pages = fact(QStringLiteral("pages")).toLongLong() + 1;
    const qint64 unreadable
        = fact(QStringLiteral("unreadable")).toLongLong() + page.unreadable.size();
    ok = ok && setFact(QStringLiteral("cursor"), page.continuationToken, error)
        && setFact(QStringLiteral("pages"), pages, error)
        && setFact(QStringLiteral("unreadable"), unreadable, error)
        && (!page.totalCount
            || setFact(QStringLiteral("reportedCount"), QString::number(*page.totalCount), error));
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool SnapshotFile::finishSync(const QDateTime &now, QString *error)
{
    return setFact(QStringLiteral("syncFinished"), millis(now), error)
        && setFact(QStringLiteral("complete"), 1, error)
        && setFact(QStringLiteral("cursor"), QString(), error);
}

qint64 SnapshotFile::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contexts")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<ContextRecord> SnapshotFile::records(qint64 offset, int limit) const
{
    QList<ContextRecord> records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT kind, key, application_id, name, last_seen_ms, attributes, private_attributes"
        " FROM contexts ORDER BY kind, key, application_id LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return records;
    while (query.next()) {
        ContextRecord record;
        record.kind = query.value(0).toString();
        record.key = query.value(1).toString();
        record.applicationId = query.value(2).toString();
        record.name = query.value(3).toString();
        if (!query.value(4).isNull())
            record.lastSeen = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        record.attributesJson = query.value(5).toByteArray();
        for (const QJsonValue reference :
            QJsonDocument::fromJson(query.value(6).toByteArray()).array())
            record.privateAttributes.append(reference.toString());
        records.append(record);
    }
    return records;
}

} // namespace ctx
