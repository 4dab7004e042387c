#include "SandboxFlagSeeder.h"

#include "SandboxFlagCatalog.h"
#include "SandboxSql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 86400000;
const QUuid kNamespace(u"{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"_s); // RFC 4122 URL namespace

QString uuid(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, u"contexts-sandbox:"_s + name)
        .toString(QUuid::WithoutBraces);
}

QString hexDigest(const QString &text, qsizetype digits)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(digits));
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// Rules with their ids and every clause complete (contextKind, negate, an id).
QJsonArray completeRules(const QJsonValue &rules, const QString &owner)
{
    QJsonArray complete;
    const QJsonArray list = rules.toArray();
    for (qsizetype r = 0; r < list.size(); ++r) {
        QJsonObject rule = list[r].toObject();
        const QString ruleName = u"%1/rule/%2"_s.arg(owner).arg(r);
        rule.insert(u"_id"_s, uuid(ruleName));
        QJsonArray clauses;
        const QJsonArray given = rule.value(u"clauses"_s).toArray();
        for (qsizetype c = 0; c < given.size(); ++c) {
            QJsonObject clause = given[c].toObject();
            clause.insert(u"_id"_s, uuid(u"%1/clause/%2"_s.arg(ruleName).arg(c)));
            if (!clause.contains(u"negate"_s))
                clause.insert(u"negate"_s, false);
            if (!clause.contains(u"contextKind"_s))
                clause.insert(u"contextKind"_s, u"user"_s);
            clauses.append(clause);
        }
        rule.insert(u"clauses"_s, clauses);
        rule.insert(u"trackEvents"_s, false);
        complete.append(rule);
    }
    return complete;
}

} // namespace

SandboxFlagSeeder::SandboxFlagSeeder(const QSqlDatabase &database, qint64 nowMs)
    : m_db(database)
    , m_nowMs(nowMs)
{
}

bool SandboxFlagSeeder::run(const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery query(m_db);
    QString why;
    if (sql::run(query, sql, binds, &why)) {
        m_lastInsertId = query.lastInsertId().toLongLong();
        return true;
    }
    if (error)
        *error = u"Cannot write the seed flags: %1"_s.arg(why);
    return false;
}

bool SandboxFlagSeeder::seed(
    qint64 projectId, const QList<Environment> &environments, QString *error)
{
    const QJsonArray flags = SandboxFlagCatalog::flags();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (!seedFlag(projectId, static_cast<int>(i), flags[i].toObject(), environments, error))
            return false;
    }
    for (const Environment &environment : environments) {
        if (!seedSegments(environment, error))
            return false;
    }
    return true;
}

bool SandboxFlagSeeder::seedFlag(qint64 projectId, int index, const QJsonObject &flag,
    const QList<Environment> &environments, QString *error)
{
    const QString key = flag.value(u"key"_s).toString();
    QJsonArray variations;
    const QJsonArray given = flag.value(u"variations"_s).toArray();
    for (qsizetype v = 0; v < given.size(); ++v) {
        QJsonObject variation = given[v].toObject();
        variation.insert(u"_id"_s, uuid(u"%1/variation/%2"_s.arg(key).arg(v)));
        variations.append(variation);
    }
    const qint64 created = m_nowMs - (420 - index * 27) * kDayMs - qint64(index) * 3600000;
    QJsonObject definition {{u"name"_s, flag.value(u"name"_s)}, {u"kind"_s, flag.value(u"kind"_s)},
        {u"description"_s, flag.value(u"description"_s)}, {u"tags"_s, flag.value(u"tags"_s)},
        {u"temporary"_s, flag.value(u"temporary"_s).toBool()},
        {u"deprecated"_s, flag.value(u"deprecated"_s).toBool()}, {u"variations"_s, variations},
        {u"creationDate"_s, created}, {u"_version"_s, 1 + index % 5},
        {u"maintainerId"_s, hexDigest(u"maintainer:"_s + (index % 2 ? u"sam"_s : u"riley"_s), 24)},
        {u"defaults"_s,
            QJsonObject {{u"onVariation"_s, 0},
                {u"offVariation"_s, flag.value(u"offVariation"_s).toInt()}}}};
    if (!run(u"INSERT INTO flags (project_id, key, definition) VALUES (?, ?, ?)"_s,
            {projectId, key, compact(definition)}, error))
        return false;
    const qint64 flagId = m_lastInsertId;
    const QString salt = hexDigest(u"salt:"_s + key, 32);
    const QString rules = compact(completeRules(flag.value(u"rules"_s), key));

    for (const Environment &environment : environments) {
        QJsonObject config = flag;
        const QJsonObject overrides = flag.value(environment.key).toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            config.insert(it.key(), it.value());
        const QJsonValue off = config.value(u"offVariation"_s);
        if (!run(u"INSERT INTO flag_configs (flag_id, env_id, enabled, salt, version,"
                 " modified_ms, off_variation, fallthrough, targets, rules, prerequisites)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {flagId, environment.id, config.value(u"on"_s).toBool() ? 1 : 0, salt,
                    2 + (index * 7) % 11, created + (index + 3) * kDayMs,
                    off.isDouble() ? QVariant(off.toInt()) : QVariant(),
                    compact(config.value(u"fallthrough"_s)),
                    compact(config.value(u"targets"_s).toArray()), rules,
                    compact(config.value(u"prerequisites"_s).toArray())},
                error))
            return false;
    }
    return true;
}

bool SandboxFlagSeeder::seedSegments(const Environment &environment, QString *error)
{
    const QJsonArray segments = SandboxFlagCatalog::segments(environment.internalUsers);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject segment = segments[i].toObject();
        const QString key = segment.value(u"key"_s).toString();
        const qint64 created = m_nowMs - (300 - i * 31) * kDayMs;
        if (!run(u"INSERT INTO segments (env_id, key, name, description, tags, creation_ms,"
                 " modified_ms, version, included, excluded, rules)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {environment.id, key, segment.value(u"name"_s).toString(),
                    segment.value(u"description"_s).toString(),
                    compact(segment.value(u"tags"_s).toArray()), created,
                    created + (i + 2) * kDayMs, static_cast<int>(1 + i % 3),
                    compact(segment.value(u"included"_s).toArray()),
                    compact(segment.value(u"excluded"_s).toArray()),
                    compact(completeRules(segment.value(u"rules"_s), u"segment/"_s + key))},
                error))
            return false;
    }
    return true;
}

} // namespace sandbox
