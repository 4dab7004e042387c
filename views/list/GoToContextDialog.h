#pragma once

#include "ContextQuery.h"
#include "ContextsApi.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ctx {

class ContextListModel;

// Context → Go to context… (Ctrl+K): asks for KIND:KEY, e.g. "user:user-key-123abc". Both
// parts are required (no default kind): Go stays disabled and the dialog says what is
// missing until the text is of that form.
//
// Go accepts at once when the context is among the loaded rows. Otherwise the dialog asks
// the server for it first: when the server has no such context the dialog stays open and
// says so; when it has, or when the lookup itself fails (the detail pane then shows the
// error with a retry), the dialog is accepted. The caller then opens the context as
// --select does (ContextsTab::selectContext).
class GoToContextDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString kind;
        QString key;
    };

    // `api` and `loaded` may be null: no lookup, the dialog accepts any well-formed text.
    GoToContextDialog(ContextsApi *api, const EnvironmentRef &environment,
        const QString &environmentLabel, ContextListModel *loaded, QWidget *parent = nullptr);
    ~GoToContextDialog() override;

    // KIND:KEY → {kind, key}, the key being everything after the first colon (it may hold
    // colons itself). nullopt, with a sentence for the person, when the text is not of that
    // form; an empty text gives nullopt and no sentence.
    static std::optional<Target> parse(const QString &text, QString *problem = nullptr);

    // The context chosen, once accepted.
    Target target() const { return m_target; }
    bool isLookingUp() const { return m_pending != nullptr; }

    QLineEdit *edit() const { return m_edit; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *goButton() const { return m_go; }

public slots:
    void accept() override;
    void reject() override;

private:
    void validate();
    void lookUp(const Target &target);
    void onLookedUp(const Target &target, const Result<ContextsPage> &result);
    void setBusy(bool busy);
    void showMessage(const QString &text);

    ContextsApi *m_api;
    EnvironmentRef m_environment;
    QString m_environmentLabel;
    QPointer<ContextListModel> m_loaded;
    Target m_target;
    RequestHandle m_pending;

    QLineEdit *m_edit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_go;
};

} // namespace ctx
