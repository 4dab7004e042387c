#include "ContextColumn.h"

#include "JsonPointer.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    if (prefix.isEmpty() || prefix.size() > path.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (path.at(i) != prefix.at(i))
            return false;
    }
    return true;
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
// the private member, even if the JSON still holds it.
CellValue attributeCell(
    const QJsonObject &attributes, const QList<QStringList> &privatePaths, const QString &pointer)
{
    const std::optional<JsonPointer> parsed = JsonPointer::parse(pointer);
    if (!parsed || parsed->isRoot())
        return missingCell();
    const QStringList &path = parsed->tokens();
    for (const QStringList &privatePath : privatePaths) {
        if (startsWith(path, privatePath))
            return redactedCell();
    }
    QJsonValue value = parsed->evaluate(attributes);
    if (value.isUndefined())
        return missingCell();
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const QStringList &privatePath : privatePaths) {
            if (startsWith(privatePath, path))
                JsonPointer::fromTokens(privatePath.mid(path.size())).removeFrom(object);
        }
        value = object;
    }
    CellValue cell;
    cell.json = compactJson(value);
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
        return nameIsPrivate(record) ? redactedCell() : textCell(record.name);
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

bool nameIsPrivate(const ContextRecord &record)
{
    return record.privateAttributes.contains(QLatin1String("name"))
        || record.privateAttributes.contains(QLatin1String("/name"));
}

CellValue columnValue(const ContextRecord &record, const ContextColumn &column)
{
    return columnValues(record, {column}).value(0);
}

QList<CellValue> columnValues(const ContextRecord &record, const QList<ContextColumn> &columns)
{
    QList<CellValue> cells;
    cells.reserve(columns.size());
    QJsonObject attributes;
    QList<QStringList> privatePaths;
    bool parsed = false;
    for (const ContextColumn &column : columns) {
        if (column.builtin) {
            cells.append(builtinCell(record, *column.builtin));
            continue;
        }
        if (!parsed) {
            parsed = true;
            attributes = QJsonDocument::fromJson(record.attributesJson).object();
            for (const QString &reference : record.privateAttributes) {
                if (const std::optional<JsonPointer> privatePath
                    = JsonPointer::fromReference(reference))
                    privatePaths.append(privatePath->tokens());
            }
        }
        cells.append(attributeCell(attributes, privatePaths, column.pointer));
    }
    return cells;
}

} // namespace ctx
