#pragma once

// What every bad-server test checks: the sentence the person sees, and that what a model
// showed before the fault is still what it shows.

#include "ApiError.h"
#include "FaultServer.h"
#include "RestTestSupport.h"

#include <QAbstractItemModel>
#include <QMetaType>
#include <QStringList>
#include <QTest>

#include <initializer_list>

Q_DECLARE_METATYPE(testsupport::FaultResponse)

namespace testsupport {

// One clear sentence (or two) that says what failed: no exception or parser text, no
// markup, no raw bytes from the body, no token; `mentions` (case-insensitive) appears in it.
inline void verifyClearSentence(const ctx::ApiError &error, const QString &mentions)
{
    verifyNoToken(error); // also logs the sentence for the suite's secrets scan
    if (QTest::currentTestFailed())
        return;
    const QString text = error.userMessage();
    const QByteArray shown = text.toUtf8();
    QVERIFY2(text.endsWith(QLatin1Char('.')), shown.constData());
    QVERIFY2(text.size() < 500, shown.constData());
    for (const QChar c : text)
        QVERIFY2(!c.isNonCharacter() && c != QChar::ReplacementCharacter
                && c.category() != QChar::Other_Control,
            shown.constData());
    for (const char *raw : {"json.exception", "[json", "last read", "<html", "<!doctype", "<body",
             "what()", "Decompression failed", "QNetworkReply"})
        QVERIFY2(!text.contains(QLatin1String(raw), Qt::CaseInsensitive), shown.constData());
    QVERIFY2(text.contains(mentions, Qt::CaseInsensitive),
        qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(text, mentions)));
}

// Every cell's display text, row by row, and the header: what the person sees of a model.
inline QStringList snapshot(const QAbstractItemModel &model)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model.columnCount(); ++column)
            line.append(model.index(row, column).data(Qt::DisplayRole).toString());
        cells.append(line.join(QLatin1Char('|')));
    }
    return cells;
}

// Content-Length announces 100 MB; the bytes are made as they are sent.
inline FaultResponse hundredMegabytes(bool chunked)
{
    FaultResponse response = FaultResponse::json(200, {});
    response.generatedBytes = qint64(100) * 1000 * 1000;
    response.chunked = chunked;
    return response;
}

// A 429 that asks to wait 0 seconds: the retries go at once, and stop after RetryPolicy's
// maxAttempts sends.
inline FaultResponse rateLimited()
{
    FaultResponse response = FaultResponse::json(
        429, R"({"code":"rate_limited","message":"You have exceeded the API rate limit."})");
    response.headers.append({QByteArray("Retry-After"), QByteArray("0")});
    return response;
}

// The response, then the connection goes `end` after `bodyBytes` of the body.
inline FaultResponse cutAfter(FaultResponse response, qint64 bodyBytes, FaultResponse::End end)
{
    response.bodyLimit = bodyBytes;
    response.end = end;
    return response;
}

// One scripted fault and what the person must be told.
struct FaultCase
{
    const char *name;
    FaultResponse response;
    ctx::ApiError::Kind kind;
    QString mentions;
};

// Every error status the spec lists for the operations the app uses (400, 401, 403, 404,
// 409, 429), 405, and the 5xx a proxy or the service sends, with the bodies they come with.
inline QList<FaultCase> statusCases()
{
    using K = ctx::ApiError::Kind;
    const auto json = [](int status, const char *code, const char *message) {
        return FaultResponse::json(
            status, QByteArray(R"({"code":")") + code + R"(","message":")" + message + R"("})");
    };
    FaultResponse unavailable = FaultResponse::json(503, "Service Unavailable");
    unavailable.headers = {{"Content-Type", "text/plain"}, {"Retry-After", "120"}};
    unavailable.reason = "Service Unavailable";
    FaultResponse badGateway
        = FaultResponse::html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    badGateway.reason = "Bad Gateway";
    return {
        {"400", json(400, "invalid_request", "The filter is not valid."), K::BadRequest,
            QStringLiteral("(400): The filter is not valid")},
        {"401", json(401, "unauthorized", "Invalid access token"), K::Unauthorized,
            QStringLiteral("access token (401)")},
        {"403", json(403, "forbidden", "Access to the requested resource was denied."),
            K::Forbidden, QStringLiteral("(403)")},
        {"404", json(404, "not_found", "Unknown resource."), K::NotFound, QStringLiteral("(404)")},
        {"405", json(405, "method_not_allowed", "Method not allowed."), K::UnexpectedStatus,
            QStringLiteral("(405)")},
        {"409", json(409, "conflict", "The resource changed."), K::Conflict,
            QStringLiteral("conflict (409)")},
        {"429", rateLimited(), K::RateLimited, QStringLiteral("(429)")},
        {"500", json(500, "internal_server_error", "Something went wrong."), K::ServerError,
            QStringLiteral("(500)")},
        {"502 html page", badGateway, K::ServerError, QStringLiteral("(502): Bad Gateway")},
        {"503 plain text", unavailable, K::ServerError,
            QStringLiteral("(503): Service Unavailable")},
    };
}

} // namespace testsupport
