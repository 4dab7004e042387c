#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

enum class SortOrder {
    NewestFirst, // sort=-ts (the web UI's default)
    OldestFirst, // sort=ts
    Unsorted, // no sort parameter (servers that reject sort)
};

// The API's text of an order: "-ts", "ts", or "" for Unsorted; and back (nothing for any
// other text). Saved layouts and views write the same text.
QString sortText(SortOrder sort);
std::optional<SortOrder> sortFromText(const QString &text);

// What the Contexts list asks the server for: a value type, compared to decide
// whether a reply still belongs to what is on screen.
struct ContextQuery
{
    QStringList kinds; // empty: every kind
    QString filter; // extra filter in the API grammar, ANDed with the kinds
    SortOrder sort = SortOrder::NewestFirst;
    int pageSize = 50; // the API's maximum

    // The filter string sent to the server: kinds and the extra filter combined,
    // values quoted as JSON strings. Empty when there is nothing to filter on.
    QString serverFilter() const;
    // "-ts", "ts" or empty.
    QString sortParameter() const;

    friend bool operator==(const ContextQuery &, const ContextQuery &) = default;
};

// The project and environment an API call is about.
struct EnvironmentRef
{
    QString projectKey;
    QString environmentKey;

    friend bool operator==(const EnvironmentRef &, const EnvironmentRef &) = default;
};

} // namespace ctx
