#include "FilterFields.h"

#include "JsonPointer.h"

namespace ctx {

using filter::Operator;

namespace {

// A top-level attribute name that reads well after "kind.": no pointer syntax, nothing the
// grammar would need to quote or that looks like a delimiter.
bool isSimpleName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u',' || c == u'|' || c == u'(' || c == u')' || c == u'!'
            || c == u'\\' || c == u'"' || c == u'/' || c == u'~' || c == u':' || c == u'=')
            return false;
    }
    return true;
}

} // namespace

QStringList FilterFields::plainFields()
{
    return {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("kinds"), QStringLiteral("kindKey"), QStringLiteral("kindKeys"),
        QStringLiteral("applicationId"), QStringLiteral("id"), QStringLiteral("q")};
}

QList<Operator> FilterFields::operatorsFor(const QString &field)
{
    using enum Operator;
    if (field == u"key")
        return {Equals, NotEquals, AnyOf, StartsWith};
    if (field == u"kind" || field == u"applicationId" || field == u"id" || field == u"kindKey")
        return {Equals, NotEquals, AnyOf};
    if (field == u"kinds" || field == u"kindKeys")
        return {Equals, AnyOf, Contains};
    if (field == u"name")
        return {Equals, NotEquals, Exists, AnyOf, StartsWith};
    if (field == u"q")
        return {Equals};
    if (attribute(field))
        return {Equals, NotEquals, Exists, StartsWith, Before, After, AnyOf, Contains};
    return {};
}

bool FilterFields::isStringField(const QString &field)
{
    return plainFields().contains(field);
}

bool FilterFields::isListField(const QString &field)
{
    return field == u"kinds" || field == u"kindKeys";
}

std::optional<FilterFields::Attribute> FilterFields::attribute(const QString &field)
{
    const qsizetype dot = field.indexOf(u'.');
    if (dot <= 0 || dot + 1 >= field.size())
        return std::nullopt;
    const QString kind = field.left(dot);
    for (const QChar c : kind) {
        if (c.isSpace())
            return std::nullopt;
    }
    const QString name = field.mid(dot + 1);
    return Attribute {kind == u"*" ? QString() : kind, JsonPointer::pointerForReference(name)};
}

QString FilterFields::attributeField(const QString &kind, const QString &pointer)
{
    const QString prefix = (kind.isEmpty() ? QStringLiteral("*") : kind) + u'.';
    const QString exact = JsonPointer::pointerForReference(pointer);
    const QString top = exact.mid(1);
    if (isSimpleName(top))
        return prefix + top;
    return prefix + exact;
}

} // namespace ctx
