#pragma once

#include "ContextQuery.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// A named view of the Contexts list: kinds, filter, columns and sort. Saved in the
// settings, and shared between people as a small JSON file:
//   {"format": "contexts-browser/view", "version": 1, "name": "...", "kinds": [...],
//    "quickSearch": "...", "filter": "...", "sort": "-ts", "columns": {...}}
struct SavedView
{
    QString name;
    QStringList kinds;
    QString quickSearch;
    QString filter; // the advanced filter text (the API grammar)
    SortOrder sort = SortOrder::NewestFirst;
    QJsonObject columns; // the column layout as ColumnLayout writes it; empty: unchanged

    QJsonObject toJson() const;
    // Tolerant of unknown fields; nullopt with *error set when it is not a view file
    // (wrong format marker, newer version, missing name, wrong types, a filter that does
    // not parse).
    static std::optional<SavedView> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const SavedView &, const SavedView &) = default;

    Q_DECLARE_TR_FUNCTIONS(ctx::SavedView)
};

// The saved views, kept in QSettings under "savedViews" as one JSON array, sorted by name.
// A broken stored value reads as no views (and is overwritten by the next save).
class SavedViewStore
{
    Q_DECLARE_TR_FUNCTIONS(ctx::SavedViewStore)
public:
    explicit SavedViewStore(QSettings *settings);

    QList<SavedView> views() const;
    // Adds or replaces the view with that name.
    void save(const SavedView &view);
    // False when `from` does not exist or `to` is taken by another view.
    bool rename(const QString &from, const QString &to);
    void remove(const QString &name);

    // A view as the bytes of a .json file, and back (nullopt + *error for a bad file).
    static QByteArray exportFile(const SavedView &view);
    static std::optional<SavedView> importFile(const QByteArray &bytes, QString *error);

private:
    void write(const QList<SavedView> &views);

    Settings m_settings;
};

} // namespace ctx
