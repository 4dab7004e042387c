#pragma once

#include "ContextColumn.h"
#include "ContextRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ctx {

enum class ExportFormat {
    Csv, // RFC 4180, UTF-8 without BOM, "\r\n" line ends, a header row of column ids
    JsonLines, // one compact JSON object per context and "\n"
};

// Turns context records into the bytes of an export file, one record at a time, so that an
// export of millions of contexts never holds more than a page in memory.
//
// CSV: the header row holds the column ids ("kind", "key", "name", "lastSeen", "source",
// "/address/city"): they do not depend on the UI language and are what `--columns` takes.
// A field is quoted when it holds a comma, a quote, CR or LF (quotes doubled) or starts or
// ends with a space. Missing values are empty fields; redacted ones are "[private]".
// Spreadsheet formula injection: a string value starting with '=', '+', '-', '@', TAB or
// CR is written with a leading "'" (OWASP's advice), so that opening the file in a
// spreadsheet never runs a formula a context carried. Numbers, booleans and the column ids
// of the header are never changed. The JSON Lines output is never changed this way.
//
// JSON Lines: {"kind":..., "key":..., <column id>: <value>...} in the order of the columns
// (kind and key always first and only once); a missing value is null; a redacted value is
// null and its column id is listed in "_redacted" (present only when something was).
//
// Redaction: values named by a record's private attributes never reach the output, even
// when its attributesJson still holds them (they are removed before any column is read),
// and a column at or under a private attribute is redacted.
class ExportWriter
{
public:
    ExportWriter(ExportFormat format, const QList<ContextColumn> &columns);

    ExportFormat format() const { return m_format; }
    // The columns written, without repeats.
    const QList<ContextColumn> &columns() const { return m_columns; }

    // What starts the file: the CSV header row; nothing for JSON Lines.
    QByteArray header() const;
    // One record, line end included.
    QByteArray record(const ContextRecord &record) const;

    // "csv" / "jsonl" (and "ndjson"); nullopt for anything else.
    static std::optional<ExportFormat> formatFromName(const QString &name);
    // "csv" or "jsonl".
    static QString fileSuffix(ExportFormat format);

    // One CSV field: quoted when needed, guarded against formula injection when `guard`.
    static QByteArray csvField(const QString &text, bool guard);
    // The text every redacted CSV cell holds.
    static QString redactedText() { return QStringLiteral("[private]"); }

private:
    QByteArray csvRecord(const ContextRecord &record) const;
    QByteArray jsonRecord(const ContextRecord &record) const;

    ExportFormat m_format;
    QList<ContextColumn> m_columns;
};

} // namespace ctx
