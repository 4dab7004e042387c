#pragma once

#include "AttributeTypes.h"
#include "ContextDetailTypes.h"
#include "ContextRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace ctx {

// What the delete confirmation names.
struct DeleteConfirmation
{
    QString instanceId;
    QStringList kindKeys; // the instance's contexts, "kind:key"
    QString environment; // "project / environment"
    bool production = false; // stronger confirmation: type the context key
    QString contextKey; // what to type when production
};

// The value to give a context for one flag; no value clears its individual setting.
struct VariationChoice
{
    std::optional<QByteArray> valueJson;
    QString comment;
};

// A context kind as the person entered it in "New kind" or "Edit kind".
struct KindEdit
{
    QString key;
    ContextKindUpdate update; // name and description; archived left unset
};

// Every question the views ask the person, behind one seam so that tests answer them
// without a modal dialog. DialogPrompts asks with real dialogs.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;
    virtual bool confirmDelete(QWidget *parent, const DeleteConfirmation &what) = 0;
    virtual std::optional<VariationChoice> chooseVariation(
        QWidget *parent, const FlagEvaluation &flag, const QList<FlagVariation> &variations)
        = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Yes or no; the default answer is no.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // "New kind" when `existing` is empty (keys in `takenKeys` are refused), "Edit kind"
    // (key read-only) otherwise. Empty when cancelled.
    virtual std::optional<KindEdit> editKind(
        QWidget *parent, const std::optional<ContextKind> &existing, const QStringList &takenKeys)
        = 0;
    // One line of text (e.g. a view's name); empty when cancelled.
    virtual std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial)
        = 0;
    // A file to write or to read; empty when cancelled. `filter` as QFileDialog takes it.
    virtual QString chooseSaveFile(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
        = 0;
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &filter)
        = 0;
    // An access token for a connection when none is saved or no keychain is available
    // (a password field; `reason` says why it is asked). Empty when cancelled.
    virtual std::optional<QString> askToken(const QString &connectionName, const QString &reason)
        = 0;
};

class DialogPrompts : public UserPrompts
{
public:
    bool confirmDelete(QWidget *parent, const DeleteConfirmation &what) override;
    std::optional<VariationChoice> chooseVariation(QWidget *parent, const FlagEvaluation &flag,
        const QList<FlagVariation> &variations) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<KindEdit> editKind(QWidget *parent, const std::optional<ContextKind> &existing,
        const QStringList &takenKeys) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
        const QString &initial) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
        const QString &filter) override;
    QString chooseOpenFile(QWidget *parent, const QString &title, const QString &filter) override;
    std::optional<QString> askToken(const QString &connectionName, const QString &reason) override;
};

} // namespace ctx
