#pragma once

#include "SandboxRowBatch.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace sandbox {

// The sums for one attribute pointer of one kind: contexts carrying it, contexts listing it as
// private, and contexts per value (by type, so that no JSON text is made per sighting).
struct SandboxPointerTotals
{
    qint64 weight = 0;
    qint64 redacted = 0;
    QHash<QString, qint64> strings;
    QHash<double, qint64> numbers;
    qint64 trues = 0;
    qint64 falses = 0;
    qint64 nulls = 0;
    // Values already as compact JSON text, distinct from the ones above: a counter that has
    // many distinct values (dates, say) hands them over this way, sorted.
    std::vector<std::pair<QByteArray, qint64>> encoded;

    void count(const QJsonValue &value);
    // An array's distinct scalar elements, or a scalar.
    void countLeaf(const QJsonValue &value);
};

// What the contexts of one environment carry, summed for SandboxAttributeIndex's tables
// (attribute_names, attribute_values): each context (kind + key) counts once, whatever number
// of rows (applications) it has. `/key` has a weight but no values: every context has a key of
// its own, so its values are the contexts' keys (SandboxAttributes reads them there).
class SandboxAttributeTotals
{
public:
    // One row of `contexts`, as far as the totals care.
    struct Row
    {
        std::optional<QString> name;
        QString attributes; // JSON object text
        QString privateAttributes; // JSON array text
    };

    // Adds one context from its rows (JSON text); rows that differ count as their union.
    void add(const QString &kind, const QList<Row> &rows);

    // The totals of one pointer, for a caller that counts without JSON (the seeder). The
    // reference stays valid for the lifetime of this object.
    SandboxPointerTotals &leaf(const QString &kind, const QString &pointer);

    // Adds (sign +1) or subtracts (sign -1) these totals to the environment's tables, and with
    // -1 removes what no context carries any longer.
    bool write(QSqlDatabase &db, qint64 environmentId, int sign, QString *error) const;

    // The same as rows for empty tables: attribute_names (id, env_id, kind, pointer, weight,
    // redacted) numbered from `firstId`, then attribute_values (name_id, value, weight), each
    // name's values in primary key order, handed over in batches. Returns the next free id.
    qint64 toBatches(qint64 environmentId, qint64 firstId, int namesTable, int valuesTable,
        const std::function<void(SandboxRowBatch &&)> &sink) const;

private:
    using KindTotals = std::map<QString, SandboxPointerTotals>; // by pointer
    static void addOne(KindTotals &totals, const Row &row);
    static void addMerged(KindTotals &totals, const QList<Row> &rows);

    std::map<QString, KindTotals> m_kinds; // node-based: leaf() references stay valid
};

} // namespace sandbox
