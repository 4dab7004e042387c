#pragma once

#include "AttributeTypes.h"
#include "ContextQuery.h"
#include "ContextsApi.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace ctx {

// The attribute names the environment's contexts carry (GET .../context-attributes), for
// the column chooser and the filter builder. Loaded once per environment; reload() asks again.
class AttributeCatalog : public QObject
{
    Q_OBJECT
public:
    explicit AttributeCatalog(ContextsApi *api, QObject *parent = nullptr);
    ~AttributeCatalog() override;

    void setEnvironment(const EnvironmentRef &environment);
    void reload();

    bool isLoading() const { return m_pending != nullptr; }
    std::optional<ApiError> lastError() const { return m_error; }

    QList<KindAttributeNames> names() const { return m_names; }
    // JSON pointers seen on contexts of `kind` (every kind when empty), most frequent first,
    // without duplicates.
    QStringList pointers(const QString &kind = {}) const;
    // Whether some values of that attribute were private (for `kind`, or any kind).
    bool isRedacted(const QString &pointer, const QString &kind = {}) const;

signals:
    void changed();

private:
    ContextsApi *m_api;
    EnvironmentRef m_environment;
    QList<KindAttributeNames> m_names;
    RequestHandle m_pending;
    std::optional<ApiError> m_error;
    quint64 m_generation = 0;
};

} // namespace ctx
