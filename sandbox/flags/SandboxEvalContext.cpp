#include "SandboxEvalContext.h"

#include "JsonPointer.h"
#include "SandboxRequest.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace {

using namespace Qt::StringLiterals;

bool addIndividual(QMap<QString, QJsonObject> &contexts, const QString &kind, QJsonObject object,
    const QString &where, QString *error)
{
    if (!SandboxEvalContext::isValidKind(kind)) {
        *error = u"%1: invalid context kind \"%2\" (letters, digits, '.', '_' and '-'; not "
                 "\"kind\" or \"multi\")"_s.arg(where, kind);
        return false;
    }
    const QJsonValue key = object.value(u"key"_s);
    if (!key.isString() || key.toString().isEmpty()) {
        *error = u"%1: the context needs a non-empty string \"key\""_s.arg(where);
        return false;
    }
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        *error = u"%1: \"name\" must be a string"_s.arg(where);
        return false;
    }
    const QJsonValue anonymous = object.value(u"anonymous"_s);
    if (!anonymous.isUndefined() && !anonymous.isNull() && !anonymous.isBool()) {
        *error = u"%1: \"anonymous\" must be true or false"_s.arg(where);
        return false;
    }
    object.insert(u"kind"_s, kind);
    contexts.insert(kind, object);
    return true;
}

} // namespace

bool SandboxEvalContext::isValidKind(const QString &kind)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]+$"_s);
    return kind != u"kind" && kind != u"multi" && pattern.match(kind).hasMatch();
}

std::optional<SandboxEvalContext> SandboxEvalContext::parse(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> parsed = request::bodyObject(body, u"a context"_s, error);
    if (!parsed)
        return std::nullopt;
    return fromObject(*parsed, error);
}

std::optional<SandboxEvalContext> SandboxEvalContext::fromObject(
    const QJsonObject &object, QString *error)
{
    SandboxEvalContext context;
    const QJsonValue kind = object.value(u"kind"_s);
    if (!kind.isUndefined() && !kind.isString()) {
        *error = u"Invalid context: \"kind\" must be a string"_s;
        return std::nullopt;
    }
    if (kind.toString() != u"multi") {
        if (!addIndividual(
                context.m_contexts, kind.toString(u"user"_s), object, u"Invalid context"_s, error))
            return std::nullopt;
        return context;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"kind")
            continue;
        const QString where = u"Invalid context: \"%1\""_s.arg(it.key());
        if (!it.value().isObject()) {
            *error = where + u" must be an object"_s;
            return std::nullopt;
        }
        if (!addIndividual(context.m_contexts, it.key(), it.value().toObject(), where, error))
            return std::nullopt;
    }
    if (context.m_contexts.isEmpty()) {
        *error = u"Invalid context: a multi-kind context needs at least one kind"_s;
        return std::nullopt;
    }
    return context;
}

const QJsonObject *SandboxEvalContext::individual(const QString &kind) const
{
    const auto it = m_contexts.constFind(kind);
    return it == m_contexts.cend() ? nullptr : &it.value();
}

QJsonValue SandboxEvalContext::value(const QString &kind, const QString &attribute) const
{
    const QJsonObject *context = individual(kind);
    if (!context || attribute.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // A plain name is one attribute; "/a/b" a pointer through objects. "_meta" is not an
    // attribute, and a pointer with an empty or malformed step names nothing.
    const std::optional<ctx::JsonPointer> pointer = ctx::JsonPointer::fromReference(attribute);
    if (!pointer || pointer->tokens().constFirst() == u"_meta"
        || (attribute.startsWith(u'/') && pointer->tokens().contains(QString())))
        return QJsonValue(QJsonValue::Undefined);
    return pointer->evaluate(*context, ctx::JsonPointer::Arrays::NotEntered);
}

} // namespace sandbox
