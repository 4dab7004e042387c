#include "ContextColumn.h"

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

// "/address/street" -> {"address", "street"}; a plain name is one token. Empty for a
// reference that names nothing: "" or a pointer with a bad escape ("~" not followed by 0 or 1),
// as the api's decoder reads private attribute references.
QStringList tokens(const QString &reference)
{
    if (reference.isEmpty())
        return {};
    if (!reference.startsWith(QLatin1Char('/')))
        return {reference};
    QStringList parts = reference.mid(1).split(QLatin1Char('/'));
    for (QString &part : parts) {
        QString decoded;
        decoded.reserve(part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part.at(i) != QLatin1Char('~')) {
                decoded.append(part.at(i));
                continue;
            }
            const QChar next = i + 1 < part.size() ? part.at(i + 1) : QChar();
            if (next != QLatin1Char('0') && next != QLatin1Char('1'))
                return {};
            decoded.append(next == QLatin1Char('0') ? QLatin1Char('~') : QLatin1Char('/'));
            ++i;
        }
        part = decoded;
    }
    return parts;
}

// An array index in a JSON pointer: digits only, no sign, no leading zero (RFC 6901).
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.startsWith(u'0')))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

QJsonValue member(const QJsonValue &value, const QString &token)
{
    if (value.isObject())
        return value.toObject().value(token);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const std::optional<qsizetype> index = arrayIndex(token);
        return index && *index < array.size() ? array.at(*index)
                                              : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Removes the member at `path` (relative to `value`) if it is there.
void removeAt(QJsonValue &value, const QStringList &path, qsizetype depth = 0)
{
    if (depth >= path.size())
        return;
    const QString &token = path.at(depth);
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!object.contains(token))
            return;
        if (depth + 1 == path.size()) {
            object.remove(token);
        } else {
            QJsonValue child = object.value(token);
            removeAt(child, path, depth + 1);
            object.insert(token, child);
        }
        value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        const std::optional<qsizetype> index = arrayIndex(token);
        if (!index || *index >= array.size())
            return;
        if (depth + 1 == path.size()) {
            array.replace(*index, QJsonValue(QJsonValue::Null)); // keep the other indexes
        } else {
            QJsonValue child = array.at(*index);
            removeAt(child, path, depth + 1);
            array.replace(*index, child);
        }
        value = array;
    }
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
    cell.json = cell.missing
        ? QByteArrayLiteral("null")
        : QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
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
    const QStringList path = tokens(pointer);
    if (path.isEmpty() || !pointer.startsWith(QLatin1Char('/')))
        return missingCell();
    for (const QStringList &privatePath : privatePaths) {
        if (startsWith(path, privatePath))
            return redactedCell();
    }
    QJsonValue value = attributes;
    for (const QString &token : path)
        value = member(value, token);
    if (value.isUndefined())
        return missingCell();
    for (const QStringList &privatePath : privatePaths) {
        if (startsWith(privatePath, path))
            removeAt(value, privatePath, path.size());
    }
    CellValue cell;
    cell.json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
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
    if (id.size() > 1 && id.startsWith(QLatin1Char('/')) && !tokens(id).isEmpty())
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
        return textCell(record.name);
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
                QStringList privatePath = tokens(reference);
                if (!privatePath.isEmpty())
                    privatePaths.append(std::move(privatePath));
            }
        }
        cells.append(attributeCell(attributes, privatePaths, column.pointer));
    }
    return cells;
}

} // namespace ctx
