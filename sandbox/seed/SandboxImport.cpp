#include "SandboxImport.h"

#include "JsonPointer.h"
#include "Rfc3339.h"
#include "SandboxSql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace sandbox {

using namespace Qt::StringLiterals;

namespace {

// One kind of a line's context.
struct Member
{
    QString kind;
    QString key;
    std::optional<QString> name;
    QJsonObject attributes; // without kind, key, name, _meta and private values
    QJsonArray privateAttributes;
    bool anonymous = false;
    QJsonObject stored; // as the instance keeps it: _meta kept, private values dropped
};

struct Line
{
    QList<Member> members; // by kind
    qint64 lastSeenMs = 0;
    QString applicationId;
};

bool validKind(const QString &kind)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]+$"_s);
    return kind != u"kind" && kind != u"multi" && pattern.match(kind).hasMatch();
}

QJsonArray privateReferences(const QJsonObject &context, const QString &path, QString *error)
{
    const QJsonObject meta = context.value(u"_meta").toObject();
    QJsonArray references;
    for (const QString &field : {u"privateAttributes"_s, u"redactedAttributes"_s}) {
        const QJsonValue list = meta.value(field);
        if (list.isUndefined())
            continue;
        if (!list.isArray()) {
            *error = u"%1._meta.%2 is not a list"_s.arg(path, field);
            return {};
        }
        for (const QJsonValue reference : list.toArray()) {
            if (!reference.isString()) {
                *error = u"%1._meta.%2 holds something that is not a string"_s.arg(path, field);
                return {};
            }
            if (!references.contains(reference))
                references.append(reference);
        }
    }
    return references;
}

std::optional<Member> readSingle(
    QJsonObject context, const QString &kind, const QString &path, QString *error)
{
    Member member;
    member.kind = kind;
    const QJsonValue key = context.value(u"key");
    if (!key.isString() || key.toString().isEmpty()) {
        *error = u"%1.key is missing or not a non-empty string"_s.arg(path);
        return std::nullopt;
    }
    member.key = key.toString();
    const QJsonValue name = context.value(u"name");
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        *error = u"%1.name is not a string"_s.arg(path);
        return std::nullopt;
    }
    const QJsonValue anonymous = context.value(u"anonymous");
    if (!anonymous.isUndefined() && !anonymous.isBool()) {
        *error = u"%1.anonymous is not true or false"_s.arg(path);
        return std::nullopt;
    }
    member.anonymous = anonymous.toBool();
    if (!context.value(u"_meta").isUndefined() && !context.value(u"_meta").isObject()) {
        *error = u"%1._meta is not an object"_s.arg(path);
        return std::nullopt;
    }
    member.privateAttributes = privateReferences(context, path, error);
    if (!error->isEmpty())
        return std::nullopt;
    // LaunchDarkly never receives a private value: none is stored. ("key" cannot be private.)
    for (const QJsonValue reference : std::as_const(member.privateAttributes)) {
        const std::optional<ctx::JsonPointer> pointer
            = ctx::JsonPointer::fromReference(reference.toString());
        if (pointer && pointer->tokens() != QStringList {u"key"_s})
            pointer->removeFrom(context);
    }
    if (context.value(u"name").isString())
        member.name = context.value(u"name").toString();
    member.stored = context;
    member.attributes = context;
    for (const QString &field : {u"kind"_s, u"key"_s, u"name"_s, u"_meta"_s})
        member.attributes.remove(field);
    return member;
}

std::optional<qint64> readLastSeen(const QJsonValue &value, qint64 nowMs, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return nowMs;
    if (value.isString()) {
        if (const std::optional<QDateTime> time = ctx::parseRfc3339(value.toString()))
            return time->toMSecsSinceEpoch();
    } else if (value.isDouble() && value.toDouble() >= 0
        && value.toDouble() == double(value.toInteger())) {
        return value.toInteger();
    }
    *error = u"lastSeen is neither an RFC 3339 time nor epoch milliseconds"_s;
    return std::nullopt;
}

