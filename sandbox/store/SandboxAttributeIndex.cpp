#include "SandboxAttributeIndex.h"

#include "JsonPointer.h"
#include "SandboxAttributeTotals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const QString kMarker = u"attribute_index"_s;
// 2: /key has no values of its own (they are the contexts' keys). The marker is the version and
// a fingerprint of the contexts table (rows, highest id): rows written behind the sandbox's back
// (a test fixture, a hand-made file) make it stale, and the aggregates are built again.
const QByteArray kMarkerVersion = QByteArrayLiteral("2");

std::optional<QByteArray> marker(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*), coalesce(MAX(id), 0) FROM contexts"_s) || !query.next())
        return std::nullopt;
    return kMarkerVersion + ' ' + query.value(0).toByteArray() + ' ' + query.value(1).toByteArray();
}

SandboxAttributeTotals::Row readRow(const QSqlQuery &query, int first)
{
    SandboxAttributeTotals::Row row;
    if (!query.value(first).isNull())
        row.name = query.value(first).toString();
    row.attributes = query.value(first + 1).toString();
    row.privateAttributes = query.value(first + 2).toString();
    return row;
}

} // namespace

SandboxAttributeIndex::SandboxAttributeIndex(const QSqlDatabase &database)
    : m_db(database)
{
}

QString SandboxAttributeIndex::stringJson(const QString &text)
{
    const bool plain = !text.contains(u'"') && !text.contains(u'\\')
        && std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20; });
    if (plain)
        return u'"' + text + u'"';
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QString SandboxAttributeIndex::pointerOf(const QString &name)
{
    return ctx::JsonPointer::pointerForName(name);
}

bool SandboxAttributeIndex::ensure(QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    query.addBindValue(kMarker);
    const std::optional<QByteArray> current = marker(m_db);
    if (current && query.exec() && query.next() && query.value(0).toByteArray() == *current)
        return true;
    query.finish();
    if (!m_db.transaction()) {
        if (error)
            *error = u"Cannot start the attribute index transaction: "_s + m_db.lastError().text();
        return false;
    }
    if (!rebuild(error)) {
        m_db.rollback();
        return false;
    }
    if (!markBuilt(m_db, error) || !m_db.commit()) {
        if (error)
            *error = u"Cannot write the attribute index: "_s + m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool SandboxAttributeIndex::markBuilt(const QSqlDatabase &db, QString *error)
{
    const std::optional<QByteArray> current = marker(db);
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"_s);
    query.addBindValue(kMarker);
    query.addBindValue(current.value_or(QByteArray()));
    if (current && query.exec())
        return true;
    if (error)
        *error = u"Cannot write the attribute index: "_s + query.lastError().text();
    return false;
}

bool SandboxAttributeIndex::rebuild(QString *error)
{
    QSqlQuery query(m_db);
    auto fail = [&query, error]() {
        if (error)
            *error = u"Cannot build the attribute index: "_s + query.lastError().text();
        return false;
    };
    if (!query.exec(u"DELETE FROM attribute_names"_s)
        || !query.exec(u"DELETE FROM attribute_values"_s))
        return fail();
    QList<qint64> environments;
    if (!query.exec(u"SELECT id FROM environments ORDER BY id"_s))
        return fail();
    while (query.next())
        environments.append(query.value(0).toLongLong());

    for (const qint64 environment : std::as_const(environments)) {
        // context_keys (env_id, key, kind, application_id) gives each context's rows in a run.
        query.setForwardOnly(true);
        query.prepare(u"SELECT c.kind, c.key, c.name, c.attributes, c.private_attributes"
                      " FROM context_keys k JOIN contexts c ON c.id = k.context_id"
                      " WHERE k.env_id = ? AND c.anonymous = 0 ORDER BY k.key, k.kind"_s);
        query.addBindValue(environment);
        if (!query.exec())
            return fail();
        SandboxAttributeTotals totals;
        QString kind;
        QString key;
        QList<SandboxAttributeTotals::Row> rows;
        while (query.next()) {
            const QString rowKind = query.value(0).toString();
            const QString rowKey = query.value(1).toString();
            if (!rows.isEmpty() && (rowKind != kind || rowKey != key)) {
                totals.add(kind, rows);
                rows.clear();
            }
            kind = rowKind;
            key = rowKey;
            rows.append(readRow(query, 2));
        }
        if (!rows.isEmpty())
            totals.add(kind, rows);
        query.finish();
        if (!totals.write(m_db, environment, 1, error))
            return false;
    }
    return true;
}

bool SandboxAttributeIndex::adjust(
    qint64 environmentId, const QList<ContextId> &contexts, int sign, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    SandboxAttributeTotals totals;
    for (const auto &[kind, key] : contexts) {
        query.prepare(u"SELECT name, attributes, private_attributes FROM contexts"
                      " WHERE id IN (SELECT context_id FROM context_keys"
                      " WHERE env_id = ? AND key = ? AND kind = ?) AND anonymous = 0"_s);
        query.addBindValue(environmentId);
        query.addBindValue(key);
        query.addBindValue(kind);
        if (!query.exec()) {
            if (error)
                *error = u"Cannot read the contexts: "_s + query.lastError().text();
            return false;
        }
        QList<SandboxAttributeTotals::Row> rows;
        while (query.next())
            rows.append(readRow(query, 0));
        if (!rows.isEmpty())
            totals.add(kind, rows);
    }
    return totals.write(m_db, environmentId, sign < 0 ? -1 : 1, error);
}

} // namespace sandbox
