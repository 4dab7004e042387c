#include "SandboxAttributeIndex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

const QString kMarker = u"attribute_index"_s;
const QByteArray kMarkerVersion = QByteArrayLiteral("1");

// One row of `contexts`, as far as the index cares.
struct Row
{
    std::optional<QString> name;
    QString attributes; // JSON object text
    QString privateAttributes; // JSON array text
};

// The sums for one attribute of one kind: contexts carrying it, contexts listing it as
// private, and contexts per value (by type, so that no JSON text is made per sighting).
struct PointerTotals
{
    qint64 weight = 0;
    qint64 redacted = 0;
    QHash<QString, qint64> strings;
    QHash<double, qint64> numbers;
    qint64 trues = 0;
    qint64 falses = 0;
    qint64 nulls = 0;

    void count(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            ++strings[value.toString()];
            break;
        case QJsonValue::Double:
            ++numbers[value.toDouble()];
            break;
        case QJsonValue::Bool:
            ++(value.toBool() ? trues : falses);
            break;
        case QJsonValue::Null:
            ++nulls;
            break;
        default:
            break; // arrays and objects are not values
        }
    }

    // An array's distinct scalar elements, or a scalar.
    void countLeaf(const QJsonValue &value)
    {
        if (!value.isArray()) {
            count(value);
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            bool repeated = false;
            for (qsizetype j = 0; j < i && !repeated; ++j)
                repeated = array.at(j) == array.at(i);
            if (!repeated)
                count(array.at(i));
        }
    }
};

using KindTotals = QHash<QString, PointerTotals>; // by pointer

QString childPointer(const QString &prefix, const QString &name)
{
    if (!name.contains(u'~') && !name.contains(u'/'))
        return prefix + u'/' + name;
    return prefix + SandboxAttributeIndex::pointerOf(name);
}

QString privatePointer(const QString &reference)
{
    return reference.startsWith(u'/') ? reference : SandboxAttributeIndex::pointerOf(reference);
}

// The leaves of an attributes object: nested objects give nested pointers; arrays and empty
// objects are leaves. `visit(pointer, value)` is called once per leaf.
template <typename Visit>
void walk(const QJsonObject &object, const QString &prefix, const Visit &visit)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString pointer = childPointer(prefix, it.key());
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty())
            walk(value.toObject(), pointer, visit);
        else
            visit(pointer, value);
    }
}

QStringList privatePointers(const QString &json)
{
    QStringList pointers;
    const QJsonArray references = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue reference : references) {
        if (!reference.toString().isEmpty())
            pointers.append(privatePointer(reference.toString()));
    }
    return pointers;
}

// Every context's contribution to one environment's aggregates.
class Totals
{
public:
    void add(const QString &kind, const QString &key, const QList<Row> &rows)
    {
        KindTotals &totals = m_kinds[kind];
        PointerTotals &keys = totals[u"/key"_s];
        ++keys.weight;
        ++keys.strings[key];
        const bool uniform = std::all_of(rows.begin(), rows.end(), [&rows](const Row &row) {
            return row.name == rows.front().name && row.attributes == rows.front().attributes
                && row.privateAttributes == rows.front().privateAttributes;
        });
        if (uniform)
            addOne(totals, rows.front());
        else
            addMerged(totals, rows);
    }

    bool write(QSqlDatabase &db, qint64 environmentId, int sign, QString *error) const;

private:
    // The usual case: every row of the context says the same.
    static void addOne(KindTotals &totals, const Row &row)
    {
        if (row.name) {
            PointerTotals &names = totals[u"/name"_s];
            ++names.weight;
            ++names.strings[*row.name];
        }
        QStringList leaves;
        walk(QJsonDocument::fromJson(row.attributes.toUtf8()).object(), QString(),
            [&](const QString &pointer, const QJsonValue &value) {
                PointerTotals &leaf = totals[pointer];
                ++leaf.weight;
                leaf.countLeaf(value);
                leaves.append(pointer);
            });
        QStringList hidden = privatePointers(row.privateAttributes);
        hidden.removeDuplicates();
        for (const QString &pointer : std::as_const(hidden)) {
            PointerTotals &leaf = totals[pointer];
            ++leaf.redacted;
            if (!leaves.contains(pointer))
                ++leaf.weight;
        }
    }

