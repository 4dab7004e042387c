#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QTimer;

namespace ctx {

class AccountApi;
class EnvironmentListModel;
class ProjectListModel;

// The Connections dialog's project and environment pickers: two editable combo boxes whose
// text is the key (typed or picked), with their labels and a status line, for the form to
// place. The project list comes from the server when the project
// box gets the focus, and again, searched, a moment after the person stops typing; the
// environments are the chosen project's.
class EnvironmentPicker : public QObject
{
    Q_OBJECT
public:
    // Makes the client to ask, or nullptr (with a reason in `why`) when it cannot yet.
    using ApiProvider = std::function<std::shared_ptr<AccountApi>(QString *why)>;

    explicit EnvironmentPicker(QWidget *parent);
    ~EnvironmentPicker() override;

    void setApiProvider(ApiProvider provider) { m_provider = std::move(provider); }
    // Shows these keys; the lists are forgotten (another connection, address or token).
    void setKeys(const QString &projectKey, const QString &environmentKey);
    void forgetLists();
    QString projectKey() const;
    QString environmentKey() const;

    // Lists the projects now (searched with what the project box holds when `search`).
    void loadProjects(bool search = false);

    void setEnabled(bool enabled);
    QLabel *projectLabel() const { return m_projectLabel; }
    QLabel *environmentLabel() const { return m_environmentLabel; }
    QComboBox *projectBox() const { return m_project; }
    QComboBox *environmentBox() const { return m_environment; }
    QLabel *statusLabel() const { return m_status; }
    ProjectListModel *projects() const { return m_projects; }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProjectChosen(int row);
    void onEnvironmentChosen(int row);
    void onProjectsLoaded();
    void showEnvironmentsOf(const QString &projectKey);
    void updateStatus();

    ProjectListModel *m_projects;
    EnvironmentListModel *m_environments;
    QComboBox *m_project;
    QComboBox *m_environment;
    QLabel *m_projectLabel;
    QLabel *m_environmentLabel;
    QLabel *m_status;
    QTimer *m_searchTimer;
    ApiProvider m_provider;
    QString m_unavailable; // why the list could not be asked for
    bool m_loaded = false; // a list was asked for since the last forgetLists()
};

} // namespace ctx
