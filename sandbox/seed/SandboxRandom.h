#pragma once

#include <QtGlobal>

#include <cstddef>

namespace sandbox {

// splitmix64: a tiny, fast, fixed-seed generator, so that seeded data is the same on every
// machine and every run (std::random_device or QRandomGenerator::global() would not be).
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed)
        : m_state(seed)
    {
    }

    static quint64 mix(quint64 value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }

    // Uniform in [0, bound); bound > 0. The modulo bias is irrelevant for seed data.
    quint64 below(quint64 bound) { return next() % bound; }
    int index(qsizetype size) { return static_cast<int>(below(static_cast<quint64>(size))); }
    bool percent(int chance) { return below(100) < static_cast<quint64>(chance); }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    quint64 m_state;
};

} // namespace sandbox
