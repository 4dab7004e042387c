#include "SandboxSeedRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const QString kName = u"seed"_s;

} // namespace

std::optional<SandboxSeedRecord> SandboxSeedRecord::read(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    query.addBindValue(kName);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    if (!object.value(u"contexts").isDouble() || !object.value(u"version").isDouble())
        return std::nullopt;
    SandboxSeedRecord record;
    record.contexts = object.value(u"contexts").toInt();
    record.nowMs = object.value(u"now").toInteger();
    record.version = object.value(u"version").toInt();
    record.state
        = object.value(u"state").toString() == u"complete" ? State::Complete : State::Seeding;
    return record;
}

bool SandboxSeedRecord::write(const QSqlDatabase &db, QString *error) const
{
    const QJsonObject object {{u"contexts"_s, contexts}, {u"now"_s, nowMs}, {u"version"_s, version},
        {u"state"_s, state == State::Complete ? u"complete"_s : u"seeding"_s}};
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"_s);
    query.addBindValue(kName);
    query.addBindValue(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (query.exec())
        return true;
    if (error)
        *error = u"Cannot record the seed: "_s + query.lastError().text();
    return false;
}

} // namespace sandbox
