#pragma once

#include "SandboxJson.h"
#include "SandboxRows.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sandbox {

class SandboxStore;

// GET .../context-attributes (getContextAttributeNames) and
// GET .../context-attributes/{attributeName} (getContextAttributeValues), answered from the
// aggregates of SandboxAttributeIndex.
//
// Names: ContextAttributeNamesCollection, one item per kind (kinds in alphabetical order),
// each with at most `limit` names (default 100, 1..100), the heaviest first, then by pointer.
// Filter: `kind equals <kind>` and `name startsWith <prefix>` (the prefix is matched against
// the pointer with and without its leading "/"), joined with ",".
//
// Values: ContextAttributeValuesCollection for one attribute, a JSON pointer
// ("/address/city", percent-encoded as one segment) or the same without its leading "/"
// ("firstName", "address/city"); one item per kind that has values, each with at most
// `limit` values (default 50, 1..100), the most frequent first, then by value. Filter:
// `kind equals <kind>` and `value startsWith <prefix>` (string values only). `/key` is
// answered from the contexts themselves (each has its own key).
class SandboxAttributes
{
public:
    explicit SandboxAttributes(const SandboxStore &store);

    SandboxReply names(const EnvironmentRow &environment, const QUrl &url) const;
    SandboxReply values(
        const EnvironmentRow &environment, const QString &attributeName, const QUrl &url) const;

private:
    std::optional<QJsonArray> storedValues(
        qint64 nameId, const QStringList &prefixes, int limit, QString *error) const;
    // `/key`: the contexts' own keys (`contexts` of this kind in all).
    std::optional<QJsonArray> keyValues(const EnvironmentRow &environment, const QString &kind,
        qint64 contexts, const QStringList &prefixes, int limit, QString *error) const;

    const SandboxStore &m_store;
};

} // namespace sandbox
