#pragma once

#include "SandboxRows.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sandbox {

// Keyset cursors for the contexts list. A continuationToken is
//   base64url( payload | HMAC-SHA256(secret, payload) )
// where payload is the compact JSON [version, direction, scope, lastSeenMs, kind, key, app,
// rowId] and scope is a hash of the environment, the list and the canonical filter. The
// secret is per database (SandboxStore::cursorSecret). A token is accepted only
// when its signature, direction and scope match, so a forged, truncated or reused token is
// rejected instead of silently returning another list.
class SandboxCursor
{
public:
    explicit SandboxCursor(QByteArray secret);

    QString encode(const SortKey &last, bool ascending, const QByteArray &scope) const;
    std::optional<SortKey> decode(
        const QString &token, bool ascending, const QByteArray &scope) const;

    // The scope a token is bound to: the environment and the canonical filter text.
    static QByteArray scope(const QString &environmentId, const QString &canonicalFilter);

    static QByteArray randomSecret();

private:
    QByteArray sign(const QByteArray &payload) const;

    QByteArray m_secret;
};

// Compares two secrets in time that depends on neither their contents nor their lengths.
bool equalsInConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace sandbox
