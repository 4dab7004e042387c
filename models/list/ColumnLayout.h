#pragma once

#include "ContextColumn.h"
#include "ContextQuery.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace ctx {

// How the Contexts list shows its columns: which ones, in what order, which built-ins are
// hidden, their widths, and the sort. Saved per connection and environment, and inside a
// saved view, as JSON:
//   {"version": 1, "columns": [{"id": "kind", "visible": true}, {"id": "/address/city"}, ...],
//    "widths": {"kind": 90, "/address/city": 120}, "sort": "-ts"}
struct ColumnLayout
{
    struct Entry
    {
        ContextColumn column;
        bool visible = true;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // In display order. Every built-in column is there once (shown or hidden); attribute
    // columns are there while chosen.
    QList<Entry> columns;
    QHash<QString, int> widths; // pixels, by column id; absent: the view's default width
    SortOrder sort = SortOrder::NewestFirst;

    // The five built-in columns, all shown, default widths, newest first.
    static ColumnLayout defaults();

    // The columns in display order, hidden ones included (what the model holds).
    QList<ContextColumn> modelColumns() const;
    // The shown columns in display order: what the person sees, and what an export writes.
    QList<ContextColumn> visibleColumns() const;
    int indexOf(const ContextColumn &column) const; // in `columns`, or -1
    int visibleCount() const;

    QJsonObject toJson() const;
    // Tolerant: unknown or malformed entries, duplicates and bad widths are dropped; a
    // built-in missing from the JSON (one added by a later version) is added, shown; when
    // nothing would show, the built-ins show. Nullopt when it is not a layout at all (no
    // "columns" list, nothing usable in it, a newer version): the caller uses defaults().
    static std::optional<ColumnLayout> fromJson(const QJsonObject &json);
    // The same from bytes (nullopt for anything that is not a JSON object).
    static std::optional<ColumnLayout> fromJsonBytes(const QByteArray &bytes);

    // Makes any layout usable, as fromJson() does: every built-in once, no duplicate, at
    // least one column shown, widths only for columns present and within bounds.
    void repair();

    friend bool operator==(const ColumnLayout &, const ColumnLayout &) = default;

    static constexpr int minWidth = 16;
    static constexpr int maxWidth = 4000;
    static constexpr int maxAttributeColumns = 64;
};

// The column layouts in QSettings, one per scope under "layouts/<scope>", the scope being
// whatever the app gives (see scope()); any characters are escaped for the settings key.
class LayoutStore
{
public:
    explicit LayoutStore(QSettings *settings);

    // Nullopt when nothing is saved for that scope or what is saved is not a layout.
    std::optional<ColumnLayout> load(const QString &scope) const;
    void save(const QString &scope, const ColumnLayout &layout);
    void remove(const QString &scope);

    // A scope naming a connection's project and environment, unambiguous whatever the
    // parts hold.
    static QString scope(
        const QString &connectionId, const QString &projectKey, const QString &environmentKey);
    // "layouts/<scope with every character but A-Z a-z 0-9 - . written as _XX (UTF-8)>".
    static QString settingsKey(const QString &scope);

private:
    QSettings *m_settings;
};

} // namespace ctx
