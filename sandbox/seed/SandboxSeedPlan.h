#pragma once

#include "SandboxEntities.h"

#include <QString>

#include <vector>

namespace sandbox {

// What one environment's seed holds, before any JSON: every instance version (the contexts of
// an evaluation, seen from one application, with its latest time), every list row (a context
// seen from one application, with its latest time and instance) and which rows each instance
// holds. Contexts are SeedEntity values. The same salt, count and time give the same plan.
//
// Repeated sightings merge as LaunchDarkly does: a row or instance seen again keeps the latest
// time, and a row's instance is the one it was last seen in.
class SandboxSeedPlan
{
public:
    struct Instance
    {
        qint64 lastSeenMs = 0;
        quint32 members[3] = {}; // in kind order
        quint8 size = 0;
        quint8 application = 0;
    };
    struct Row
    {
        qint64 lastSeenMs = 0;
        quint32 entity = 0;
        int instance = 0;
        quint8 application = 0;
        bool firstOfEntity = false; // the entity's first row: its attributes count once
    };

    // `listRows` non-anonymous rows (at least); Anna's example first when `withAnna`.
    // Instances come in the order of their last-seen time and rows in the order of (anonymous,
    // last-seen time), keeping the order of creation among equals, so that row ids given in
    // this order make the list indexes (contexts_recent, instances_recent) cheap to keep.
    static SandboxSeedPlan generate(
        const SandboxEntities &entities, quint64 seed, int listRows, qint64 nowMs, bool withAnna);

    const std::vector<Instance> &instances() const { return m_instances; }
    const std::vector<Row> &rows() const { return m_rows; }
    // (row, instance) pairs, sorted.
    const std::vector<std::pair<int, int>> &memberships() const { return m_memberships; }

    static const QString &application(int index);
    static constexpr int kApplications = 4;

private:
    struct Builder;

    void sortByTime();

    std::vector<Instance> m_instances;
    std::vector<Row> m_rows;
    std::vector<std::pair<int, int>> m_memberships;
};

} // namespace sandbox
