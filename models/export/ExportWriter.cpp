#include "ExportWriter.h"

#include "JsonText.h"

namespace ctx {

namespace {

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
    QByteArray line;
    bool first = true;
    for (const ContextColumn &column : m_columns) {
        if (!first)
            line += ',';
        first = false;
        const CellValue cell = columnValue(record, column);
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
    QByteArray line = QByteArrayLiteral("{\"kind\":") + compactJson(record.kind)
        + QByteArrayLiteral(",\"key\":") + compactJson(record.key);
    QByteArrayList redacted;
    for (const ContextColumn &column : m_columns) {
        if (isKindOrKey(column))
            continue;
        const CellValue cell = columnValue(record, column);
        const QByteArray name = compactJson(column.id());
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
