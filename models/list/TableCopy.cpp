#include "TableCopy.h"

#include "ContextColumn.h"
#include "ContextListModel.h"
#include "JsonText.h"
#include "JsonValue.h"

#include <QAbstractItemModel>
#include <QJsonArray>

#include <algorithm>

namespace ctx::TableCopy {

namespace {

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

// The text a redacted cell shows ("[private]"), as the list's columns write it.
QString redactionMarker()
{
    ContextRecord probe;
    probe.privateAttributes = {QStringLiteral("p")};
    return columnValue(probe, ContextColumn::attribute(QStringLiteral("/p"))).text;
}

QByteArray recordJson(const ContextRecord &record)
{
    QByteArray out
        = "{\"kind\":" + compactJson(record.kind) + ",\"key\":" + compactJson(record.key);
    if (!record.name.isEmpty() && !record.nameIsPrivate())
        out += ",\"name\":" + compactJson(record.name);
    if (record.lastSeen.isValid())
        out += ",\"lastSeen\":" + compactJson(record.lastSeen.toUTC().toString(Qt::ISODateWithMs));
    if (!record.applicationId.isEmpty())
        out += ",\"applicationId\":" + compactJson(record.applicationId);
    out += ",\"attributes\":" + record.attributes().toJson();
    if (!record.privateAttributes.isEmpty()) {
        QJsonArray references;
        for (const QString &reference : record.privateAttributes)
            references.append(reference);
        out += ",\"privateAttributes\":" + compactJson(references);
    }
    return out + '}';
}

} // namespace

QString cellText(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    if (index.data(ContextListModel::RedactedRole).toBool())
        return redactionMarker(); // whatever the cell says, never a value
    return oneLine(index.data(Qt::DisplayRole).toString());
}

QString rowsAsText(
    const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns)
{
    if (!model || rows.isEmpty() || columns.isEmpty())
        return {};
    QList<int> ordered = rows;
    std::sort(ordered.begin(), ordered.end());
    ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
    QStringList header;
    for (const int column : columns)
        header.append(oneLine(model->headerData(column, Qt::Horizontal).toString()));
    QString text = header.join(u'\t') + u'\n';
    for (const int row : std::as_const(ordered)) {
        QStringList cells;
        for (const int column : columns)
            cells.append(cellText(model->index(row, column)));
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QByteArray recordsAsJson(const QList<ContextRecord> &records)
{
    QByteArray compact = "[";
    for (const ContextRecord &record : records) {
        if (compact.size() > 1)
            compact += ',';
        compact += recordJson(record);
    }
    compact += ']';
    // Indented, keeping the member order written above.
    return JsonValue::fromJson(compact).value_or(JsonValue()).toJson(JsonValue::Format::Indented)
        + '\n';
}

} // namespace ctx::TableCopy