std::optional<Line> readLine(const QByteArray &text, qint64 nowMs, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not JSON (%1 at column %2)"_s.arg(
            parseError.errorString(), QString::number(parseError.offset + 1));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject record = document.object();
    Line line;
    const QJsonValue application = record.value(u"applicationId");
    if (!application.isUndefined() && !application.isNull() && !application.isString()) {
        *error = u"applicationId is not a string"_s;
        return std::nullopt;
    }
    line.applicationId = application.toString();
    const std::optional<qint64> lastSeen = readLastSeen(record.value(u"lastSeen"), nowMs, error);
    if (!lastSeen)
        return std::nullopt;
    line.lastSeenMs = *lastSeen;

    QJsonValue context = record.value(u"context");
    if (context.isString()) // the spec's own examples send the context as JSON text
        context = QJsonDocument::fromJson(context.toString().toUtf8()).object();
    if (!context.isObject() || context.toObject().isEmpty()) {
        *error = u"context is missing or not an object"_s;
        return std::nullopt;
    }
    const QJsonObject object = context.toObject();
    const QJsonValue kind = object.value(u"kind");
    if (kind.isUndefined()) { // a legacy user
        const std::optional<Member> user = readSingle(object, u"user"_s, u"context"_s, error);
        if (!user)
            return std::nullopt;
        line.members.append(*user);
        return line;
    }
    if (!kind.isString()) {
        *error = u"context.kind is not a string"_s;
        return std::nullopt;
    }
    if (kind.toString() != u"multi") {
        if (!validKind(kind.toString())) {
            *error = u"context.kind \"%1\" is not a context kind"_s.arg(kind.toString());
            return std::nullopt;
        }
        const std::optional<Member> single
            = readSingle(object, kind.toString(), u"context"_s, error);
        if (!single)
            return std::nullopt;
        line.members.append(*single);
        return line;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"kind")
            continue;
        const QString path = u"context."_s + it.key();
        if (!validKind(it.key()) || !it.value().isObject()) {
            *error = u"%1 is not a context of kind \"%2\""_s.arg(path, it.key());
            return std::nullopt;
        }
        std::optional<Member> member = readSingle(it.value().toObject(), it.key(), path, error);
        if (!member)
            return std::nullopt;
        line.members.append(*member);
    }
    if (line.members.isEmpty()) {
        *error = u"context is a multi-kind context with no kinds"_s;
        return std::nullopt;
    }
    return line; // QJsonObject iterates by name: the members come by kind
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Writes the lines into one environment; inside the caller's transaction.
class Writer
{
public:
    Writer(const QSqlDatabase &db, qint64 environmentId, qint64 projectId, qint64 nowMs)
        : m_db(db)
        , m_environmentId(environmentId)
        , m_projectId(projectId)
        , m_nowMs(nowMs)
    {
    }

