#pragma once

#include "ContextQuery.h"
#include "ContextsApi.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace ctx {

// Values seen for one attribute (GET .../context-attributes/{name}), to offer in the filter
// builder's value box. One request at a time: a new request cancels the previous one, and
// a reply that arrives for an earlier request is dropped.
class AttributeValueSuggestions : public QObject
{
    Q_OBJECT
public:
    static constexpr int limit = 50;

    explicit AttributeValueSuggestions(ContextsApi *api, QObject *parent = nullptr);
    ~AttributeValueSuggestions() override;

    // Changing it forgets the values (and cancels a request in flight).
    void setEnvironment(const EnvironmentRef &environment);
    EnvironmentRef environment() const { return m_environment; }

    // Asks for the values of the attribute `pointer` ("/email", "/address/city") on contexts
    // of `kind` (every kind when empty) that start with `prefix`. The same request as the
    // current one does nothing. An empty pointer clears.
    void request(const QString &pointer, const QString &kind = {}, const QString &prefix = {});
    void clear();

    QString pointer() const { return m_pointer; }
    QString kind() const { return m_kind; }
    QString prefix() const { return m_prefix; }

    // The values for the current request, most frequent first, each once.
    QList<QJsonValue> values() const { return m_values; }
    bool isLoading() const { return m_pending != nullptr; }
    std::optional<ApiError> lastError() const { return m_error; }

    // The filter sent with a request: `kind equals "user"` and/or `value startsWith "ab"`
    // (the only clauses the endpoint accepts), escaped by filter::print.
    static QString filterFor(const QString &kind, const QString &prefix);

signals:
    // Loading started or ended, values arrived or were cleared, or the request failed.
    void changed();

private:
    void onReply(quint64 generation, Result<QList<KindAttributeValues>> result);

    ContextsApi *m_api;
    EnvironmentRef m_environment;
    QString m_pointer;
    QString m_kind;
    QString m_prefix;
    QList<QJsonValue> m_values;
    RequestHandle m_pending;
    std::optional<ApiError> m_error;
    quint64 m_generation = 0;
};

} // namespace ctx
