#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace sandbox {

// The attribute names and values of each environment's non-anonymous contexts, kept as
// aggregates so that the context-attributes endpoints never scan the contexts:
//
//   attribute_names   (env, kind, pointer): weight = how many contexts (kind + key) carry the
//                     attribute (with a value, or listed as private), redacted = how many of
//                     them list it as private
//   attribute_values  (name, value as compact JSON): weight = how many contexts carry that
//                     value; the index attribute_values_weight gives the heaviest first, and
//                     the primary key a range of string values with a common prefix
//
// Pointers are JSON pointers ("/address/city"): nested objects give nested pointers, arrays
// are leaves (their distinct scalar elements are the attribute's values), and `/key` and
// `/name` count too. A context seen from several applications counts once; the union of its
// rows is what it carries. Private values are not stored, so they are never values.
class SandboxAttributeIndex
{
public:
    using ContextId = std::pair<QString, QString>; // kind, key

    explicit SandboxAttributeIndex(const QSqlDatabase &database);

    // Builds the aggregates of every environment when they are not known to match the
    // contexts (a new database, one written before they existed, or contexts added or removed
    // by something else than the sandbox), in its own transaction; later changes go through
    // adjust() and markBuilt().
    bool ensure(QString *error);
    // Records that the aggregates match the contexts as they are now (after a seeder wrote
    // them, or after adjust()).
    static bool markBuilt(const QSqlDatabase &db, QString *error);

    // Adds (sign +1) or subtracts (sign -1) what these contexts of the environment carry in
    // their current rows. Call with -1 before changing their rows and +1 after, in the same
    // transaction.
    bool adjust(qint64 environmentId, const QList<ContextId> &contexts, int sign, QString *error);

    // "a/b~c" -> "/a~1b~0c": the pointer of a top-level attribute name.
    static QString pointerOf(const QString &name);
    // The compact JSON of a string, as attribute_values.value holds it.
    static QString stringJson(const QString &text);

private:
    bool rebuild(QString *error);

    QSqlDatabase m_db;
};

} // namespace sandbox
