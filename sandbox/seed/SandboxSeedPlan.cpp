#include "SandboxSeedPlan.h"

#include "SandboxRandom.h"
#include "SandboxSeedEntity.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <thread>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kDayMs = 86400000;

enum Application : quint8 { IosApp, AndroidApp, GoSdk, Web };
const QString kApplicationNames[]
    = {u"ios-app/5.2.1"_s, u"android-app/4.0.3"_s, u"GoSDK/1.2"_s, u"web/2026.11.0"_s};

// An instance version: its application and its contexts.
struct InstanceKey
{
    quint64 a = 0;
    quint64 b = 0;
    bool operator==(const InstanceKey &) const = default;
};
size_t qHash(const InstanceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.a, key.b);
}

// The contexts of one kind: a new one, or (sometimes, or always once `cap` exist) one seen
// before, so that contexts recur in several instances and from several applications.
class Pool
{
public:
    explicit Pool(SeedEntity::Kind kind)
        : m_kind(kind)
    {
    }

    quint32 pick(SandboxRandom &random, int reusePercent, int cap = INT_MAX)
    {
        if (m_count > 0 && (m_count >= cap || random.percent(reusePercent)))
            return SeedEntity::make(m_kind, random.index(m_count));
        return fresh();
    }

    quint32 fresh() { return SeedEntity::make(m_kind, m_count++); }

private:
    SeedEntity::Kind m_kind;
    int m_count = 0;
};

// Which application a set of contexts is seen from: a device decides; otherwise a mix.
quint8 applicationFor(
    const SandboxEntities &entities, const quint32 *members, int count, SandboxRandom &random)
{
    for (int i = 0; i < count; ++i) {
        if (SeedEntity::kind(members[i]) != SeedEntity::Device)
            continue;
        switch (entities.devicePlatform(SeedEntity::index(members[i]))) {
        case Platform::Apple:
            return IosApp;
        case Platform::Android:
            return AndroidApp;
        case Platform::Desktop:
            return Web;
        case Platform::None:
            break;
        }
    }
    const quint64 roll = random.below(100);
    if (roll < 40)
        return Web;
    if (roll < 60)
        return GoSdk;
    return roll < 80 ? IosApp : AndroidApp;
}

} // namespace

struct SandboxSeedPlan::Builder
{
    SandboxSeedPlan &plan;
    QHash<InstanceKey, int> instances;
    // By kind, at index * kApplications + application: the entity's row seen from that
    // application, or -1 (entities of a kind are numbered from 0, so an array beats a hash).
    std::vector<int> rows[SeedEntity::Special + 1];
    std::vector<bool> hasRow[SeedEntity::Special]; // by kind and index: has a row already
    int listRows = 0;

    int &rowOf(quint32 entity, quint8 application)
    {
        std::vector<int> &ofKind = rows[SeedEntity::kind(entity)];
        const auto at
            = static_cast<size_t>(SeedEntity::index(entity)) * kApplications + application;
        if (at >= ofKind.size())
            ofKind.resize(std::max(at + 1, ofKind.size() * 2), -1);
        return ofKind[at];
    }

    bool firstRowOf(quint32 entity)
    {
        const SeedEntity::Kind kind = SeedEntity::kind(entity);
        if (kind == SeedEntity::Special)
            return false; // counted from their JSON
        std::vector<bool> &known = hasRow[kind];
        const auto index = static_cast<size_t>(SeedEntity::index(entity));
        if (index >= known.size())
            known.resize(std::max(index + 1, known.size() * 2));
        if (known[index])
            return false;
        known[index] = true;
        return true;
    }

