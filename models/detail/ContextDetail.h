#pragma once

#include "AttributeTreeModel.h"
#include "ContextDetailTypes.h"
#include "ContextQuery.h"
#include "ContextRecord.h"
#include "ContextRecordListModel.h"
#include "ContextsApi.h"
#include "FlagEvaluationModel.h"
#include "InstanceDeleter.h"
#include "InstanceListModel.h"
#include "SegmentListModel.h"
#include "VariationSetter.h"

#include <QHash>
#include <QObject>

#include <array>
#include <optional>

namespace ctx {

// The detail pane's controller (no widgets): for the selected context it loads four
// independent sections (source versions, instances, flag evaluations, segment memberships),
// each with its own loading state and error, and offers delete (InstanceDeleter) and "set a
// variation" (VariationSetter).
//
// Reads are cancelled when the context or environment changes and their late replies are
// dropped. Writes (delete, set variation) are not cancelled by a change of selection, since
// the server may already have applied them: a delete's outcome is always reported with the
// record it was about; a variation's outcome only while its context is still selected.
class ContextDetail : public QObject
{
    Q_OBJECT
public:
    enum class Section { Versions, Instances, Flags, Segments };
    Q_ENUM(Section)

    struct SectionState
    {
        bool loading = false;
        std::optional<ApiError> error;
    };

    struct DeleteAvailability
    {
        bool allowed = false;
        QString reason; // why not, when not allowed
    };

    explicit ContextDetail(ContextsApi *api, QObject *parent = nullptr);
    ~ContextDetail() override;

    // Changing the environment clears the context.
    void setEnvironment(const EnvironmentRef &environment);
    EnvironmentRef environment() const { return m_environment; }
    // A context row of the list starts every section over; nullopt clears everything.
    void setContext(const std::optional<ContextRecord> &record);
    const std::optional<ContextRecord> &context() const { return m_record; }

    SectionState state(Section section) const;
    void reloadSection(Section section);
    void reload();

    AttributeTreeModel *attributes() { return &m_attributes; }
    InstanceListModel *instances() { return &m_instances; }
    ContextRecordListModel *instanceContexts() { return &m_instanceContexts; }
    FlagEvaluationModel *flags() { return &m_flags; }
    SegmentListModel *segments() { return &m_segments; }

    // Source versions ("From source"): the server's records of this context, one per
    // applicationId; the selected row's own record when the server has none (or yet).
    QList<ContextRecord> versions() const { return m_versions; }
    QStringList applicationIds() const;
    // False when the server answered that it has no version of this context: it was deleted,
    // or expired, since the list was loaded, or it never was in this environment.
    bool foundOnServer() const { return m_foundOnServer; }
    int currentSource() const { return m_currentSource; }
    void selectSource(int index);

    // Fills instanceContexts() with the contexts of that instance row (-1 clears).
    void selectInstance(int row);
    int selectedInstance() const { return m_selectedInstance; }

    DeleteAvailability deleteAvailability() const;
    // The instance a delete would remove (first row of the one instance id), for the
    // confirmation text; empty when delete is not allowed.
    ContextInstance instanceToDelete() const;
    // Deletes that instance (all its versions). False, and nothing sent, when not allowed
    // or when a delete is already in flight.
    bool deleteInstance();
    bool isDeleting() const { return m_deleter.isDeleting(); }

    // Set a variation (VariationSetter): individual targeting is for single-kind contexts
    // (always the case for a list row). A variation set reloads the Flags section.
    bool canSetVariation() const { return m_variations.canSet(); }
    bool loadVariations(const QString &flagKey) { return m_variations.loadVariations(flagKey); }
    bool setVariation(
        const QString &flagKey, const std::optional<QByteArray> &valueJson, const QString &comment)
    {
        return m_variations.set(flagKey, valueJson, comment);
    }
    bool isSettingVariation(const QString &flagKey) const
    {
        return m_variations.isSetting(flagKey);
    }

    // For tests: what "now" is when formatting relative times.
    void setClock(std::function<QDateTime()> clock);

signals:
    void contextChanged();
    void sectionChanged(ctx::ContextDetail::Section section);
    void sourceSelected(int index);
    void deletingChanged(bool deleting);
    void instanceDeleted(const ctx::ContextRecord &record);
    void instanceAlreadyGone(const ctx::ContextRecord &record);
    void deleteFailed(const ctx::ApiError &error);
    void variationsLoaded(const QString &flagKey, const QList<ctx::FlagVariation> &variations);
    void variationsFailed(const QString &flagKey, const ctx::ApiError &error);
    void variationSet(const QString &flagKey);
    void variationFailed(const QString &flagKey, const ctx::ApiError &error);

private:
    struct SectionSlot
    {
        SectionState state;
        RequestHandle pending;
        quint64 generation = 0;
    };

    SectionSlot &slot(Section section) { return m_sections.at(static_cast<size_t>(section)); }
    const SectionSlot &slot(Section section) const
    {
        return m_sections.at(static_cast<size_t>(section));
    }
    bool canLoad() const;
    void cancelReads();
    quint64 begin(Section section);
    bool isCurrent(Section section, quint64 generation) const;
    void finish(Section section, const std::optional<ApiError> &error);
    void loadVersions();
    void loadInstances(const QString &continuationToken);
    void loadFlags();
    void loadSegments();

    ContextsApi *m_api;
    EnvironmentRef m_environment;
    std::optional<ContextRecord> m_record;
    std::array<SectionSlot, 4> m_sections;

    AttributeTreeModel m_attributes;
    InstanceListModel m_instances;
    ContextRecordListModel m_instanceContexts;
    FlagEvaluationModel m_flags;
    SegmentListModel m_segments;

    QList<ContextRecord> m_versions;
    bool m_foundOnServer = true;
    int m_currentSource = -1;
    QList<ContextInstance> m_instanceBuffer; // pages of the instances search so far
    int m_instancePages = 0;
    bool m_instancesTruncated = false;
    int m_selectedInstance = -1;

    InstanceDeleter m_deleter;
    VariationSetter m_variations;
};

} // namespace ctx
