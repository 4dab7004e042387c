#include "AttributeCatalog.h"

#include <QHash>

#include <algorithm>

namespace ctx {

namespace {
constexpr int maxNames = 100; // the API's maximum
}

AttributeCatalog::AttributeCatalog(ContextsApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

AttributeCatalog::~AttributeCatalog() = default;

void AttributeCatalog::setEnvironment(const EnvironmentRef &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    m_names.clear();
    reload();
}

void AttributeCatalog::reload()
{
    if (m_pending)
        m_pending->cancel();
    m_pending.reset();
    m_error.reset();
    const quint64 generation = ++m_generation;
    if (m_environment.projectKey.isEmpty() || m_environment.environmentKey.isEmpty()) {
        emit changed();
        return;
    }
    m_pending = m_api->contextAttributeNames(m_environment, QString(), maxNames,
        replyTo<QList<KindAttributeNames>>(
            this, [this, generation](Result<QList<KindAttributeNames>> result) {
                if (generation != m_generation)
                    return;
                m_pending.reset();
                if (result.ok())
                    m_names = result.value();
                else
                    m_error = result.error();
                emit changed();
            }));
    emit changed();
}

QStringList AttributeCatalog::pointers(const QString &kind) const
{
    QHash<QString, int> weights;
    for (const KindAttributeNames &group : m_names) {
        if (!kind.isEmpty() && group.kind != kind)
            continue;
        for (const AttributeName &name : group.names)
            weights[name.pointer] += name.weight;
    }
    QStringList result = weights.keys();
    std::sort(result.begin(), result.end(), [&weights](const QString &a, const QString &b) {
        const int wa = weights.value(a);
        const int wb = weights.value(b);
        return wa != wb ? wa > wb : a < b;
    });
    return result;
}

bool AttributeCatalog::isRedacted(const QString &pointer, const QString &kind) const
{
    for (const KindAttributeNames &group : m_names) {
        if (!kind.isEmpty() && group.kind != kind)
            continue;
        for (const AttributeName &name : group.names) {
            if (name.pointer == pointer && name.redacted)
                return true;
        }
    }
    return false;
}

} // namespace ctx
