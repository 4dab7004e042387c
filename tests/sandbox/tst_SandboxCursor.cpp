// SandboxCursor: signed keyset cursors (round trip, tampering, truncation, garbage).

#include "SandboxCursor.h"

#include <QTest>

using namespace sandbox;

Q_DECLARE_METATYPE(sandbox::SortKey)

class tst_SandboxCursor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void directionMustMatch();
    void scopeMustMatch();
    void otherSecretIsRejected();
    void everyTamperedCharacterIsRejected();
    void everyTruncationIsRejected();
    void garbage_data();
    void garbage();
    void tokenIsUrlSafe();
    void constantTimeEquality();

private:
    const QByteArray m_secret = QByteArray(32, 'k');
    const QByteArray m_scope
        = SandboxCursor::scope(QStringLiteral("env-1"), QStringLiteral("kind equals \"user\""));
};

static SortKey key(qint64 ms, const QString &kind, const QString &key, const QString &app)
{
    return SortKey {ms, kind, key, app};
}

void tst_SandboxCursor::roundTrip_data()
{
    QTest::addColumn<SortKey>("sortKey");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("plain") << key(1795168559679, QStringLiteral("user"),
        QStringLiteral("user-key-123abc"), QStringLiteral("GoSDK/1.2"))
                           << false;
    QTest::newRow("ascending") << key(
        0, QStringLiteral("device"), QStringLiteral("d"), QStringLiteral("ios-app/5.2.1"))
                               << true;
    QTest::newRow("odd characters")
        << key(-5, QStringLiteral("org"), QStringLiteral("a \"quoted\", |key| \\ ü 🚀"), QString())
        << false;
    QTest::newRow("large time") << key(
        Q_INT64_C(9007199254740993), QStringLiteral("k"), QStringLiteral("k"), QStringLiteral("a"))
                                << true;
}

void tst_SandboxCursor::roundTrip()
{
    QFETCH(SortKey, sortKey);
    QFETCH(bool, ascending);
    const SandboxCursor cursor(m_secret);
    const QString token = cursor.encode(sortKey, ascending, m_scope);
    const std::optional<SortKey> decoded = cursor.decode(token, ascending, m_scope);
    QVERIFY(decoded);
    QCOMPARE(decoded->lastSeenMs, sortKey.lastSeenMs);
    QCOMPARE(decoded->kind, sortKey.kind);
    QCOMPARE(decoded->key, sortKey.key);
    QCOMPARE(decoded->applicationId, sortKey.applicationId);
}

void tst_SandboxCursor::directionMustMatch()
{
    const SandboxCursor cursor(m_secret);
    const QString token = cursor.encode(
        key(1, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")), false, m_scope);
    QVERIFY(cursor.decode(token, false, m_scope));
    QVERIFY(!cursor.decode(token, true, m_scope));
}

void tst_SandboxCursor::scopeMustMatch()
{
    const SandboxCursor cursor(m_secret);
    const QString token = cursor.encode(
        key(1, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")), true, m_scope);
    const QByteArray otherFilter
        = SandboxCursor::scope(QStringLiteral("env-1"), QStringLiteral("kind equals \"device\""));
    const QByteArray otherEnvironment
        = SandboxCursor::scope(QStringLiteral("env-2"), QStringLiteral("kind equals \"user\""));
    QVERIFY(!cursor.decode(token, true, otherFilter));
    QVERIFY(!cursor.decode(token, true, otherEnvironment));
    QVERIFY(!cursor.decode(token, true, SandboxCursor::scope(QStringLiteral("env-1"), {})));
}

void tst_SandboxCursor::otherSecretIsRejected()
{
    const SandboxCursor mine(m_secret);
    const SandboxCursor theirs(SandboxCursor::randomSecret());
    const QString token = theirs.encode(
        key(1, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")), false, m_scope);
    QVERIFY(theirs.decode(token, false, m_scope));
    QVERIFY(!mine.decode(token, false, m_scope));
    QCOMPARE(SandboxCursor::randomSecret().size(), 32);
    QVERIFY(SandboxCursor::randomSecret() != SandboxCursor::randomSecret());
}

void tst_SandboxCursor::everyTamperedCharacterIsRejected()
{
    const SandboxCursor cursor(m_secret);
    const QString token
        = cursor.encode(key(1795168559679, QStringLiteral("user"),
                            QStringLiteral("user-key-123abc"), QStringLiteral("GoSDK/1.2")),
            false, m_scope);
    for (qsizetype i = 0; i < token.size(); ++i) {
        QString tampered = token;
        tampered[i] = tampered[i] == u'A' ? u'B' : u'A';
        // The last character may carry only padding bits; changing those can decode to the
        // same bytes, which is the same token and not a forgery.
        if (QByteArray::fromBase64(tampered.toLatin1(), QByteArray::Base64UrlEncoding)
            == QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding))
            continue;
        QVERIFY2(!cursor.decode(tampered, false, m_scope), qPrintable(QString::number(i)));
    }
}

void tst_SandboxCursor::everyTruncationIsRejected()
{
    const SandboxCursor cursor(m_secret);
    const QString token = cursor.encode(key(42, QStringLiteral("device"), QStringLiteral("d-1"),
                                            QStringLiteral("android-app/4.0.3")),
        true, m_scope);
    for (qsizetype length = 0; length < token.size(); ++length)
        QVERIFY2(
            !cursor.decode(token.left(length), true, m_scope), qPrintable(QString::number(length)));
    QVERIFY(!cursor.decode(token + QStringLiteral("AA"), true, m_scope));
}

void tst_SandboxCursor::garbage_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << QStringLiteral("abc");
    QTest::newRow("not base64") << QStringLiteral("!!!!$$$$");
    QTest::newRow("padding") << QStringLiteral("====");
    QTest::newRow("spaces") << QStringLiteral("QUFB QUFB");
    QTest::newRow("spec example") << QStringLiteral("QAGFKH1313KUGI2351");
    QTest::newRow("timestamp") << QStringLiteral("2022-04-15T15:00:57.526470334Z");
    QTest::newRow("unsigned json")
        << QString::fromLatin1(QByteArray("[1,-1,\"x\",\"1\",\"user\",\"k\",\"a\"]")
                                   .toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("long") << QString(100000, u'A');
    QTest::newRow("random bytes") << QString::fromLatin1(
        QByteArray(80, '\x7f')
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void tst_SandboxCursor::garbage()
{
    QFETCH(QString, token);
    const SandboxCursor cursor(m_secret);
    QVERIFY(!cursor.decode(token, false, m_scope));
    QVERIFY(!cursor.decode(token, true, m_scope));
}

void tst_SandboxCursor::tokenIsUrlSafe()
{
    const SandboxCursor cursor(m_secret);
    const QString token = cursor.encode(
        key(7, QStringLiteral("user"), QStringLiteral("a/b+c?d"), QStringLiteral("web/2026.11.0")),
        false, m_scope);
    QVERIFY(!token.isEmpty());
    for (const QChar c : token)
        QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_', qPrintable(token));
}

void tst_SandboxCursor::constantTimeEquality()
{
    QVERIFY(equalsInConstantTime("token", "token"));
    QVERIFY(!equalsInConstantTime("token", "token2"));
    QVERIFY(!equalsInConstantTime("token", "Token"));
    QVERIFY(!equalsInConstantTime("", "x"));
    QVERIFY(equalsInConstantTime("", ""));
}

QTEST_GUILESS_MAIN(tst_SandboxCursor)
#include "tst_SandboxCursor.moc"
