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

// "/address/street" -> {"address", "street"}; a plain name is one token.
QStringList tokens(const QString &reference)
{
    if (!reference.startsWith(QLatin1Char('/')))
        return {reference};
    QStringList parts = reference.mid(1).split(QLatin1Char('/'));
    for (QString &part : parts)
        part.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return parts;
}

bool startsWith(const QStringList &path, const QStringList &prefix)
{
    if (prefix.isEmpty() || prefix.size() > path.size())
        return false;
    for (int i = 0; i < prefix.size(); ++i) {
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
    if (id.size() > 1 && id.startsWith(QLatin1Char('/')))
        return attribute(id);
    return std::nullopt;
}

CellValue columnValue(const ContextRecord &record, const ContextColumn &column)
{
    if (column.builtin) {
        switch (*column.builtin) {
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
    }
    const QStringList path = tokens(column.pointer);
    for (const QString &reference : record.privateAttributes) {
        if (startsWith(path, tokens(reference))) {
            CellValue cell;
            cell.text = QCoreApplication::translate("ContextColumn", "[private]");
            cell.json = QByteArrayLiteral("null");
            cell.redacted = true;
            return cell;
        }
    }
    QJsonValue value = QJsonDocument::fromJson(record.attributesJson).object();
    for (const QString &token : path) {
        if (value.isObject()) {
            value = value.toObject().value(token);
        } else if (value.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            value = ok ? value.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            value = QJsonValue(QJsonValue::Undefined);
        }
    }
    CellValue cell;
    if (value.isUndefined()) {
        cell.missing = true;
        cell.json = QByteArrayLiteral("null");
        return cell;
    }
    if (value.isString())
        return textCell(value.toString());
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    cell.json = json.mid(1).chopped(1);
    cell.text = QString::fromUtf8(cell.json);
    return cell;
}

} // namespace ctx
