#include "ExportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ctx {

namespace {

// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// The path an attribute reference names: "email" -> {"email"}, "/address/street" ->
// {"address", "street"} (~1 is "/", ~0 is "~"). Empty when it names nothing.
QStringList referencePath(const QString &reference)
{
    if (reference.isEmpty())
        return {};
    if (!reference.startsWith(QLatin1Char('/')))
        return {reference};
    QStringList path = reference.mid(1).split(QLatin1Char('/'));
    for (QString &token : path)
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return path;
}

// Removes the member `path` names (through nested objects) from `object`.
void removePath(QJsonObject &object, const QStringList &path, qsizetype at)
{
    const QString &name = path.at(at);
    if (at + 1 == path.size()) {
        object.remove(name);
        return;
    }
    const QJsonValue child = object.value(name);
    if (!child.isObject())
        return;
    QJsonObject inner = child.toObject();
    removePath(inner, path, at + 1);
    object.insert(name, inner);
}

// The record as it may be exported: every private value gone from its attributes, even
// if whoever built it left one there. Sets *nameRedacted when the name itself is private.
ContextRecord withoutPrivateValues(const ContextRecord &record, bool *nameRedacted)
{
    *nameRedacted = false;
    if (record.privateAttributes.isEmpty())
        return record;
    ContextRecord copy = record;
    QJsonObject attributes = QJsonDocument::fromJson(record.attributesJson).object();
    for (const QString &reference : record.privateAttributes) {
        const QStringList path = referencePath(reference);
        if (path.isEmpty() || path == QStringList {QStringLiteral("key")})
            continue; // LaunchDarkly never makes the key private
        if (path == QStringList {QStringLiteral("name")}) {
            *nameRedacted = true;
            copy.name.clear();
        }
        removePath(attributes, path, 0);
    }
    copy.attributesJson = QJsonDocument(attributes).toJson(QJsonDocument::Compact);
    return copy;
}

CellValue cellOf(const ContextRecord &record, const ContextColumn &column, bool nameRedacted)
{
    if (nameRedacted && column.builtin == ContextColumn::Builtin::Name) {
        CellValue cell;
        cell.json = QByteArrayLiteral("null");
        cell.redacted = true;
        return cell;
    }
    return columnValue(record, column);
}

bool isKindOrKey(const ContextColumn &column)
{
    return column.builtin == ContextColumn::Builtin::Kind
        || column.builtin == ContextColumn::Builtin::Key;
}

} // namespace

ExportWriter::ExportWriter(ExportFormat format, const QList<ContextColumn> &columns)
    : m_format(format)
{
    for (const ContextColumn &column : columns) {
        if (!m_columns.contains(column))
            m_columns.append(column);
    }
}

QByteArray ExportWriter::header() const
{
    if (m_format != ExportFormat::Csv)
        return {};
    QByteArray line;
    for (const ContextColumn &column : m_columns) {
        if (!line.isEmpty())
            line += ',';
        line += csvField(column.id(), false);
    }
    return line + "\r\n";
}

QByteArray ExportWriter::record(const ContextRecord &record) const
{
    return m_format == ExportFormat::Csv ? csvRecord(record) : jsonRecord(record);
}

QByteArray ExportWriter::csvRecord(const ContextRecord &record) const
{
    bool nameRedacted = false;
    const ContextRecord safe = withoutPrivateValues(record, &nameRedacted);
    QByteArray line;
    bool first = true;
    for (const ContextColumn &column : m_columns) {
        if (!first)
            line += ',';
        first = false;
        const CellValue cell = cellOf(safe, column, nameRedacted);
        if (cell.redacted) {
            line += csvField(redactedText(), false);
            continue;
        }
        // Only strings are guarded: a number such as -5 stays a number.
        line += csvField(cell.text, cell.json.startsWith('"'));
    }
    return line + "\r\n";
}

QByteArray ExportWriter::jsonRecord(const ContextRecord &record) const
{
    bool nameRedacted = false;
    const ContextRecord safe = withoutPrivateValues(record, &nameRedacted);
    QByteArray line = QByteArrayLiteral("{\"kind\":") + jsonString(safe.kind)
        + QByteArrayLiteral(",\"key\":") + jsonString(safe.key);
    QByteArrayList redacted;
    for (const ContextColumn &column : m_columns) {
        if (isKindOrKey(column))
            continue;
        const CellValue cell = cellOf(safe, column, nameRedacted);
        const QByteArray name = jsonString(column.id());
        line += ',' + name + ':' + (cell.redacted ? QByteArrayLiteral("null") : cell.json);
        if (cell.redacted)
            redacted.append(name);
    }
    if (!redacted.isEmpty())
        line += QByteArrayLiteral(",\"_redacted\":[") + redacted.join(',') + ']';
    return line + "}\n";
}

std::optional<ExportFormat> ExportWriter::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("ndjson"))
        return ExportFormat::JsonLines;
    return std::nullopt;
}

QString ExportWriter::fileSuffix(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

QByteArray ExportWriter::csvField(const QString &text, bool guard)
{
    QString value = text;
    if (guard && !value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + value.toUtf8() + '"';
}

} // namespace ctx
