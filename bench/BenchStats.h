#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

// Latency samples in milliseconds and their percentiles (nearest rank).
class BenchStats
{
public:
    void add(double ms) { m_samples.append(ms); }
    qsizetype count() const { return m_samples.size(); }

    double percentile(double p) const
    {
        if (m_samples.isEmpty())
            return 0;
        QList<double> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }

private:
    QList<double> m_samples;
};