    // Rows that differ (say, an attribute private in one application only): each pointer
    // and each value counts once for the context.
    static void addMerged(KindTotals &totals, const QList<Row> &rows)
    {
        QSet<QString> pointers;
        QSet<QString> hidden;
        QHash<QString, QJsonArray> values; // pointer -> distinct scalar values
        const auto addValue = [&values](const QString &pointer, const QJsonValue &value) {
            QJsonArray &known = values[pointer];
            if (!value.isArray() && !value.isObject() && !known.contains(value))
                known.append(value);
        };
        QSet<QString> seen;
        for (const Row &row : rows) {
            if (row.name) {
                pointers.insert(u"/name"_s);
                addValue(u"/name"_s, *row.name);
            }
            if (!seen.contains(row.attributes)) {
                seen.insert(row.attributes);
                walk(QJsonDocument::fromJson(row.attributes.toUtf8()).object(), QString(),
                    [&](const QString &pointer, const QJsonValue &value) {
                        pointers.insert(pointer);
                        if (value.isArray()) {
                            for (const QJsonValue element : value.toArray())
                                addValue(pointer, element);
                        } else {
                            addValue(pointer, value);
                        }
                    });
            }
            for (const QString &pointer : privatePointers(row.privateAttributes)) {
                pointers.insert(pointer);
                hidden.insert(pointer);
            }
        }
        for (const QString &pointer : std::as_const(pointers)) {
            PointerTotals &leaf = totals[pointer];
            ++leaf.weight;
            if (hidden.contains(pointer))
                ++leaf.redacted;
            for (const QJsonValue value : values.value(pointer))
                leaf.count(value);
        }
    }

    QHash<QString, KindTotals> m_kinds;
};

QString jsonNumber(double number)
{
    if (std::abs(number) < 9007199254740992.0 && number == std::trunc(number))
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// Multi-row INSERT ... VALUES (...), (...) ... [tail]: far fewer statements than rows.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase &db, QString head, QString tail, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_columns(columns)
    {
    }

    bool add(const QVariantList &row, QString *error)
    {
        m_values.append(row);
        return m_values.size() < kRows * m_columns || flush(error);
    }

    bool flush(QString *error)
    {
        const qsizetype rows = m_values.size() / m_columns;
        if (rows == 0)
            return true;
        QSqlQuery &query = rows == kRows ? m_full : m_partial;
        if (rows != kRows || !m_fullPrepared) {
            query = QSqlQuery(m_db);
            QStringList marks;
            marks.fill(u'(' + QStringList(m_columns, u"?"_s).join(u", "_s) + u')', rows);
            if (!query.prepare(m_head + marks.join(u", "_s) + m_tail))
                return fail(query, error);
            m_fullPrepared = m_fullPrepared || rows == kRows;
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(static_cast<int>(i), m_values.at(i));
        m_values.clear();
        return query.exec() || fail(query, error);
    }

private:
    static constexpr qsizetype kRows = 500;

    static bool fail(const QSqlQuery &query, QString *error)
    {
        if (error)
            *error = u"Cannot update the attribute index: "_s + query.lastError().text();
        return false;
    }

    QSqlDatabase &m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    QVariantList m_values;
    QSqlQuery m_full;
    QSqlQuery m_partial;
    bool m_fullPrepared = false;
};

bool Totals::write(QSqlDatabase &db, qint64 environmentId, int sign, QString *error) const
{
    QSqlQuery query(db);
    const auto fail = [&query, error]() {
        if (error)
            *error = u"Cannot update the attribute index: "_s + query.lastError().text();
        return false;
    };
    // The names first (a few dozen), then their ids for the values.
    query.prepare(u"INSERT INTO attribute_names (env_id, kind, pointer, weight, redacted)"
                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (env_id, kind, pointer) DO UPDATE"
                  " SET weight = weight + excluded.weight,"
                  " redacted = redacted + excluded.redacted"_s);
    for (auto kind = m_kinds.constBegin(); kind != m_kinds.constEnd(); ++kind) {
        for (auto leaf = kind->constBegin(); leaf != kind->constEnd(); ++leaf) {
            query.bindValue(0, environmentId);
            query.bindValue(1, kind.key());
            query.bindValue(2, leaf.key());
            query.bindValue(3, sign * leaf->weight);
            query.bindValue(4, sign * leaf->redacted);
            if (!query.exec())
                return fail();
        }
    }
    query.prepare(u"SELECT id, kind, pointer FROM attribute_names WHERE env_id = ?"_s);
    query.addBindValue(environmentId);
    if (!query.exec())
        return fail();
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(1).toString() + QChar(0) + query.value(2).toString(),
            query.value(0).toLongLong());

    // Each attribute's values in primary key order, so that B-tree inserts stay local.
    BatchInsert values(db, u"INSERT INTO attribute_values (name_id, value, weight) VALUES "_s,
        u" ON CONFLICT (name_id, value) DO UPDATE SET weight = weight + excluded.weight"_s, 3);
    for (auto kind = m_kinds.constBegin(); kind != m_kinds.constEnd(); ++kind) {
        for (auto leaf = kind->constBegin(); leaf != kind->constEnd(); ++leaf) {
            const qint64 id = ids.value(kind.key() + QChar(0) + leaf.key());
            const PointerTotals &t = leaf.value();
            const auto add = [&](const QString &json, qint64 weight) {
                return weight == 0 || values.add({id, json, sign * weight}, error);
            };
            QStringList strings = t.strings.keys();
            strings.sort();
            for (const QString &text : std::as_const(strings)) {
                if (!add(SandboxAttributeIndex::stringJson(text), t.strings.value(text)))
                    return false;
            }
            QList<double> numbers = t.numbers.keys();
            std::sort(numbers.begin(), numbers.end());
            for (const double number : std::as_const(numbers)) {
                if (!add(jsonNumber(number), t.numbers.value(number)))
                    return false;
            }
            if (!add(u"false"_s, t.falses) || !add(u"null"_s, t.nulls) || !add(u"true"_s, t.trues))
                return false;
        }
    }
    if (!values.flush(error))
        return false;
    if (sign > 0)
        return true;
    // What no context carries any longer; a name's values go with it (ON DELETE CASCADE).
    query.prepare(u"DELETE FROM attribute_values WHERE weight <= 0"
                  " AND name_id IN (SELECT id FROM attribute_names WHERE env_id = ?)"_s);
    query.addBindValue(environmentId);
    if (!query.exec())
        return fail();
    query.prepare(u"DELETE FROM attribute_names WHERE env_id = ? AND weight <= 0"_s);
    query.addBindValue(environmentId);
    return query.exec() || fail();
}