    // One evaluation: the contexts of one instance, seen from `application`.
    void record(std::initializer_list<quint32> contexts, quint8 application, qint64 lastSeenMs)
    {
        Instance fresh;
        fresh.lastSeenMs = lastSeenMs;
        fresh.application = application;
        for (const quint32 context : contexts)
            fresh.members[fresh.size++] = context;
        // In kind order (the kinds of an instance differ); three at most.
        for (int i = 1; i < fresh.size; ++i) {
            for (int j = i; j > 0
                 && SeedEntity::rank(fresh.members[j]) < SeedEntity::rank(fresh.members[j - 1]);
                 --j)
                std::swap(fresh.members[j], fresh.members[j - 1]);
        }
        const InstanceKey key {(quint64(fresh.members[0]) << 32) | fresh.members[1],
            (quint64(fresh.members[2]) << 32) | (quint64(fresh.size) << 8) | application};
        int instance = instances.value(key, -1);
        const bool isNew = instance < 0;
        if (isNew) {
            instance = static_cast<int>(plan.m_instances.size());
            instances.insert(key, instance);
            plan.m_instances.push_back(fresh);
        } else {
            qint64 &latest = plan.m_instances[static_cast<size_t>(instance)].lastSeenMs;
            latest = std::max(latest, lastSeenMs);
        }
        for (int i = 0; i < fresh.size; ++i) {
            const quint32 entity = fresh.members[i];
            int &row = rowOf(entity, application);
            if (row < 0) {
                row = static_cast<int>(plan.m_rows.size());
                plan.m_rows.push_back(
                    {lastSeenMs, entity, instance, application, firstRowOf(entity)});
                if (SeedEntity::kind(entity) != SeedEntity::Anonymous)
                    ++listRows;
            } else if (Row &existing = plan.m_rows[static_cast<size_t>(row)];
                       lastSeenMs > existing.lastSeenMs) {
                existing.lastSeenMs = lastSeenMs;
                existing.instance = instance;
            }
            if (isNew)
                plan.m_memberships.emplace_back(row, instance);
        }
    }

    // "Anna at Global Health" (LaunchDarkly docs): Anna in Springfield on her Android phone, in
    // Midway on her iPad, and alone from a Go service. Her email is private in the Android app.
    void recordAnna(qint64 nowMs)
    {
        const auto special = [](int which) { return SeedEntity::make(SeedEntity::Special, which); };
        record({special(SeedEntity::AnnaPrivate), special(SeedEntity::GlobalHealthSpringfield),
                   special(SeedEntity::AnnasAndroid)},
            AndroidApp, nowMs - qint64(4) * 60000 - 321);
        record({special(SeedEntity::Anna), special(SeedEntity::GlobalHealthMidway),
                   special(SeedEntity::AnnasIpad)},
            IosApp, nowMs - qint64(2) * 3600000 - 654);
        record({special(SeedEntity::Anna)}, GoSdk, nowMs - kDayMs - 987);
    }

    void generate(const SandboxEntities &entities, quint64 seed, int target, qint64 nowMs)
    {
        SandboxRandom random(seed);
        Pool users(SeedEntity::User);
        Pool organizations(SeedEntity::Organization);
        Pool devices(SeedEntity::Device);
        Pool locations(SeedEntity::Location);
        Pool anonymous(SeedEntity::Anonymous);
        const int organizationCap = std::max(8, target / 20);
        const qint64 guard = static_cast<qint64>(target) * 20 + 100;
        for (qint64 round = 0; listRows < target && round < guard; ++round) {
            const qint64 seen = nowMs - static_cast<qint64>(random.below(30 * kDayMs));
            const int remaining = target - listRows;
            const quint64 shape = remaining < 3 ? 0 : random.below(100);
            quint32 members[3];
            int count = 0;
            if (remaining < 3) {
                members[count++] = users.fresh(); // exactly one new row
            } else if (shape < 38) {
                members[count++] = users.pick(random, 25);
            } else if (shape < 46) {
                members[count++] = organizations.pick(random, 60, organizationCap);
            } else if (shape < 54) {
                members[count++] = devices.pick(random, 15);
            } else if (shape < 58) {
                members[count++] = locations.pick(random, 50, SandboxEntities::kLocations);
            } else if (shape < 90) {
                members[count++] = users.pick(random, 30);
                if (shape < 70 || shape >= 82)
                    members[count++] = organizations.pick(random, 70, organizationCap);
                if (shape >= 70)
                    members[count++] = devices.pick(random, 15);
            } else {
                members[count++] = anonymous.fresh();
                if (shape >= 96)
                    members[count++] = organizations.pick(random, 70, organizationCap);
            }
            const quint8 application = applicationFor(entities, members, count, random);
            switch (count) {
            case 1:
                record({members[0]}, application, seen);
                break;
            case 2:
                record({members[0], members[1]}, application, seen);
                break;
            default:
                record({members[0], members[1], members[2]}, application, seen);
                break;
            }
        }
    }
};

