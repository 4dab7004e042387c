#pragma once

#include "ContextRecord.h"
#include "ContextsApi.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ctx {

class KindTableModel;

// The project's context kinds, checkable, for the kind filter. Nothing checked means
// every kind. Archived kinds are kept but hidden unless setShowArchived(true); hiding them
// unchecks them, so that the filter never holds a kind the person cannot see.
class KindListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DescriptionRole, ArchivedRole };

    explicit KindListModel(QObject *parent = nullptr);

    void setKinds(const QList<ContextKind> &kinds);
    // From now on takes its kinds (and errors) from `table` each time that loads: the Kinds
    // tab's table fetches them, so that one request serves the tab and the kind filter.
    void follow(const KindTableModel *table);

    bool isLoading() const;
    std::optional<ApiError> lastError() const { return m_error; }

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    QStringList checkedKeys() const;
    void setCheckedKeys(const QStringList &keys);
    // Display name of a kind key (its name, or the key when unknown).
    QString displayName(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedKeysChanged(const QStringList &keys);
    void showArchivedChanged(bool show);
    void loaded();
    void loadFailed(const ctx::ApiError &error);

private:
    struct Entry
    {
        ContextKind kind;
        bool checked = false;
    };

    void rebuildRows();

    QList<Entry> m_entries; // every kind, sorted by key
    QList<int> m_rows; // the shown rows: indexes into m_entries
    bool m_showArchived = false;
    std::optional<ApiError> m_error;
    QPointer<const KindTableModel> m_followed;
};

} // namespace ctx