Row readRow(const QSqlQuery &query, int first)
{
    Row row;
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
    QString escaped = name;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return u'/' + escaped;
}

bool SandboxAttributeIndex::ensure(QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    query.addBindValue(kMarker);
    if (query.exec() && query.next() && query.value(0).toByteArray() == kMarkerVersion)
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
    query.prepare(u"INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"_s);
    query.addBindValue(kMarker);
    query.addBindValue(kMarkerVersion);
    if (!query.exec() || !m_db.commit()) {
        if (error)
            *error = u"Cannot write the attribute index: "_s + m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
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
        // The unique index (env_id, kind, key, application_id) gives each context's rows in a run.
        query.setForwardOnly(true);
        query.prepare(u"SELECT kind, key, name, attributes, private_attributes FROM contexts"
                      " WHERE env_id = ? AND anonymous = 0 ORDER BY kind, key"_s);
        query.addBindValue(environment);
        if (!query.exec())
            return fail();
        Totals totals;
        QString kind;
        QString key;
        QList<Row> rows;
        while (query.next()) {
            const QString rowKind = query.value(0).toString();
            const QString rowKey = query.value(1).toString();
            if (!rows.isEmpty() && (rowKind != kind || rowKey != key)) {
                totals.add(kind, key, rows);
                rows.clear();
            }
            kind = rowKind;
            key = rowKey;
            rows.append(readRow(query, 2));
        }
        if (!rows.isEmpty())
            totals.add(kind, key, rows);
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
    Totals totals;
    for (const auto &[kind, key] : contexts) {
        query.prepare(u"SELECT name, attributes, private_attributes FROM contexts"
                      " WHERE env_id = ? AND kind = ? AND key = ? AND anonymous = 0"_s);
        query.addBindValue(environmentId);
        query.addBindValue(kind);
        query.addBindValue(key);
        if (!query.exec()) {
            if (error)
                *error = u"Cannot read the contexts: "_s + query.lastError().text();
            return false;
        }
        QList<Row> rows;
        while (query.next())
            rows.append(readRow(query, 0));
        if (!rows.isEmpty())
            totals.add(kind, key, rows);
    }
    return totals.write(m_db, environmentId, sign < 0 ? -1 : 1, error);
}

} // namespace sandbox
