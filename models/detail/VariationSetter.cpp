#include "VariationSetter.h"

namespace ctx {

VariationSetter::VariationSetter(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void VariationSetter::setContext(
    const EnvironmentRef &environment, const std::optional<ContextRecord> &record)
{
    ++m_generation;
    for (const RequestHandle &handle : std::as_const(m_loads))
        handle->cancel();
    m_loads.clear();
    // Settings in flight keep going; their outcome no longer concerns the context shown.
    m_settings.clear();
    m_environment = environment;
    m_record = record;
}

bool VariationSetter::canSet() const
{
    return m_record && !m_environment.projectKey.isEmpty()
        && !m_environment.environmentKey.isEmpty() && !m_record->kind.isEmpty()
        && m_record->kind != QLatin1String("multi");
}

bool VariationSetter::loadVariations(const QString &flagKey)
{
    if (!canSet() || flagKey.isEmpty() || m_loads.contains(flagKey))
        return false;
    const quint64 generation = m_generation;
    m_loads.insert(flagKey,
        m_api->flagVariations(m_environment.projectKey, flagKey,
            replyTo<QList<FlagVariation>>(
                this, [this, flagKey, generation](Result<QList<FlagVariation>> result) {
                    if (generation != m_generation)
                        return;
                    m_loads.remove(flagKey);
                    if (result.ok())
                        emit variationsLoaded(flagKey, result.value());
                    else
                        emit variationsFailed(flagKey, result.error());
                })));
    return true;
}

bool VariationSetter::set(
    const QString &flagKey, const std::optional<QByteArray> &valueJson, const QString &comment)
{
    if (!canSet() || flagKey.isEmpty() || m_settings.contains(flagKey))
        return false;
    const quint64 generation = m_generation;
    m_settings.insert(flagKey,
        m_api->setFlagSetting(m_environment, m_record->kind, m_record->key, flagKey, valueJson,
            comment, replyTo<Done>(this, [this, flagKey, generation](const Result<Done> &result) {
                if (generation != m_generation)
                    return; // written for a context that is no longer shown
                m_settings.remove(flagKey);
                if (result.ok())
                    emit variationSet(flagKey);
                else
                    emit variationFailed(flagKey, result.error());
            })));
    return true;
}

} // namespace ctx
