#pragma once

#include "AppModels.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace ctx {

class ConnectionForm;
struct ConnectionProfile;

// File → Connections…: the saved connections on the left (the demo first, read-only), the
// selected one's form on the right, and Add, Duplicate, Remove, Import from ldcli, Save and
// "Use this connection". Connections go to AppModels::connections, tokens to
// AppModels::tokens only. A double click or "Use this connection" emits connectionActivated
// and closes the dialog; the app then switches.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(const AppModels &models, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void selectConnection(const QString &id);
    // The connection shown in the form; empty for a new one not saved yet.
    QString currentId() const { return m_currentId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    ConnectionForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }

    void reject() override;

signals:
    void connectionActivated(const QString &id);

private:
    void rebuildList();
    void onCurrentRowChanged(int row);
    void showDraft(const ConnectionProfile &profile, const QString &carriedToken = {});
    void addConnection();
    void duplicateConnection();
    void removeConnection();
    void importFromLdcli();
    void save(std::function<void(const QString &id)> then = {});
    void useConnection();
    bool confirmDiscard();
    void updateButtons();
    void setStatus(const QString &text);

    AppModels m_models;
    QListWidget *m_list;
    ConnectionForm *m_form;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_save;
    QPushButton *m_use;
    QString m_currentId; // empty: a new connection (the draft)
    bool m_draft = false; // a new connection is being edited, not saved yet
    bool m_dirty = false;
    bool m_rebuilding = false;
};

} // namespace ctx
