#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// A context to evaluate flags and segments for, in LaunchDarkly's JSON format: single-kind
// {"kind": "user", "key": ..., attributes...} (no kind: "user") or multi-kind
// {"kind": "multi", "user": {...}, "organization": {...}}.
class SandboxEvalContext
{
public:
    // Returns the context, or nothing with *error set to the 400 message.
    static std::optional<SandboxEvalContext> parse(const QByteArray &body, QString *error);
    static std::optional<SandboxEvalContext> fromObject(const QJsonObject &object, QString *error);

    static bool isValidKind(const QString &kind);

    QStringList kinds() const { return m_contexts.keys(); }
    // The context of one kind, with its "kind", "key" and attributes; nullptr when absent.
    const QJsonObject *individual(const QString &kind) const;
    // The value an attribute reference designates in the context of `kind`: a JSON pointer
    // ("/address/city", ~1 and ~0 escaped) or a plain name ("jobFunction"). Undefined when
    // the kind or the attribute is absent; `_meta` is never addressable.
    QJsonValue value(const QString &kind, const QString &attribute) const;

private:
    QMap<QString, QJsonObject> m_contexts;
};

} // namespace sandbox
