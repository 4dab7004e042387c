#pragma once

#include "ContextRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ctx {

// A column of the Contexts list (and of an export): one of the built-in ones or an
// attribute chosen by JSON pointer ("/address/city").
struct ContextColumn
{
    enum class Builtin { Kind, Key, Name, LastSeen, Source };

    std::optional<Builtin> builtin; // set: a built-in column
    QString pointer; // otherwise: the attribute's JSON pointer

    static ContextColumn of(Builtin which) { return {which, {}}; }
    static ContextColumn attribute(const QString &jsonPointer)
    {
        return {std::nullopt, jsonPointer};
    }
    static QList<ContextColumn> defaults(); // Kind, Key, Name, Last seen, Source

    bool isAttribute() const { return !builtin.has_value(); }
    // "Kind", "Last seen", or the pointer for an attribute ("/address/city").
    QString title() const;
    // A stable id for settings and files: "kind", "key", "name", "lastSeen", "source", or the
    // pointer ("/address/city"); fromId() reverses it (nullopt for an unknown id or a pointer
    // with a bad "~" escape).
    QString id() const;
    static std::optional<ContextColumn> fromId(const QString &id);

    friend bool operator==(const ContextColumn &, const ContextColumn &) = default;
};

// The value of one column for one record.
struct CellValue
{
    QString text; // for the cell and CSV: strings without quotes, other JSON compact,
                  // last seen as RFC 3339 UTC; "" when missing
    QByteArray json; // for JSON Lines: the JSON value ("null" when missing)
    bool missing = false;
    bool redacted
        = false; // a private attribute: text is "[private]", json is null, never the value
};

// Reads a column of a record. The Name column of a record whose name is private is redacted.
// A pointer that is, or lies under, one of the record's
// private attributes is redacted even if the JSON still holds a value.
// A column above a private attribute ("/address" when "/address/street" is private) shows
// its value without the private member.
CellValue columnValue(const ContextRecord &record, const ContextColumn &column);
// The same for several columns, reading the record's attributes once.
QList<CellValue> columnValues(const ContextRecord &record, const QList<ContextColumn> &columns);

} // namespace ctx
