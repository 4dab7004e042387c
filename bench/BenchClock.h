#pragma once

#include <QtGlobal>

#include <chrono>

// Microseconds on the monotonic clock (CLOCK_MONOTONIC on Linux), which every process of
// the machine shares: a parent can compare a child's readings with its own.
namespace BenchClock {

inline qint64 us()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace BenchClock
