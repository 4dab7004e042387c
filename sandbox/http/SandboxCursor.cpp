#include "SandboxCursor.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sandbox {

namespace {

// 2: the lists are ordered by (last seen, row id); a version 1 token (ordered by kind, key and
// applicationId after the time) is stale.
constexpr int kVersion = 2;
constexpr qsizetype kFields = 8;
constexpr qsizetype kMacSize = 32; // SHA-256
// A token carries the last row's key, and a key can be long (any string): as long as a body
// may be (SandboxLimits), no longer.
constexpr qsizetype kMaxTokenLength = qsizetype(1) << 20;

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

SandboxCursor::SandboxCursor(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray SandboxCursor::sign(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256);
}

QString SandboxCursor::encode(const SortKey &last, bool ascending, const QByteArray &scope) const
{
    const QJsonArray fields {kVersion, ascending ? 1 : -1,
        QString::fromLatin1(scope.toBase64(kBase64Url)), QString::number(last.lastSeenMs),
        last.kind, last.key, last.applicationId, QString::number(last.rowId)};
    const QByteArray payload = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1((payload + sign(payload)).toBase64(kBase64Url));
}

std::optional<SortKey> SandboxCursor::decode(
    const QString &token, bool ascending, const QByteArray &scope) const
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return std::nullopt;
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= kMacSize)
        return std::nullopt;
    const QByteArray payload = decoded.decoded.first(decoded.decoded.size() - kMacSize);
    const QByteArray mac = decoded.decoded.last(kMacSize);
    if (!equalsInConstantTime(sign(payload), mac))
        return std::nullopt;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray fields = document.array();
    if (fields.size() != kFields || fields.at(0).toInt() != kVersion
        || fields.at(1).toInt() != (ascending ? 1 : -1)
        || fields.at(2).toString() != QString::fromLatin1(scope.toBase64(kBase64Url)))
        return std::nullopt;
    for (qsizetype i = 3; i < fields.size(); ++i) {
        if (!fields.at(i).isString())
            return std::nullopt;
    }
    bool ok = false;
    SortKey key;
    key.lastSeenMs = fields.at(3).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    key.kind = fields.at(4).toString();
    key.key = fields.at(5).toString();
    key.applicationId = fields.at(6).toString();
    key.rowId = fields.at(7).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return key;
}

QByteArray SandboxCursor::scope(const QString &environmentId, const QString &canonicalFilter)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(environmentId.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(canonicalFilter.toUtf8());
    return hash.result().first(16);
}

QByteArray SandboxCursor::randomSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    return secret;
}

bool equalsInConstantTime(QByteArrayView a, QByteArrayView b)
{
    // Hashing first makes the comparison independent of the inputs' lengths.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

} // namespace sandbox
