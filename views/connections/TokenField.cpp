#include "TokenField.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>

namespace ctx {

TokenField::TokenField(TokenStore *store, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_edit(new QLineEdit(parent))
    , m_show(new QToolButton(parent))
    , m_note(new QLabel(parent))
{
    m_edit->setObjectName(QStringLiteral("accessToken"));
    m_edit->setAccessibleName(tr("Access token"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_show->setObjectName(QStringLiteral("showToken"));
    m_show->setText(tr("S&how"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show the access token"));
    m_note->setObjectName(QStringLiteral("tokenNote"));
    m_note->setAccessibleName(tr("Keychain message"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    connect(m_edit, &QLineEdit::textEdited, this, &TokenField::edited);
    connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void TokenField::setConnection(const QString &id, const QString &carried)
{
    const int generation = ++m_generation;
    m_edit->clear();
    m_show->setChecked(false);
    m_note->setVisible(false);
    m_saved = carried;
    m_carried = !carried.isEmpty();
    m_edit->setPlaceholderText(m_carried ? tr("Copied with the connection — type to replace")
                                         : tr("Paste an access token (api-…)"));
    if (id.isEmpty() || !m_store)
        return;
    m_store->read(id, [self = QPointer<TokenField>(this), generation](const TokenStore::Reply &r) {
        if (!self || generation != self->m_generation)
            return; // another connection is shown now
        self->m_saved = r.status == TokenStore::Status::Ok ? r.token : QString();
        self->showReply(r, false);
    });
}

QString TokenField::token() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? m_saved : typed;
}

void TokenField::save(const QString &id, std::function<void(bool ok)> done)
{
    // Nothing typed: the keychain keeps what it has, unless a token was carried over.
    const QString typed = m_edit->text().trimmed();
    const QString token = typed.isEmpty() && m_carried ? m_saved : typed;
    if (token.isEmpty()) {
        done(true);
        return;
    }
    if (!m_store) {
        showReply({TokenStore::Status::NoKeychain, {}, {}}, true);
        done(false);
        return;
    }
    const int generation = ++m_generation;
    m_store->write(id, token,
        [self = QPointer<TokenField>(this), generation, token, done = std::move(done)](
            const TokenStore::Reply &reply) {
            const bool ok = reply.status == TokenStore::Status::Ok;
            if (self && generation == self->m_generation) {
                if (ok) {
                    self->m_saved = token;
                    self->m_carried = false;
                    self->m_edit->clear();
                }
                self->showReply(reply, true);
            }
            done(ok);
        });
}

void TokenField::showReply(const TokenStore::Reply &reply, bool writing)
{
    QString note;
    switch (reply.status) {
    case TokenStore::Status::Ok:
        m_edit->setPlaceholderText(tr("Saved in the keychain — type to replace"));
        break;
    case TokenStore::Status::NotFound:
        break;
    case TokenStore::Status::NoKeychain:
        note = tr("%1 The app asks for it once per session, or uses LD_ACCESS_TOKEN.")
                   .arg(reply.error.isEmpty() ? tr("No keychain available: the token is not saved.")
                                              : reply.error);
        break;
    case TokenStore::Status::Failed:
        note = (writing ? tr("The token could not be saved in the keychain: %1")
                        : tr("The keychain could not be read: %1"))
                   .arg(reply.error);
        break;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace ctx
