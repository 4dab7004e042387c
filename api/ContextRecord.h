#pragma once

#include "JsonPointer.h"
#include "JsonValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// One row of the Contexts list: a single-kind context as seen from one source
// (applicationId). A multi-kind context in a server reply is split into one record
// per kind by the decoder, as the web UI shows it.
struct ContextRecord
{
    QString kind;
    QString key;
    QString name; // empty when the context has no name
    QString applicationId; // "From source"; empty when unknown
    QDateTime lastSeen; // UTC; invalid when the server did not send it
    int associatedContexts = -1; // -1: not sent
    QString siteLink; // _links.site.href, relative to the connection's base URL
    // Private attribute references from _meta (privateAttributes or redactedAttributes):
    // attribute names or JSON pointers such as "/address/street". Their values are
    // removed from attributesJson by the decoder.
    QStringList privateAttributes;
    // The context's attributes as the decoder wrote them: compact JSON (an object with key,
    // name and custom attributes; no "kind", no "_meta", no private values). Kept as text
    // because it is the smallest form (a parsed tree would double a row's memory); read it
    // through attributes(), never as text.
    QByteArray attributesJson;

    QString kindKey() const { return kind + QLatin1Char(':') + key; }

    // The attributes, typed, members in the server's order, without "kind" and "_meta", and
    // without any private value, even one a server sent anyway. An empty object when the
    // text is not one.
    JsonValue attributes() const;
    // True when `pointer` (into the attributes) is at or under a private attribute: its value
    // is never shown. "/address" is not private when only "/address/street" is, and "/key"
    // never is (LaunchDarkly does not allow it).
    bool isPrivate(const JsonPointer &pointer) const;
    bool nameIsPrivate() const;
};

// One page of POST .../contexts/search (schema "Contexts").
struct ContextsPage
{
    QList<ContextRecord> items;
    std::optional<qint64> totalCount; // absent or approximate on the real service
    QString continuationToken; // empty: no further page
    QString nextLink; // _links.next.href when sent
    QString environmentId; // _environmentId
    // The items that could not be read, one sentence each ("items[3].context.key is missing"):
    // they are left out of `items`, the page is not refused for them.
    QStringList unreadable;

    bool hasMore() const { return !continuationToken.isEmpty(); }
};

// A context kind of the project (schema "ContextKindRep").
struct ContextKind
{
    QString key;
    QString name;
    QString description;
    int version = 0;
    QDateTime creationDate;
    QDateTime lastModified;
    QDateTime lastSeen; // invalid: never seen
    QString createdFrom; // "default", "auto-add" or "manual"
    bool archived = false;
};

} // namespace ctx