    bool write(const Line &line, QString *error)
    {
        QStringList kinds;
        QStringList kindKeys;
        QStringList anonymousKinds;
        QJsonObject multi {{u"kind"_s, u"multi"_s}};
        for (const Member &member : line.members) {
            kinds.append(member.kind);
            kindKeys.append(member.kind + u':' + member.key);
            if (member.anonymous)
                anonymousKinds.append(member.kind);
            QJsonObject inner = member.stored;
            inner.remove(u"kind"_s);
            multi.insert(member.kind, inner);
        }
        QJsonObject single = line.members.first().stored;
        single.insert(u"kind"_s, line.members.first().kind);
        // Instance ids look like LaunchDarkly's: base64url of "kind:key[:kind:key...]".
        const QString instanceKey = QString::fromLatin1(kindKeys.join(u':').toUtf8().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QSqlQuery query(m_db);
        if (!sql::run(query,
                u"DELETE FROM instances WHERE env_id = ? AND instance_key = ?"
                " AND application_id = coalesce(?, '')"_s,
                {m_environmentId, instanceKey, line.applicationId}, error)
            || !sql::run(query,
                u"INSERT INTO instances (env_id, instance_key, application_id, last_seen_ms,"
                " context, kinds, kind_keys, anonymous_kinds)"
                " VALUES (?, ?, coalesce(?, ''), ?, ?, ?, ?, ?)"_s,
                {m_environmentId, instanceKey, line.applicationId, line.lastSeenMs,
                    compact(line.members.size() == 1 ? single : multi),
                    compact(QJsonArray::fromStringList(kinds)),
                    compact(QJsonArray::fromStringList(kindKeys)),
                    compact(QJsonArray::fromStringList(anonymousKinds))},
                error))
            return false;
        const qint64 instanceId = query.lastInsertId().toLongLong();
        for (const Member &member : line.members) {
            if (!writeContext(member, line, instanceId, error) || !noteKind(member, line, error))
                return false;
        }
        return true;
    }

private:
    bool writeContext(const Member &member, const Line &line, qint64 instanceId, QString *error)
    {
        QSqlQuery query(m_db);
        if (!sql::run(query,
                u"DELETE FROM contexts WHERE env_id = ? AND kind = ? AND key = ?"
                " AND application_id = coalesce(?, '')"_s,
                {m_environmentId, member.kind, member.key, line.applicationId}, error)
            || !sql::run(query,
                u"INSERT INTO contexts (env_id, kind, key, application_id, name, last_seen_ms,"
                " attributes, private_attributes, anonymous, instance_id)"
                " VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?)"_s,
                {m_environmentId, member.kind, member.key, line.applicationId,
                    member.name ? QVariant(*member.name) : QVariant(QMetaType::fromType<QString>()),
                    line.lastSeenMs, compact(member.attributes), compact(member.privateAttributes),
                    member.anonymous ? 1 : 0, instanceId},
                error))
            return false;
        const qint64 contextId = query.lastInsertId().toLongLong();
        return sql::run(query,
            u"INSERT INTO context_instances (context_id, instance_id) VALUES (?, ?)"_s,
            {contextId, instanceId}, error);
    }

    bool noteKind(const Member &member, const Line &line, QString *error)
    {
        QSqlQuery query(m_db);
        return sql::run(query,
                   u"INSERT OR IGNORE INTO context_kinds (project_id, key, name, creation_ms,"
                   " modified_ms, last_seen_ms, created_from) VALUES (?, ?, ?, ?, ?, ?, 'auto-add')"_s,
                   {m_projectId, member.kind, member.kind, m_nowMs, m_nowMs, line.lastSeenMs},
                   error)
            && sql::run(query,
                u"UPDATE context_kinds SET last_seen_ms = max(coalesce(last_seen_ms, 0), ?)"
                " WHERE project_id = ? AND key = ?"_s,
                {line.lastSeenMs, m_projectId, member.kind}, error);
    }

    QSqlDatabase m_db;
    qint64 m_environmentId;
    qint64 m_projectId;
    qint64 m_nowMs;
};

} // namespace

SandboxImport::SandboxImport(const QSqlDatabase &db, qint64 nowMs)
    : m_db(db)
    , m_nowMs(nowMs)
{
}

bool SandboxImport::run(
    const QString &path, const QString &projectKey, const QString &environmentKey, QString *error)
{
    m_imported = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QList<Line> lines;
    for (int number = 1; !file.atEnd(); ++number) {
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        QString problem;
        std::optional<Line> line = readLine(text, m_nowMs, &problem);
        if (!line) {
            *error = u"%1, line %2: %3; nothing was imported"_s.arg(
                path, QString::number(number), problem);
            return false;
        }
        lines.append(std::move(*line));
    }
    if (file.error() != QFileDevice::NoError) {
        *error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }

    QSqlQuery query(m_db);
    if (!sql::run(query,
            u"SELECT e.id, p.id FROM environments e JOIN projects p ON p.id = e.project_id"
            " WHERE p.key = ? AND e.key = ?"_s,
            {projectKey, environmentKey}, error))
        return false;
    if (!query.next()) {
        *error = u"Cannot import %1: there is no environment %2 in project %3"_s.arg(
            path, environmentKey, projectKey);
        return false;
    }
    Writer writer(m_db, query.value(0).toLongLong(), query.value(1).toLongLong(), m_nowMs);
    query.finish();
    if (!m_db.transaction()) {
        *error = u"Cannot import %1: %2"_s.arg(path, m_db.lastError().text());
        return false;
    }
    for (const Line &line : std::as_const(lines)) {
        QString problem;
        if (!writer.write(line, &problem)) {
            m_db.rollback();
            *error = u"Cannot import %1: %2; nothing was imported"_s.arg(path, problem);
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = u"Cannot import %1: %2"_s.arg(path, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    m_imported = lines.size();
    return true;
}

} // namespace sandbox
