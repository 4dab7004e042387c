#pragma once

#include "ContextRecord.h"
#include "ContextsApi.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace ctx {

// The Kinds tab: every context kind of a project, one row each, sorted by key. Archived
// kinds are hidden unless setShowArchived(true). Creates, edits, archives and restores
// kinds through PUT context-kinds/{key}, one save in flight per key; a successful save
// reloads the list.
class KindTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        NameColumn,
        DescriptionColumn,
        CreatedFromColumn,
        LastSeenColumn,
        ArchivedColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString
        ArchivedRole, // bool
        SortValueRole, // QDateTime for Last seen, text otherwise
    };
    Q_ENUM(Column)

    explicit KindTableModel(ContextsApi *api, QObject *parent = nullptr);
    ~KindTableModel() override;

    // Shows the kinds of another project (an empty key clears the list) and loads them.
    // Saves in flight for the previous project are cancelled.
    void setProject(const QString &projectKey);
    QString projectKey() const { return m_project; }
    // Asks the server again; the rows stay until the answer replaces them.
    void reload();

    bool isLoading() const { return m_pending != nullptr; }
    bool hasLoaded() const { return m_loaded; }
    std::optional<ApiError> lastError() const { return m_error; }

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    // Every kind, archived or not.
    QList<ContextKind> kinds() const { return m_kinds; }
    int archivedCount() const;
    std::optional<ContextKind> kind(const QString &key) const;
    const ContextKind &kindAt(int row) const { return m_kinds.at(m_rows.at(row)); }
    // The row showing `key`, or -1 (unknown or hidden).
    int rowOf(const QString &key) const;

    // Why LaunchDarkly would refuse `key` as a kind key, as one sentence; empty when valid.
    static QString keyProblem(const QString &key);
    // Why `update` cannot be sent (the name is required); empty when it can.
    static QString updateProblem(const ContextKindUpdate &update);

    // PUT the kind. Returns false, and sends nothing, when the key or body is invalid, when
    // no project is set, or when a save of that key is already in flight: saveRefused says
    // why. Otherwise saveStarted(key), then saved(key) (and the list reloads) or
    // saveFailed(key, error).
    bool save(const QString &key, const ContextKindUpdate &update);
    bool isSaving(const QString &key) const { return m_saves.contains(key); }

    // For tests: what "now" is when formatting relative times.
    void setClock(std::function<QDateTime()> clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString createdFromText(const QString &createdFrom);

signals:
    void projectChanged(const QString &projectKey);
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ctx::ApiError &error);
    void showArchivedChanged(bool show);
    void saveStarted(const QString &key);
    void saved(const QString &key);
    void saveFailed(const QString &key, const ctx::ApiError &error);
    void saveRefused(const QString &key, const QString &sentence);

private:
    void setKinds(const QList<ContextKind> &kinds);
    void rebuildRows();
    void cancelSaves();
    QString displayText(const ContextKind &kind, int column) const;

    ContextsApi *m_api;
    QString m_project;
    QList<ContextKind> m_kinds; // every kind, sorted by key
    QList<int> m_rows; // the shown rows: indexes into m_kinds
    bool m_showArchived = false;
    bool m_loaded = false;
    RequestHandle m_pending;
    std::optional<ApiError> m_error;
    quint64 m_generation = 0;
    QHash<QString, RequestHandle> m_saves;
    std::function<QDateTime()> m_clock;
};

} // namespace ctx
