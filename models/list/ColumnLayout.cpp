#include "ColumnLayout.h"

#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace ctx {

namespace {

constexpr int formatVersion = 1;
constexpr qsizetype maxStoredBytes = qsizetype(64) * 1024;
constexpr qsizetype maxPointerLength = 512;

SortOrder sortFrom(const QJsonValue &value)
{
    // "-ts", absent, or anything else: newest first.
    return value.isString() ? sortFromText(value.toString()).value_or(SortOrder::NewestFirst)
                            : SortOrder::NewestFirst;
}

std::optional<ColumnLayout::Entry> entryFrom(const QJsonValue &value)
{
    // {"id": "kind", "visible": false}, or just "kind".
    const QJsonValue id = value.isObject() ? value.toObject().value(QStringLiteral("id")) : value;
    if (!id.isString() || id.toString().size() > maxPointerLength)
        return std::nullopt;
    const std::optional<ContextColumn> column = ContextColumn::fromId(id.toString());
    if (!column)
        return std::nullopt;
    const QJsonValue visible = value.toObject().value(QStringLiteral("visible"));
    return ColumnLayout::Entry {*column, !visible.isBool() || visible.toBool()};
}

} // namespace

ColumnLayout ColumnLayout::defaults()
{
    ColumnLayout layout;
    for (const ContextColumn &column : ContextColumn::defaults())
        layout.columns.append({column, true});
    return layout;
}

QList<ContextColumn> ColumnLayout::visibleColumns() const
{
    QList<ContextColumn> result;
    for (const Entry &entry : columns) {
        if (entry.visible)
            result.append(entry.column);
    }
    return result;
}

QList<ContextColumn> ColumnLayout::modelColumns() const
{
    QList<ContextColumn> result;
    result.reserve(columns.size());
    for (const Entry &entry : columns)
        result.append(entry.column);
    return result;
}

int ColumnLayout::indexOf(const ContextColumn &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).column == column)
            return i;
    }
    return -1;
}

int ColumnLayout::visibleCount() const
{
    return static_cast<int>(
        std::count_if(columns.begin(), columns.end(), [](const Entry &e) { return e.visible; }));
}

void ColumnLayout::repair()
{
    QList<Entry> kept;
    int attributes = 0;
    for (const Entry &entry : std::as_const(columns)) {
        const bool duplicate = std::any_of(kept.begin(), kept.end(),
            [&entry](const Entry &k) { return k.column == entry.column; });
        if (duplicate || !ContextColumn::fromId(entry.column.id()))
            continue;
        if (entry.column.isAttribute()) {
            // An attribute column exists only while shown; keep a bounded number of them.
            if (!entry.visible || ++attributes > maxAttributeColumns)
                continue;
        }
        kept.append(entry);
    }
    for (const ContextColumn &builtin : ContextColumn::defaults()) {
        const bool present = std::any_of(
            kept.begin(), kept.end(), [&builtin](const Entry &k) { return k.column == builtin; });
        if (!present)
            kept.append({builtin, true});
    }
    columns = kept;
    if (visibleCount() == 0) {
        for (Entry &entry : columns)
            entry.visible = !entry.column.isAttribute();
    }
    for (auto it = widths.begin(); it != widths.end();) {
        const std::optional<ContextColumn> column = ContextColumn::fromId(it.key());
        if (!column || indexOf(*column) < 0 || it.value() < minWidth || it.value() > maxWidth)
            it = widths.erase(it);
        else
            ++it;
    }
}

QJsonObject ColumnLayout::toJson() const
{
    QJsonArray list;
    for (const Entry &entry : columns) {
        list.append(QJsonObject {
            {QStringLiteral("id"), entry.column.id()}, {QStringLiteral("visible"), entry.visible}});
    }
    QJsonObject widthObject;
    for (auto it = widths.begin(); it != widths.end(); ++it)
        widthObject.insert(it.key(), it.value());
    return QJsonObject {{QStringLiteral("version"), formatVersion},
        {QStringLiteral("columns"), list}, {QStringLiteral("widths"), widthObject},
        {QStringLiteral("sort"), sortText(sort)}};
}

std::optional<ColumnLayout> ColumnLayout::fromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (version.isDouble() && version.toDouble() > formatVersion)
        return std::nullopt; // a later format: defaults rather than a guess
    const QJsonValue list = json.value(QStringLiteral("columns"));
    if (!list.isArray())
        return std::nullopt;
    ColumnLayout layout;
    for (const auto &value : list.toArray()) {
        if (const std::optional<Entry> entry = entryFrom(value))
            layout.columns.append(*entry);
    }
    if (layout.columns.isEmpty())
        return std::nullopt;
    const QJsonObject widthObject = json.value(QStringLiteral("widths")).toObject();
    for (auto it = widthObject.begin(); it != widthObject.end(); ++it) {
        const double width = it.value().toDouble(-1);
        if (width >= minWidth && width <= maxWidth)
            layout.widths.insert(it.key(), static_cast<int>(width));
    }
    layout.sort = sortFrom(json.value(QStringLiteral("sort")));
    layout.repair();
    return layout;
}

std::optional<ColumnLayout> ColumnLayout::fromJsonBytes(const QByteArray &bytes)
{
    if (bytes.size() > maxStoredBytes)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

LayoutStore::LayoutStore(QSettings *settings)
    : m_settings(settings)
{
}

std::optional<ColumnLayout> LayoutStore::load(const QString &scope) const
{
    const QVariant value = m_settings->value(settingsKey(scope));
    if (!value.isValid())
        return std::nullopt;
    return ColumnLayout::fromJsonBytes(value.toString().toUtf8());
}

void LayoutStore::save(const QString &scope, const ColumnLayout &layout)
{
    m_settings->setValue(settingsKey(scope),
        QString::fromUtf8(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact)));
}

void LayoutStore::remove(const QString &scope)
{
    m_settings->remove(settingsKey(scope));
}

QString LayoutStore::scope(
    const QString &connectionId, const QString &projectKey, const QString &environmentKey)
{
    // Each part escaped on its own, so that "/" inside a part cannot be taken for the
    // separator.
    QStringList parts;
    for (const QString &part : {connectionId, projectKey, environmentKey})
        parts.append(QString::fromLatin1(part.toUtf8().toPercentEncoding()));
    return parts.join(QLatin1Char('/'));
}

QString LayoutStore::settingsKey(const QString &scope)
{
    QString key = Settings::layoutsGroup + QLatin1Char('/');
    const QByteArray bytes = scope.toUtf8();
    for (const char c : bytes) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (plain)
            key.append(QLatin1Char(c));
        else
            key.append(QStringLiteral("_%1").arg(static_cast<uchar>(c), 2, 16, QLatin1Char('0')));
    }
    if (bytes.isEmpty())
        key.append(QLatin1Char('_'));
    return key;
}

} // namespace ctx
