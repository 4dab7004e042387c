#include "ContextDetail.h"

#include "FilterExpression.h"

#include <QJsonArray>

namespace ctx {

namespace {
// Pages of instances followed before giving up on listing them all (and on offering delete).
constexpr int maxInstancePages = 20;
constexpr std::array allSections
    = {ContextDetail::Section::Versions, ContextDetail::Section::Instances,
        ContextDetail::Section::Flags, ContextDetail::Section::Segments};
} // namespace

ContextDetail::ContextDetail(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_deleter(api)
    , m_variations(api)
{
    connect(&m_deleter, &InstanceDeleter::deletingChanged, this, &ContextDetail::deletingChanged);
    connect(&m_deleter, &InstanceDeleter::deleted, this, &ContextDetail::instanceDeleted);
    connect(&m_deleter, &InstanceDeleter::alreadyGone, this, &ContextDetail::instanceAlreadyGone);
    connect(&m_deleter, &InstanceDeleter::failed, this, &ContextDetail::deleteFailed);
    connect(
        &m_variations, &VariationSetter::variationsLoaded, this, &ContextDetail::variationsLoaded);
    connect(
        &m_variations, &VariationSetter::variationsFailed, this, &ContextDetail::variationsFailed);
    connect(
        &m_variations, &VariationSetter::variationFailed, this, &ContextDetail::variationFailed);
    connect(&m_variations, &VariationSetter::variationSet, this, [this](const QString &flagKey) {
        emit variationSet(flagKey);
        reloadSection(Section::Flags);
    });
}

ContextDetail::~ContextDetail() = default;

void ContextDetail::setEnvironment(const EnvironmentRef &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    setContext(std::nullopt);
}

void ContextDetail::setContext(const std::optional<ContextRecord> &record)
{
    cancelReads();
    // Writes for the previous context keep going; their outcome no longer concerns this one.
    m_deleter.detach();
    m_variations.setContext(m_environment, record);
    m_record = record;
    m_versions.clear();
    m_foundOnServer = true;
    m_currentSource = -1;
    m_instanceBuffer.clear();
    m_instancesTruncated = false;
    m_selectedInstance = -1;
    m_instances.setInstances({});
    m_instanceContexts.setRecords({});
    m_flags.setEvaluations({});
    m_segments.setSegments({});
    for (SectionSlot &s : m_sections)
        s.state = {};
    if (m_record) {
        // The row's own record shows at once; the server's versions replace it when they come.
        m_versions = {*m_record};
        m_currentSource = 0;
        m_attributes.setContext(*m_record);
    } else {
        m_attributes.clear();
    }
    emit contextChanged();
    if (canLoad()) {
        reload();
    } else {
        for (const Section section : allSections)
            emit sectionChanged(section);
    }
}

bool ContextDetail::canLoad() const
{
    return m_record && !m_environment.projectKey.isEmpty()
        && !m_environment.environmentKey.isEmpty();
}

void ContextDetail::cancelReads()
{
    for (SectionSlot &s : m_sections) {
        ++s.generation;
        if (s.pending)
            s.pending->cancel();
        s.pending.reset();
    }
}

ContextDetail::SectionState ContextDetail::state(Section section) const
{
    return slot(section).state;
}

void ContextDetail::reload()
{
    for (const Section section : allSections)
        reloadSection(section);
}

void ContextDetail::reloadSection(Section section)
{
    if (!canLoad())
        return;
    switch (section) {
    case Section::Versions:
        loadVersions();
        break;
    case Section::Instances:
        m_instanceBuffer.clear();
        m_instancePages = 0;
        m_instancesTruncated = false;
        loadInstances(QString());
        break;
    case Section::Flags:
        loadFlags();
        break;
    case Section::Segments:
        loadSegments();
        break;
    }
}

quint64 ContextDetail::begin(Section section)
{
    SectionSlot &s = slot(section);
    if (s.pending)
        s.pending->cancel();
    s.pending.reset();
    s.state.loading = true;
    s.state.error.reset();
    emit sectionChanged(section);
    return ++s.generation;
}

bool ContextDetail::isCurrent(Section section, quint64 generation) const
{
    return slot(section).generation == generation;
}

void ContextDetail::finish(Section section, const std::optional<ApiError> &error)
{
    SectionSlot &s = slot(section);
    s.pending.reset();
    s.state.loading = false;
    // A request cancelled by someone else is not a failure to report.
    if (error && error->kind() != ApiError::Kind::Cancelled)
        s.state.error = error;
    emit sectionChanged(section);
}

void ContextDetail::loadVersions()
{
    const quint64 generation = begin(Section::Versions);
    slot(Section::Versions).pending = m_api->contextVersions(m_environment, m_record->kind,
        m_record->key, replyTo<ContextsPage>(this, [this, generation](Result<ContextsPage> result) {
            if (!isCurrent(Section::Versions, generation))
                return;
            if (!result.ok()) {
                finish(Section::Versions, result.error());
                return;
            }
            const QList<ContextRecord> &items = result.value().items;
            // Not one version could be read: say why, rather than show the list's record as if
            // the server had none. (Readable versions beside an unreadable one are shown.)
            if (items.isEmpty() && !result.value().unreadable.isEmpty()) {
                finish(Section::Versions,
                    ApiError(ApiError::Kind::InvalidResponse, result.value().unreadable.first()));
                return;
            }
            m_foundOnServer = !items.isEmpty();
            m_versions = items.isEmpty() ? QList<ContextRecord> {*m_record} : items;
            int index = 0;
            for (int i = 0; i < m_versions.size(); ++i) {
                if (m_versions.at(i).applicationId == m_record->applicationId) {
                    index = i;
                    break;
                }
            }
            finish(Section::Versions, std::nullopt);
            selectSource(index);
        }));
}

QStringList ContextDetail::applicationIds() const
{
    QStringList ids;
    for (const ContextRecord &version : m_versions)
        ids.append(version.applicationId);
    return ids;
}

void ContextDetail::selectSource(int index)
{
    if (index < 0 || index >= m_versions.size())
        return;
    m_currentSource = index;
    m_attributes.setContext(m_versions.at(index));
    emit sourceSelected(index);
}

void ContextDetail::loadInstances(const QString &continuationToken)
{
    const quint64 generation = continuationToken.isEmpty() ? begin(Section::Instances)
                                                           : slot(Section::Instances).generation;
    const QString filter = QStringLiteral("kindKeys contains ")
        + filter::printValue(QJsonArray {m_record->kindKey()});
    slot(Section::Instances).pending
        = m_api->searchContextInstances(m_environment, filter, continuationToken,
            replyTo<ContextInstancesPage>(
                this, [this, generation](Result<ContextInstancesPage> result) {
                    if (!isCurrent(Section::Instances, generation))
                        return;
                    if (!result.ok()) {
                        m_instanceBuffer.clear();
                        finish(Section::Instances, result.error());
                        return;
                    }
                    m_instanceBuffer.append(result.value().items);
                    ++m_instancePages;
                    const QString next = result.value().continuationToken;
                    if (!next.isEmpty() && m_instancePages < maxInstancePages) {
                        loadInstances(next);
                        return;
                    }
                    m_instancesTruncated = !next.isEmpty();
                    m_instances.setInstances(m_instanceBuffer);
                    m_instanceBuffer.clear();
                    selectInstance(-1);
                    finish(Section::Instances, std::nullopt);
                }));
}

void ContextDetail::selectInstance(int row)
{
    if (row < 0 || row >= m_instances.rowCount()) {
        m_selectedInstance = -1;
        m_instanceContexts.setRecords({});
        return;
    }
    m_selectedInstance = row;
    m_instanceContexts.setRecords(m_instances.instance(row).contexts);
}

void ContextDetail::loadFlags()
{
    const quint64 generation = begin(Section::Flags);
    slot(Section::Flags).pending = m_api->evaluateFlags(m_environment,
        evaluationContextJson(*m_record),
        replyTo<QList<FlagEvaluation>>(this, [this, generation](Result<QList<FlagEvaluation>> r) {
            if (!isCurrent(Section::Flags, generation))
                return;
            if (r.ok()) // a failed reload keeps the last good evaluations
                m_flags.setEvaluations(r.value());
            finish(Section::Flags, r.ok() ? std::nullopt : std::optional(r.error()));
        }));
}

void ContextDetail::loadSegments()
{
    const quint64 generation = begin(Section::Segments);
    slot(Section::Segments).pending
        = m_api->evaluateSegments(m_environment, evaluationContextJson(*m_record),
            replyTo<QList<SegmentMembership>>(
                this, [this, generation](Result<QList<SegmentMembership>> r) {
                    if (!isCurrent(Section::Segments, generation))
                        return;
                    if (r.ok()) // a failed reload keeps the last good memberships
                        m_segments.setSegments(r.value());
                    finish(Section::Segments, r.ok() ? std::nullopt : std::optional(r.error()));
                }));
}

ContextDetail::DeleteAvailability ContextDetail::deleteAvailability() const
{
    if (!m_record)
        return {false, tr("No context is selected.")};
    const SectionState &instances = slot(Section::Instances).state;
    if (instances.loading)
        return {false, tr("Loading instances…")};
    if (instances.error)
        return {false, tr("The instances could not be loaded.")};
    if (!canLoad())
        return {false, tr("Not connected to an environment.")};
    if (m_instancesTruncated)
        return {false,
            tr("This context is part of more instances than could be listed; delete is offered "
               "only when there is exactly one, to avoid mass deletes.")};
    const int count = static_cast<int>(m_instances.distinctInstanceIds().size());
    if (count == 0)
        return {false, tr("This context is not part of any instance.")};
    if (count > 1)
        return {false,
            tr("This context is part of %n instances; delete is offered only when there is "
               "exactly one, to avoid mass deletes.",
                nullptr, count)};
    return {true, QString()};
}

ContextInstance ContextDetail::instanceToDelete() const
{
    if (!deleteAvailability().allowed)
        return {};
    return m_instances.instance(0);
}

bool ContextDetail::deleteInstance()
{
    if (m_deleter.isDeleting() || !deleteAvailability().allowed)
        return false;
    return m_deleter.start(m_environment, instanceToDelete().id, *m_record);
}

void ContextDetail::setClock(std::function<QDateTime()> clock)
{
    m_instances.setClock(clock);
    m_instanceContexts.setClock(std::move(clock));
}

} // namespace ctx
