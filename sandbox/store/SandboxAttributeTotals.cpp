#include "SandboxAttributeTotals.h"

#include "SandboxAttributeIndex.h"
#include "SandboxBulkInsert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kBatchRows = 1024;

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

QString jsonNumber(double number)
{
    if (std::abs(number) < 9007199254740992.0 && number == std::trunc(number))
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// Each value of one pointer as (JSON text, weight), in the values table's key order.
template <typename Visit> void forEachValue(const SandboxPointerTotals &t, const Visit &visit)
{
    QStringList strings = t.strings.keys();
    strings.sort();
    for (const QString &text : std::as_const(strings))
        visit(SandboxAttributeIndex::stringJson(text), t.strings.value(text));
    QList<double> numbers = t.numbers.keys();
    std::sort(numbers.begin(), numbers.end());
    for (const double number : std::as_const(numbers))
        visit(jsonNumber(number), t.numbers.value(number));
    for (const auto &[json, weight] : t.encoded)
        visit(QString::fromUtf8(json), weight);
    visit(u"false"_s, t.falses);
    visit(u"null"_s, t.nulls);
    visit(u"true"_s, t.trues);
}

} // namespace

void SandboxPointerTotals::count(const QJsonValue &value)
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

void SandboxPointerTotals::countLeaf(const QJsonValue &value)
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

SandboxPointerTotals &SandboxAttributeTotals::leaf(const QString &kind, const QString &pointer)
{
    return m_kinds[kind][pointer];
}

void SandboxAttributeTotals::add(const QString &kind, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    KindTotals &totals = m_kinds[kind];
    ++totals[u"/key"_s].weight;
    const bool uniform = std::all_of(rows.begin(), rows.end(), [&rows](const Row &row) {
        return row.name == rows.front().name && row.attributes == rows.front().attributes
            && row.privateAttributes == rows.front().privateAttributes;
    });
    if (uniform)
        addOne(totals, rows.front());
    else
        addMerged(totals, rows);
}

// The usual case: every row of the context says the same.
void SandboxAttributeTotals::addOne(KindTotals &totals, const Row &row)
{
    if (row.name) {
        SandboxPointerTotals &names = totals[u"/name"_s];
        ++names.weight;
        ++names.strings[*row.name];
    }
    QStringList leaves;
    walk(QJsonDocument::fromJson(row.attributes.toUtf8()).object(), QString(),
        [&](const QString &pointer, const QJsonValue &value) {
            SandboxPointerTotals &leaf = totals[pointer];
            ++leaf.weight;
            leaf.countLeaf(value);
            leaves.append(pointer);
        });
    QStringList hidden = privatePointers(row.privateAttributes);
    hidden.removeDuplicates();
    for (const QString &pointer : std::as_const(hidden)) {
        SandboxPointerTotals &leaf = totals[pointer];
        ++leaf.redacted;
        if (!leaves.contains(pointer))
            ++leaf.weight;
    }
}

// Rows that differ (say, an attribute private in one application only): each pointer and each
// value counts once for the context.
void SandboxAttributeTotals::addMerged(KindTotals &totals, const QList<Row> &rows)
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
        SandboxPointerTotals &leaf = totals[pointer];
        ++leaf.weight;
        if (hidden.contains(pointer))
            ++leaf.redacted;
        for (const QJsonValue value : values.value(pointer))
            leaf.count(value);
    }
}

bool SandboxAttributeTotals::write(
    QSqlDatabase &db, qint64 environmentId, int sign, QString *error) const
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
    for (const auto &[kind, leaves] : m_kinds) {
        for (const auto &[pointer, t] : leaves) {
            query.bindValue(0, environmentId);
            query.bindValue(1, kind);
            query.bindValue(2, pointer);
            query.bindValue(3, sign * t.weight);
            query.bindValue(4, sign * t.redacted);
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

    SandboxBulkInsert values(db, u"attribute_values"_s, {u"name_id"_s, u"value"_s, u"weight"_s},
        u"ON CONFLICT (name_id, value) DO UPDATE SET weight = weight + excluded.weight"_s);
    SandboxRowBatch batch(0, 3);
    bool ok = true;
    for (const auto &[kind, leaves] : m_kinds) {
        for (const auto &[pointer, t] : leaves) {
            const qint64 id = ids.value(kind + QChar(0) + pointer);
            forEachValue(t, [&](const QString &json, qint64 weight) {
                if (weight == 0 || !ok)
                    return;
                batch.addInteger(id);
                batch.addText(json.toUtf8());
                batch.addInteger(sign * weight);
                if (batch.rows() >= kBatchRows) {
                    ok = values.insert(batch, error);
                    batch = SandboxRowBatch(0, 3);
                }
            });
        }
    }
    if (!ok || !values.insert(batch, error))
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

qint64 SandboxAttributeTotals::toBatches(qint64 environmentId, qint64 firstId, int namesTable,
    int valuesTable, const std::function<void(SandboxRowBatch &&)> &sink) const
{
    SandboxRowBatch names(namesTable, 6);
    qint64 id = firstId;
    for (const auto &[kind, leaves] : m_kinds) {
        for (const auto &[pointer, t] : leaves) {
            names.addInteger(id++);
            names.addInteger(environmentId);
            names.addText(kind.toUtf8());
            names.addText(pointer.toUtf8());
            names.addInteger(t.weight);
            names.addInteger(t.redacted);
        }
    }
    sink(std::move(names));
    SandboxRowBatch values(valuesTable, 3);
    id = firstId;
    for (const auto &[kind, leaves] : m_kinds) {
        for (const auto &[pointer, t] : leaves) {
            forEachValue(t, [&](const QString &json, qint64 weight) {
                if (weight == 0)
                    return;
                values.addInteger(id);
                values.addText(json.toUtf8());
                values.addInteger(weight);
                if (values.rows() >= kBatchRows) {
                    sink(std::move(values));
                    values = SandboxRowBatch(valuesTable, 3);
                }
            });
            ++id;
        }
    }
    if (!values.isEmpty())
        sink(std::move(values));
    return id;
}

} // namespace sandbox
