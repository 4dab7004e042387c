#include "SandboxSeedWriter.h"

#include "SandboxAttributeTotals.h"
#include "SandboxBulkInsert.h"
#include "SandboxRowBatch.h"
#include "SandboxSeedEntity.h"
#include "SandboxSeedIdentities.h"
#include "SandboxSeedJson.h"
#include "SandboxSeedPlan.h"
#include "SandboxSeedRenderer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

enum Table {
    Instances,
    Contexts,
    Memberships,
    ContextKeys,
    ContextNames,
    AttributeNames,
    AttributeValues,
    TableCount
};
constexpr qsizetype kBatchRows = 512;
constexpr size_t kQueueCapacity = 32;
const char *const kKindNames[] = {"device", "location", "organization", "user"};

// Batches from the producing thread to the writing one, at most kQueueCapacity waiting.
class BatchQueue
{
public:
    bool push(SandboxRowBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_cancelled || m_batches.size() < kQueueCapacity; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // The next batch, or nothing once the producer is done and every batch was taken.
    std::optional<SandboxRowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_done || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        SandboxRowBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_notEmpty.notify_all();
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_batches.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<SandboxRowBatch> m_batches;
    bool m_done = false;
    bool m_cancelled = false;
};

struct FirstIds
{
    qint64 instance = 1;
    qint64 context = 1;
    qint64 name = 1;
};

// Plans every environment, then renders its rows into batches (the producing thread).
class Producer
{
public:
    Producer(BatchQueue &queue, const QList<SandboxSeedWriter::Environment> &environments,
        qint64 nowMs, FirstIds ids)
        : m_queue(queue)
        , m_environments(environments)
        , m_nowMs(nowMs)
        , m_ids(ids)
    {
    }

    void run()
    {
        std::vector<SandboxSeedPlan> plans;
        qint64 total = 0;
        for (const SandboxSeedWriter::Environment &environment : m_environments) {
            const SandboxEntities entities(environment.salt, m_nowMs);
            plans.push_back(SandboxSeedPlan::generate(
                entities, environment.salt, environment.listRows, m_nowMs, environment.withAnna));
            total += qint64(plans.back().instances().size() + 3 * plans.back().rows().size()
                + plans.back().memberships().size());
        }
        m_total.store(total);
        for (qsizetype i = 0; i < m_environments.size() && !m_stopped; ++i)
            produce(m_environments[i], plans[static_cast<size_t>(i)]);
        m_queue.finish();
    }

    std::atomic<qint64> m_total {0}; // rows to write, once planned
    QHash<QString, qint64> lastSeen;

private:
    static void reset(QByteArray &buffer, const char *text)
    {
        buffer.truncate(0); // keeps the capacity, unlike assigning
        buffer += text;
    }

    // Hands `batch` over when it is full (or `force`), and starts a new one.
    void hand(SandboxRowBatch &batch, bool force = false)
    {
        if (m_stopped || batch.isEmpty() || (!force && batch.rows() < kBatchRows))
            return;
        const int table = batch.table();
        const int columns = batch.columns();
        m_stopped = !m_queue.push(std::move(batch));
        batch = SandboxRowBatch(table, columns);
    }

    void noteLastSeen(quint32 entity, qint64 lastSeenMs)
    {
        qint64 &latest = lastSeen[QString::fromLatin1(kKindNames[SeedEntity::rank(entity)])];
        latest = std::max(latest, lastSeenMs);
    }

