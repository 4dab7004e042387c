#pragma once

// The check of every decoder test fed a bad body: the decode failed as an invalid response,
// its detail names what was wrong, and the person is told something.

#include "ApiError.h"

#include <QTest>

template <typename Result> void verifyInvalidResponse(const Result &result, const QString &detail)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ctx::ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
    QVERIFY(!result.error().userMessage().isEmpty());
}
