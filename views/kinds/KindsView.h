#pragma once

#include "ContextsApi.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace ctx {

class KindTableModel;
class StatusLine;
class UserPrompts;

// The Kinds tab: the project's context kinds in a table, with New kind…, Edit…,
// Archive/Restore, Show archived and Refresh above it, the list's state (loading, counts,
// errors with Retry) and the outcome of the last save below. Dialogs and confirmations go
// through UserPrompts. The model is not owned; the caller sets its project.
class KindsView : public QWidget
{
    Q_OBJECT
public:
    KindsView(KindTableModel *model, UserPrompts *prompts, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    StatusLine *listStatus() const { return m_listStatus; }
    StatusLine *saveStatus() const { return m_saveStatus; }
    // The key of the kind in the current row; empty when none.
    QString selectedKey() const;
    void selectKey(const QString &key);

    void newKind();
    void editSelected();
    void archiveOrRestoreSelected();

    // A sentence for a failed save, more specific than ApiError::userMessage() where the
    // generic text speaks of reading contexts.
    static QString saveErrorSentence(const ApiError &error);

private:
    struct Outcome
    {
        QString progress; // "Saving organization…"
        QString success; // "Saved organization."
        QString failure; // "organization was not saved. %1"
    };

    static Outcome defaultOutcome(const QString &key);
    Outcome takeOutcome(const QString &key);
    void startSave(const QString &key, const ContextKindUpdate &update, const Outcome &outcome);
    void updateActions();
    void updateListStatus();

    KindTableModel *m_model;
    UserPrompts *m_prompts;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QCheckBox *m_showArchived;
    QPushButton *m_refresh;
    QTableView *m_table;
    StatusLine *m_listStatus;
    StatusLine *m_saveStatus;
    QHash<QString, Outcome> m_outcomes; // by key, while a save is in flight
    QString m_keyBeforeReset;
    QString m_selectAfterReload;
};

} // namespace ctx
