#pragma once

#include "ContextRecord.h"
#include "ContextsApi.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>

namespace ctx {

// The project's context kinds, checkable, for the kind filter. Nothing checked means
// every kind. Archived kinds are left out.
class KindListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, DescriptionRole };

    explicit KindListModel(ContextsApi *api, QObject *parent = nullptr);
    ~KindListModel() override;

    // Loads the kinds of a project from the server (replacing the current ones).
    void load(const QString &projectKey);
    void setKinds(const QList<ContextKind> &kinds);

    bool isLoading() const { return m_pending != nullptr; }
    std::optional<ApiError> lastError() const { return m_error; }

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
    void loaded();
    void loadFailed(const ctx::ApiError &error);

private:
    struct Entry
    {
        ContextKind kind;
        bool checked = false;
    };

    ContextsApi *m_api;
    QList<Entry> m_entries;
    RequestHandle m_pending;
    std::optional<ApiError> m_error;
    quint64 m_generation = 0;
};

} // namespace ctx