SandboxSeedPlan SandboxSeedPlan::generate(
    const SandboxEntities &entities, quint64 seed, int listRows, qint64 nowMs, bool withAnna)
{
    SandboxSeedPlan plan;
    const auto expected = static_cast<size_t>(std::max(0, listRows));
    plan.m_rows.reserve(expected + expected / 8);
    plan.m_instances.reserve(expected);
    plan.m_memberships.reserve(expected + expected / 2);
    {
        Builder builder {plan, {}, {}, {}, 0};
        builder.instances.reserve(static_cast<qsizetype>(expected));
        if (withAnna)
            builder.recordAnna(nowMs);
        builder.generate(entities, seed, listRows, nowMs);
    }
    plan.sortByTime();
    return plan;
}

void SandboxSeedPlan::sortByTime()
{
    // (sort key, old position), sorted: the old position breaks ties, so the order is stable.
    using Order = std::vector<std::pair<qint64, int>>;
    // Rows: the listed ones first, as the list index has (anonymous, last seen). Times are
    // positive and below 2^62, so the anonymous flag fits above them. Sorted on a second
    // thread while this one sorts the instances (a seed of millions spends seconds here).
    Order order;
    std::thread rowSort([this, &order] {
        order.reserve(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const bool anonymous = SeedEntity::kind(m_rows[i].entity) == SeedEntity::Anonymous;
            order.emplace_back(
                m_rows[i].lastSeenMs | (anonymous ? qint64(1) << 62 : 0), static_cast<int>(i));
        }
        std::sort(order.begin(), order.end());
    });
    Order instanceOrder;
    instanceOrder.reserve(m_instances.size());
    for (size_t i = 0; i < m_instances.size(); ++i)
        instanceOrder.emplace_back(m_instances[i].lastSeenMs, static_cast<int>(i));
    std::sort(instanceOrder.begin(), instanceOrder.end());
    std::vector<int> instanceAt(m_instances.size());
    std::vector<Instance> instances;
    instances.reserve(m_instances.size());
    for (const auto &[time, old] : instanceOrder) {
        instanceAt[size_t(old)] = static_cast<int>(instances.size());
        instances.push_back(m_instances[size_t(old)]);
    }
    m_instances = std::move(instances);
    rowSort.join();

    std::vector<int> rowAt(m_rows.size());
    std::vector<Row> rows;
    rows.reserve(m_rows.size());
    for (const auto &[key, old] : order) {
        rowAt[size_t(old)] = static_cast<int>(rows.size());
        rows.push_back(m_rows[size_t(old)]);
        rows.back().instance = instanceAt[size_t(rows.back().instance)];
    }
    m_rows = std::move(rows);

    // Memberships by (row, instance): counted into their rows' places (a row has a few), then
    // each row's instances sorted, which is linear where one sort of millions is not.
    std::vector<int> start(m_rows.size() + 1, 0);
    for (const auto &[row, instance] : m_memberships)
        ++start[size_t(rowAt[size_t(row)]) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<std::pair<int, int>> memberships(m_memberships.size());
    std::vector<int> next(start.begin(), start.end() - 1);
    for (const auto &[row, instance] : m_memberships) {
        const int at = rowAt[size_t(row)];
        memberships[size_t(next[size_t(at)]++)] = {at, instanceAt[size_t(instance)]};
    }
    for (size_t i = 0; i + 1 < start.size(); ++i)
        std::sort(memberships.begin() + start[i], memberships.begin() + start[i + 1]);
    m_memberships = std::move(memberships);
}

const QString &SandboxSeedPlan::application(int index)
{
    return kApplicationNames[std::clamp(index, 0, kApplications - 1)];
}

} // namespace sandbox
