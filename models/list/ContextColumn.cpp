#include "ContextColumn.h"

#include "JsonPointer.h"
#include "JsonText.h"

#include <QCoreApplication>

namespace ctx {

namespace {

struct BuiltinInfo
{
    ContextColumn::Builtin builtin;
    const char *id;
    const char *title;
};

constexpr BuiltinInfo builtins[] = {
    {ContextColumn::Builtin::Kind, "kind", QT_TRANSLATE_NOOP("ContextColumn", "Kind")},
    {ContextColumn::Builtin::Key, "key", QT_TRANSLATE_NOOP("ContextColumn", "Key")},
    {ContextColumn::Builtin::Name, "name", QT_TRANSLATE_NOOP("ContextColumn", "Name")},
    {ContextColumn::Builtin::LastSeen, "lastSeen", QT_TRANSLATE_NOOP("ContextColumn", "Last seen")},
    {ContextColumn::Builtin::Source, "source", QT_TRANSLATE_NOOP("ContextColumn", "Source")},
};

const BuiltinInfo &info(ContextColumn::Builtin builtin)
{
    for (const BuiltinInfo &entry : builtins) {
        if (entry.builtin == builtin)
            return entry;
    }
    return builtins[0];
}

CellValue textCell(const QString &text)
{
    CellValue cell;
    cell.text = text;
    cell.missing = text.isEmpty();
    cell.json = cell.missing ? QByteArrayLiteral("null") : compactJson(text);
    return cell;
}

CellValue redactedCell()
{
    CellValue cell;
    cell.text = QCoreApplication::translate("ContextColumn", "[private]");
    cell.json = QByteArrayLiteral("null");
    cell.redacted = true;
    return cell;
}

CellValue missingCell()
{
    CellValue cell;
    cell.missing = true;
    cell.json = QByteArrayLiteral("null");
    return cell;
}

// The value of an attribute column. A column at or under a private attribute is redacted; a
// column above one ("/address" when "/address/street" is private) shows its value without
// the private member (`attributes` come without private values).
CellValue attributeCell(
    const ContextRecord &record, const JsonValue &attributes, const QString &pointer)
{
    const std::optional<JsonPointer> parsed = JsonPointer::parse(pointer);
    if (!parsed || parsed->isRoot())
        return missingCell();
    if (record.isPrivate(*parsed))
        return redactedCell();
    const JsonValue value = attributes.at(*parsed);
    if (value.isUndefined())
        return missingCell();
    CellValue cell;
    cell.json = value.toJson();
    cell.text = value.isString() ? value.toString() : QString::fromUtf8(cell.json);
    return cell;
}

} // namespace

QList<ContextColumn> ContextColumn::defaults()
{
    QList<ContextColumn> columns;
    for (const BuiltinInfo &entry : builtins)
        columns.append(of(entry.builtin));
    return columns;
}

QString ContextColumn::title() const
{
    if (builtin)
        return QCoreApplication::translate("ContextColumn", info(*builtin).title);
    return pointer;
}

QString ContextColumn::id() const
{
    return builtin ? QString::fromLatin1(info(*builtin).id) : pointer;
}

std::optional<ContextColumn> ContextColumn::fromId(const QString &id)
{
    for (const BuiltinInfo &entry : builtins) {
        if (id == QLatin1String(entry.id))
            return of(entry.builtin);
    }
    if (id.size() > 1 && id.startsWith(QLatin1Char('/')) && JsonPointer::parse(id))
        return attribute(id);
    return std::nullopt;
}

namespace {

CellValue builtinCell(const ContextRecord &record, ContextColumn::Builtin builtin)
{
    switch (builtin) {
    case ContextColumn::Builtin::Kind:
        return textCell(record.kind);
    case ContextColumn::Builtin::Key:
        return textCell(record.key);
    case ContextColumn::Builtin::Name:
        return record.nameIsPrivate() ? redactedCell() : textCell(record.name);
    case ContextColumn::Builtin::LastSeen:
        return textCell(record.lastSeen.isValid()
                ? record.lastSeen.toUTC().toString(Qt::ISODateWithMs)
                : QString());
    case ContextColumn::Builtin::Source:
        return textCell(record.applicationId);
    }
    return missingCell();
}

} // namespace

CellValue columnValue(const ContextRecord &record, const ContextColumn &column)
{
    return columnValues(record, {column}).value(0);
}

QList<CellValue> columnValues(const ContextRecord &record, const QList<ContextColumn> &columns)
{
    QList<CellValue> cells;
    cells.reserve(columns.size());
    JsonValue attributes;
    bool parsed = false;
    for (const ContextColumn &column : columns) {
        if (column.builtin) {
            cells.append(builtinCell(record, *column.builtin));
            continue;
        }
        if (!parsed) {
            parsed = true;
            attributes = record.attributes();
        }
        cells.append(attributeCell(record, attributes, column.pointer));
    }
    return cells;
}

} // namespace ctx
