#pragma once

#include "TokenStore.h"

#include <QObject>

#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace ctx {

// The Connections dialog's access token field: a password line edit with a "Show" toggle
// and a note for keychain problems, for the form to place. It reads and writes the token
// through the TokenStore only; the field never shows a saved token, only that one is saved.
class TokenField : public QObject
{
    Q_OBJECT
public:
    TokenField(TokenStore *store, QWidget *parent);

    // Another connection (empty id: a new one); asks the store whether it has a token.
    // `carried`: a token to save with a new connection (Duplicate, Import), never shown.
    void setConnection(const QString &id, const QString &carried = {});
    // The token to use: typed, or else the saved (or carried) one. Never shown.
    QString token() const;
    // Writes the typed (or carried) token for `id`, then calls done(whether the keychain
    // holds it, or nothing needed writing). Problems are said in the note.
    void save(const QString &id, std::function<void(bool ok)> done);

    QLineEdit *edit() const { return m_edit; }
    QToolButton *showButton() const { return m_show; }
    QLabel *note() const { return m_note; }

signals:
    void edited();

private:
    void showReply(const TokenStore::Reply &reply, bool writing);

    TokenStore *m_store;
    QLineEdit *m_edit;
    QToolButton *m_show;
    QLabel *m_note;
    QString m_saved; // read from the store, or carried; memory only
    bool m_carried = false;
    int m_generation = 0;
};

} // namespace ctx
