#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctx {

// A JSON pointer (RFC 6901): a path of reference tokens into a JSON document, written
// "/address/street", where "~1" stands for "/" and "~0" for "~" inside a token. The empty
// pointer "" is the whole document; "/" is the member named "".
//
// LaunchDarkly's attribute references are built on it: a reference that starts with "/" is a
// pointer into a context, any other is the name of one top-level attribute, taken literally
// ("a/b" is the attribute "a/b", not a path). fromReference() reads that form.
//
// Client and sandbox share this one class, so that the two sides cannot read a pointer two
// ways (the reason this lives in ctx_common).
class JsonPointer
{
public:
    JsonPointer() = default; // the whole document

    // The pointer `text` writes, or nothing when it is not one: text that is neither empty
    // nor starts with "/", or a "~" not followed by "0" or "1".
    static std::optional<JsonPointer> parse(QStringView text);

    // An attribute reference: "/..." is parsed as a pointer; any other non-empty text is one
    // token. Nothing for "" or a malformed pointer, which name no attribute.
    static std::optional<JsonPointer> fromReference(QStringView reference);

    // The pointer to a path of unescaped tokens ({"a/b"} -> "/a~1b").
    static JsonPointer fromTokens(QStringList tokens);

    // "a/b~c" -> "a~1b~0c": a name as one reference token.
    static QString escapeToken(QStringView token);

    // The reference of a top-level attribute: "email" stays "email"; a name that holds "/" or
    // "~", or starts with "/", is written as a pointer ("a/b" -> "/a~1b"); "" stays "".
    static QString referenceForName(const QString &name);

    // The pointer a name stands for as a reference token at the top: "a/b" -> "/a~1b".
    static QString pointerForName(QStringView name);

    // An attribute reference written as a pointer: a plain name becomes one ("firstName" ->
    // "/firstName", "a/b" -> "/a~1b"); a pointer, or "", stays as it is.
    static QString pointerForReference(const QString &reference);

    // The text of the pointer one token below `pointer`: ("/address", "street") ->
    // "/address/street", ("", "a/b") -> "/a~1b".
    static QString childOf(const QString &pointer, QStringView token);

    const QStringList &tokens() const { return m_tokens; }
    bool isRoot() const { return m_tokens.isEmpty(); }
    QString toString() const;

    JsonPointer child(const QString &token) const;

    // The value the pointer names in `document`, or an undefined value when it names none.
    // Objects are entered by member name; arrays by an index of decimal digits without a
    // leading zero ("-", past the end, is never a value here).
    // With Arrays::NotEntered only objects are entered, as LaunchDarkly reads an attribute
    // reference (an array's elements are never attributes).
    enum class Arrays { Indexed, NotEntered };
    QJsonValue evaluate(const QJsonValue &document, Arrays arrays = Arrays::Indexed) const;

    // Removes the object member the pointer names from `object`, through nested objects (an
    // array on the way, or a missing member, leaves it as it was). The root removes nothing.
    void removeFrom(QJsonObject &object) const;

    // The array index a token writes, or nothing (RFC 6901's array-index rule).
    static std::optional<qsizetype> arrayIndex(QStringView token);

    friend bool operator==(const JsonPointer &, const JsonPointer &) = default;

private:
    explicit JsonPointer(QStringList tokens)
        : m_tokens(std::move(tokens))
    {
    }
    QStringList m_tokens;
};

} // namespace ctx