    void instances(qint64 environmentId, const SandboxSeedPlan &plan, SandboxSeedRenderer &renderer,
        qint64 firstId)
    {
        SandboxRowBatch batch(Instances, 9);
        SeedContextJson members[3];
        QByteArray context;
        QByteArray kinds;
        QByteArray kindKeys;
        QByteArray anonymousKinds;
        QByteArray idParts;
        qint64 id = firstId;
        for (const SandboxSeedPlan::Instance &instance : plan.instances()) {
            if (m_stopped)
                return;
            reset(context, "{\"kind\":\"multi\"");
            reset(kinds, "[");
            reset(kindKeys, "[");
            reset(anonymousKinds, "[");
            idParts.truncate(0);
            for (int i = 0; i < instance.size; ++i) {
                SeedContextJson &json = members[i];
                renderer.render(instance.members[i], json);
                const char *separator = i > 0 ? "," : "";
                kinds += separator;
                SandboxSeedJson::appendString(kinds, QByteArrayView(json.kind));
                kindKeys += separator;
                m_scratch.truncate(0);
                m_scratch += json.kind;
                m_scratch += ':';
                m_scratch += json.key;
                SandboxSeedJson::appendString(kindKeys, QByteArrayView(m_scratch));
                if (json.anonymous) {
                    if (anonymousKinds.size() > 1)
                        anonymousKinds += ',';
                    SandboxSeedJson::appendString(anonymousKinds, QByteArrayView(json.kind));
                }
                if (i > 0)
                    idParts += ':';
                idParts += m_scratch;
                context += ',';
                SandboxSeedJson::appendString(context, QByteArrayView(json.kind));
                context += ':';
                context += json.member;
            }
            context += '}';
            kinds += ']';
            kindKeys += ']';
            anonymousKinds += ']';
            batch.addInteger(id++);
            batch.addInteger(environmentId);
            // Instance ids look like LaunchDarkly's: base64url of "kind:key[:kind:key...]".
            batch.addText(
                idParts.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            batch.addText(m_applications[instance.application]);
            batch.addInteger(instance.lastSeenMs);
            batch.addText(instance.size == 1 ? members[0].single : context);
            batch.addText(kinds);
            batch.addText(kindKeys);
            batch.addText(anonymousKinds);
            hand(batch);
        }
        hand(batch, true);
    }

    void contexts(qint64 environmentId, const SandboxSeedPlan &plan, SandboxSeedRenderer &renderer,
        SandboxSeedIdentities &identities, SandboxAttributeTotals &totals)
    {
        SandboxRowBatch batch(Contexts, 11);
        SeedContextJson json;
        QHash<QString, QList<SandboxAttributeTotals::Row>> specials; // "kind\nkey" -> rows
        qint64 id = m_ids.context;
        for (const SandboxSeedPlan::Row &row : plan.rows()) {
            if (m_stopped)
                return;
            const bool special = SeedEntity::kind(row.entity) == SeedEntity::Special;
            renderer.render(row.entity, json,
                row.firstOfEntity && !special
                    && SeedEntity::kind(row.entity) != SeedEntity::Anonymous);
            noteLastSeen(row.entity, row.lastSeenMs);
            batch.addInteger(id++);
            batch.addInteger(environmentId);
            batch.addText(json.kind);
            batch.addText(json.key);
            batch.addText(m_applications[row.application]);
            if (json.hasName)
                batch.addText(json.name);
            else
                batch.addNull();
            batch.addInteger(row.lastSeenMs);
            batch.addText(json.attributes);
            batch.addText(json.privateAttributes);
            batch.addInteger(json.anonymous ? 1 : 0);
            batch.addInteger(m_ids.instance + row.instance);
            hand(batch);
            identities.add(json.key, json.hasName ? &json.name : nullptr,
                static_cast<quint8>(SeedEntity::rank(row.entity)), row.application, id - 1);
            if (special) {
                specials[QString::fromUtf8(json.kind + '\n' + json.key)].append(
                    {json.hasName ? std::optional(QString::fromUtf8(json.name)) : std::nullopt,
                        QString::fromUtf8(json.attributes),
                        QString::fromUtf8(json.privateAttributes)});
            }
        }
        hand(batch, true);
        renderer.countInto(totals);
        for (auto it = specials.cbegin(); it != specials.cend(); ++it)
            totals.add(it.key().left(it.key().indexOf(u'\n')), it.value());
    }

    void memberships(const SandboxSeedPlan &plan)
    {
        SandboxRowBatch batch(Memberships, 2);
        for (const auto &[row, instance] : plan.memberships()) {
            batch.addInteger(m_ids.context + row);
            batch.addInteger(m_ids.instance + instance);
            hand(batch);
        }
        hand(batch, true);
    }

    void produce(const SandboxSeedWriter::Environment &environment, const SandboxSeedPlan &plan)
    {
        const SandboxEntities entities(environment.salt, m_nowMs);
        SandboxSeedRenderer renderer(entities);
        SandboxAttributeTotals totals;
        SandboxSeedIdentities identities;
        instances(environment.id, plan, renderer, m_ids.instance);
        contexts(environment.id, plan, renderer, identities, totals);
        // The keys and names are sorted on a third thread while the memberships and attribute
        // totals go out, so that the writing thread is not left waiting for a sort of millions.
        std::thread sorter([this, &identities] { identities.sort(m_applications); });
        memberships(plan);
        const auto push = [this](SandboxRowBatch &&batch) {
            if (!m_stopped)
                m_stopped = !m_queue.push(std::move(batch));
            return !m_stopped;
        };
        m_ids.instance += qint64(plan.instances().size());
        m_ids.context += qint64(plan.rows().size());
        m_ids.name
            = totals.toBatches(environment.id, m_ids.name, AttributeNames, AttributeValues, push);
        sorter.join();
        if (!m_stopped)
            identities.write(
                environment.id, kKindNames, m_applications, ContextKeys, ContextNames, push);
    }

    BatchQueue &m_queue;
    const QList<SandboxSeedWriter::Environment> m_environments;
    QByteArray m_applications[SandboxSeedPlan::kApplications]
        = {SandboxSeedPlan::application(0).toUtf8(), SandboxSeedPlan::application(1).toUtf8(),
            SandboxSeedPlan::application(2).toUtf8(), SandboxSeedPlan::application(3).toUtf8()};
    QByteArray m_scratch;
    const qint64 m_nowMs;
    FirstIds m_ids;
    bool m_stopped = false;
};

std::optional<qint64> nextId(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT coalesce(MAX(id), 0) + 1 FROM "_s + table) && query.next())
        return query.value(0).toLongLong();
    if (error)
        *error = u"Cannot read the table %1: %2"_s.arg(table, query.lastError().text());
    return std::nullopt;
}

} // namespace

SandboxSeedWriter::SandboxSeedWriter(const QSqlDatabase &db, qint64 nowMs)
    : m_db(db)
    , m_nowMs(nowMs)
{
}

bool SandboxSeedWriter::write(
    const QList<Environment> &environments, const Progress &progress, QString *error)
{
    const std::optional<qint64> instance = nextId(m_db, u"instances"_s, error);
    const std::optional<qint64> context = nextId(m_db, u"contexts"_s, error);
    const std::optional<qint64> name = nextId(m_db, u"attribute_names"_s, error);
    if (!instance || !context || !name)
        return false;
    SandboxBulkInsert inserts[TableCount] = {
        {m_db, u"instances"_s,
            {u"id"_s, u"env_id"_s, u"instance_key"_s, u"application_id"_s, u"last_seen_ms"_s,
                u"context"_s, u"kinds"_s, u"kind_keys"_s, u"anonymous_kinds"_s}},
        {m_db, u"contexts"_s,
            {u"id"_s, u"env_id"_s, u"kind"_s, u"key"_s, u"application_id"_s, u"name"_s,
                u"last_seen_ms"_s, u"attributes"_s, u"private_attributes"_s, u"anonymous"_s,
                u"instance_id"_s}},
        {m_db, u"context_instances"_s, {u"context_id"_s, u"instance_id"_s}},
        {m_db, u"context_keys"_s,
            {u"env_id"_s, u"key"_s, u"kind"_s, u"application_id"_s, u"context_id"_s}},
        {m_db, u"context_names"_s, {u"env_id"_s, u"name"_s, u"context_id"_s}},
        {m_db, u"attribute_names"_s,
            {u"id"_s, u"env_id"_s, u"kind"_s, u"pointer"_s, u"weight"_s, u"redacted"_s}},
        {m_db, u"attribute_values"_s, {u"name_id"_s, u"value"_s, u"weight"_s}},
    };

    BatchQueue queue;
    Producer producer(queue, environments, m_nowMs, {*instance, *context, *name});
    std::thread thread([&producer] { producer.run(); });
    qint64 done = 0;
    bool ok = true;
    while (const std::optional<SandboxRowBatch> batch = queue.pop()) {
        ok = inserts[batch->table()].insert(*batch, error);
        if (!ok) {
            queue.cancel();
            break;
        }
        if (batch->table() <= ContextNames)
            done += batch->rows();
        if (progress)
            progress(done, producer.m_total.load());
    }
    thread.join();
    m_lastSeen = producer.lastSeen;
    return ok;
}

} // namespace sandbox
