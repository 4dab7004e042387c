#pragma once

#include "ContextsApi.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace ctx {

// "Set a variation" for the context shown: a flag's variations to choose from
// (GET /api/v2/flags/{p}/{flag}), then this context's individual setting of it (PUT
// .../contexts/{kind}/{key}/flags/{flag}), one request per flag at a time. Individual
// targeting is for single-kind contexts.
//
// When the context changes, variation lists still loading are dropped; settings already sent
// keep going (the server may have applied them) but their outcome is no longer reported.
class VariationSetter : public QObject
{
    Q_OBJECT
public:
    explicit VariationSetter(ContextsApi *api, QObject *parent = nullptr);

    void setContext(const EnvironmentRef &environment, const std::optional<ContextRecord> &record);

    bool canSet() const;
    // Asks for a flag's variations; false when that request is already in flight.
    bool loadVariations(const QString &flagKey);
    // Sets (or with nullopt, clears) the context's individual variation of a flag. False, and
    // nothing sent, when not possible or when one is in flight for that flag.
    bool set(
        const QString &flagKey, const std::optional<QByteArray> &valueJson, const QString &comment);
    bool isSetting(const QString &flagKey) const { return m_settings.contains(flagKey); }

signals:
    void variationsLoaded(const QString &flagKey, const QList<ctx::FlagVariation> &variations);
    void variationsFailed(const QString &flagKey, const ctx::ApiError &error);
    void variationSet(const QString &flagKey);
    void variationFailed(const QString &flagKey, const ctx::ApiError &error);

private:
    ContextsApi *m_api;
    EnvironmentRef m_environment;
    std::optional<ContextRecord> m_record;
    quint64 m_generation = 0; // of the context
    QHash<QString, RequestHandle> m_loads; // by flag key
    QHash<QString, RequestHandle> m_settings; // by flag key, for the current context
};

} // namespace ctx
