#pragma once

#include "AccountApi.h"
#include "ApiError.h"

#include <QAbstractListModel>

#include <memory>
#include <optional>

namespace ctx {

// The project picker's list: GET /api/v2/projects?expand=environments, a page at a time
// (canFetchMore/fetchMore), searched on the server. Display: "Name (key)".
// load() starts over: it cancels the request in flight, and a reply that still arrives for
// an earlier load is dropped. An error keeps the rows already loaded and stops paging until
// the next load().
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    // Projects asked for per page.
    static constexpr int PageSize = 50;

    explicit ProjectListModel(QObject *parent = nullptr);
    ~ProjectListModel() override;

    // Which server to ask (the connection being edited). Clears the list; nullptr: none.
    void setApi(std::shared_ptr<AccountApi> api);
    // Starts over with a search ("" lists all).
    void load(const QString &search = {});

    bool isLoading() const;
    std::optional<ApiError> error() const;
    // -1 when not loaded.
    int rowOfKey(const QString &key) const;
    std::optional<ProjectSummary> project(const QString &key) const;
    // The search of the last load().
    QString search() const;
    // The server's totalCount of the last page, when it sent one.
    std::optional<int> totalCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void errorChanged();
    void pageLoaded();

private:
    struct Private;
    std::unique_ptr<Private> d;

    void request();
    void onPage(quint64 generation, const Result<ProjectsPage> &result);
    void setError(std::optional<ApiError> error);
    void setPending(RequestHandle pending);
    void clear();
};

// The environment picker's list: the chosen project's environments. Display "Name (key)";
// critical environments say so in the text, not by colour alone.
class EnvironmentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, CriticalRole };

    explicit EnvironmentListModel(QObject *parent = nullptr);
    void setEnvironments(const QList<EnvironmentSummary> &environments);
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<EnvironmentSummary> m_environments;
};

} // namespace ctx
