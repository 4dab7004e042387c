#pragma once

// What the REST client tests share: the token they send (and look for in errors), a page
// to answer with, a callback recorder and connections to a local test server.

#include "ApiError.h"
#include "Connection.h"
#include "ContextsApi.h"
#include "FakeHttpServer.h"

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

namespace testsupport {

inline const QString Token = QStringLiteral("api-0123456789abcdef-SECRET");

inline const QByteArray OnePage
    = R"({"_environmentId":"env-1","totalCount":1,"continuationToken":"next-1",
  "items":[{"context":{"kind":"user","key":"u-1","name":"Ann"},"lastSeen":"2024-05-01T10:00:00Z"}]})";

// Collects the (single) result of a call; counts how often the callback ran.
template <typename T> struct Outcome
{
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    std::shared_ptr<std::optional<ctx::Result<T>>> result
        = std::make_shared<std::optional<ctx::Result<T>>>();

    ctx::Callback<T> callback() const
    {
        return [calls = calls, result = result](ctx::Result<T> r) {
            ++*calls;
            result->emplace(std::move(r));
        };
    }
    bool done() const { return *calls > 0; }
    const ctx::Result<T> &get() const { return **result; }
};

// A connection to `url` with `token`.
inline ctx::Connection connectionWith(const QUrl &url, const QString &token)
{
    ctx::Connection connection;
    connection.baseUrl = url;
    connection.token = token;
    return connection;
}

// A connection to a test server with Token; a 429 is retried quickly (tst_RestRateLimit
// covers the real waits).
inline ctx::Connection connectionTo(const QUrl &url, int timeoutMs = 10000)
{
    ctx::Connection connection = connectionWith(url, Token);
    connection.transferTimeoutMs = timeoutMs;
    connection.retry.baseDelayMs = 20;
    return connection;
}

inline void verifyNoToken(const ctx::ApiError &error)
{
    // Logged so that the suite-wide secrets scan (tests/scan-secrets.sh) reads it too.
    qInfo().noquote() << "error shown:" << error.userMessage() << "| detail:" << error.detail();
    QVERIFY2(!error.detail().contains(Token), qPrintable(error.detail()));
    QVERIFY(!error.code().contains(Token));
    QVERIFY2(!error.userMessage().contains(Token), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(QLatin1String("SECRET")));
}

inline const ctx::EnvironmentRef Env {QStringLiteral("proj"), QStringLiteral("prod")};

// A 204 with no body.
inline CannedResponse noContent()
{
    CannedResponse response;
    response.status = 204;
    response.reason = "No Content";
    return response;
}

// An environment and a context key with every awkward character, and how they go on the wire.
inline const ctx::EnvironmentRef OddEnv {QStringLiteral("my proj"), QStringLiteral("prod/eu")};
inline const QByteArray OddEnvPath = "/api/v2/projects/my%20proj/environments/prod%2Feu";
// A context key with every awkward character: ':' '/' space, non-ASCII, '?', '#', '%'.
inline const QString OddKey = QStringLiteral("org:acme/ü ß?#%");
inline const QByteArray OddKeyEncoded = "org%3Aacme%2F%C3%BC%20%C3%9F%3F%23%25";

// The error detail of a failed result; empty on success.
template <typename T> QString errorText(const ctx::Result<T> &result)
{
    return result.ok() ? QString() : result.error().detail();
}

// The common headers of every request; `hasBody` says whether it carries a JSON body.
inline void verifyHeaders(const RecordedRequest &request, bool hasBody)
{
    QCOMPARE(request.header("Authorization"), Token.toUtf8());
    QCOMPARE(request.header("LD-API-Version"), QByteArray("20240415"));
    QCOMPARE(request.header("User-Agent"), ctx::userAgent().toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.hasHeader("Content-Type"), hasBody);
    if (hasBody)
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    else
        QVERIFY(request.body.isEmpty());
    QVERIFY(!request.hasHeader("Cookie"));
}

} // namespace testsupport
