#include "FilterSqlAttribute.h"

#include "JsonPointer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace sandbox {

using namespace Qt::StringLiterals;
using ctx::filter::Clause;
using ctx::filter::Operator;

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QVariant numberVariant(double number)
{
    if (number == static_cast<double>(static_cast<qint64>(number)))
        return QVariant::fromValue(static_cast<qint64>(number));
    return QVariant::fromValue(number);
}

} // namespace

QString filterUnsupported(const Clause &clause)
{
    return u"field %1 does not support operator %2"_s.arg(
        quoted(clause.field), quoted(ctx::filter::operatorName(clause.op)));
}

QString filterNeeds(const Clause &clause, const QString &what)
{
    return u"operator %1 on field %2 needs %3"_s.arg(
        quoted(ctx::filter::operatorName(clause.op)), quoted(clause.field), what);
}

FilterSqlAttribute::FilterSqlAttribute(QVariantList &binds, QString &error)
    : m_binds(binds)
    , m_error(error)
{
}

std::nullopt_t FilterSqlAttribute::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return std::nullopt;
}

std::optional<FilterSqlAttribute::Target> FilterSqlAttribute::target(
    const Clause &clause, const QString &attribute)
{
    const std::optional<ctx::JsonPointer> pointer = ctx::JsonPointer::fromReference(attribute);
    if (!pointer)
        return fail(u"invalid JSON pointer in field %1: \"~\" must be followed by "
                    "\"0\" or \"1\""_s.arg(quoted(clause.field)));
    const QStringList &segments = pointer->tokens();
    if (segments.size() == 1 && segments.front() == u"key")
        return Target {u"c.key"_s, {}};
    if (segments.size() == 1 && segments.front() == u"name")
        return Target {u"c.name"_s, {}};
    if (segments.size() == 1 && segments.front() == u"kind")
        return Target {u"c.kind"_s, {}};
    QString path = u"$"_s;
    for (const QString &segment : std::as_const(segments)) {
        if (segment.contains(u'"'))
            return fail(u"field %1: attribute names containing '\"' are not supported"_s.arg(
                quoted(clause.field)));
        path += u".\""_s + segment + u'"';
    }
    return Target {{}, path};
}

// A predicate that is true when the target holds exactly `value`; never NULL.
std::optional<QString> FilterSqlAttribute::equalsPredicate(const Target &t, const QJsonValue &value)
{
    if (t.isColumn()) {
        if (!value.isString())
            return u"0"_s;
        m_binds << value.toString();
        return t.column + u" IS ?"_s;
    }
    switch (value.type()) {
    case QJsonValue::String:
        m_binds << t.path << t.path << value.toString();
        return u"(json_type(c.attributes, ?) IS 'text' AND json_extract(c.attributes, ?) IS ?)"_s;
    case QJsonValue::Double:
        m_binds << t.path << t.path << numberVariant(value.toDouble());
        return u"coalesce(json_type(c.attributes, ?) IN ('integer', 'real')"
               " AND json_extract(c.attributes, ?) = ?, 0)"_s;
    case QJsonValue::Bool:
        m_binds << t.path;
        return value.toBool() ? u"json_type(c.attributes, ?) IS 'true'"_s
                              : u"json_type(c.attributes, ?) IS 'false'"_s;
    case QJsonValue::Null:
        m_binds << t.path;
        return u"json_type(c.attributes, ?) IS 'null'"_s;
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray json = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        m_binds << t.path << (value.isArray() ? u"array"_s : u"object"_s) << t.path
                << QString::fromUtf8(json);
        // CASE evaluates lazily: json() must not see a scalar attribute.
        return u"coalesce(CASE WHEN json_type(c.attributes, ?) IS ?"
               " THEN json(json_extract(c.attributes, ?)) IS json(?) END, 0)"_s;
    }
    default:
        return fail(u"a filter value is missing"_s);
    }
}

// Epoch milliseconds from a before/after value: a number, a string of digits, or an RFC 3339
// date-time (any case, "T" or a space between date and time; no offset means UTC).
std::optional<qint64> FilterSqlAttribute::millisOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::abs(number) > 9.0e18)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber)
        return number;
    QDateTime time = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!time.isValid() || text.size() < 10)
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

std::optional<QString> FilterSqlAttribute::millisPredicate(const Clause &clause, const Target &t)
{
    const std::optional<qint64> millis = millisOf(clause.value);
    if (!millis)
        return fail(filterNeeds(clause, u"an RFC 3339 date-time or epoch milliseconds"_s));
    const char *const compare = clause.op == Operator::Before ? "<=" : ">=";
    // Text that looks like a date (SQLite would read other digits as a Julian day number).
    const QString fromText
        = u"(CASE WHEN %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN"
          " CAST(round((julianday(upper(%1)) - 2440587.5) * 86400000.0) AS INTEGER) END)"_s;
    if (t.isColumn()) {
        m_binds << *millis;
        return u"coalesce(%1 %2 ?, 0)"_s.arg(fromText.arg(t.column), QLatin1StringView(compare));
    }
    m_binds << t.path << t.path << t.path << t.path << t.path << *millis;
    return u"coalesce(CASE json_type(c.attributes, ?) WHEN 'text' THEN %1"
           " WHEN 'integer' THEN json_extract(c.attributes, ?)"
           " WHEN 'real' THEN json_extract(c.attributes, ?) END %2 ?, 0)"_s.arg(
               fromText.arg(u"json_extract(c.attributes, ?)"_s), QLatin1StringView(compare));
}

std::optional<QString> FilterSqlAttribute::translate(const Clause &clause, qsizetype dot)
{
    const QString kind = clause.field.left(dot);
    const QString name = clause.field.mid(dot + 1);
    if (kind.isEmpty())
        return fail(
            u"field %1 needs a context kind or \"*\" before the \".\""_s.arg(quoted(clause.field)));
    if (name.isEmpty())
        return fail(u"field %1 names no attribute after the \".\""_s.arg(quoted(clause.field)));
    const std::optional<Target> t = target(clause, name);
    if (!t)
        return std::nullopt;
    QString prefix;
    if (kind != u"*") {
        m_binds << kind;
        prefix = u"c.kind = ? AND "_s;
    }
    std::optional<QString> predicate = attributePredicate(clause, *t);
    if (!predicate)
        return std::nullopt;
    return u'(' + prefix + *predicate + u')';
}

std::optional<QString> FilterSqlAttribute::attributePredicate(const Clause &clause, const Target &t)
{
    const QJsonValue &value = clause.value;
    switch (clause.op) {
    case Operator::Equals:
        return equalsPredicate(t, value);
    case Operator::NotEquals: {
        const std::optional<QString> equals = equalsPredicate(t, value);
        return equals ? std::optional(u"NOT "_s + *equals) : std::nullopt;
    }
    case Operator::AnyOf: {
        if (!value.isArray())
            return fail(filterNeeds(clause, u"a list of values"_s));
        QStringList parts;
        for (const QJsonValue item : value.toArray()) {
            const std::optional<QString> equals = equalsPredicate(t, item);
            if (!equals)
                return std::nullopt;
            parts.append(*equals);
        }
        return parts.isEmpty() ? u"0"_s : u'(' + parts.join(u" OR "_s) + u')';
    }
    case Operator::Exists:
        if (!value.isBool())
            return fail(filterNeeds(clause, u"true or false"_s));
        if (t.isColumn())
            return t.column + (value.toBool() ? u" IS NOT NULL"_s : u" IS NULL"_s);
        m_binds << t.path;
        return value.toBool() ? u"json_type(c.attributes, ?) IS NOT NULL"_s
                              : u"json_type(c.attributes, ?) IS NULL"_s;
    case Operator::StartsWith:
        if (!value.isString())
            return fail(filterNeeds(clause, u"a string"_s));
        if (t.isColumn()) {
            m_binds << value.toString() << value.toString();
            return u"coalesce(substr(%1, 1, length(?)) = ?, 0)"_s.arg(t.column);
        }
        m_binds << t.path << t.path << value.toString() << value.toString();
        return u"coalesce(json_type(c.attributes, ?) IS 'text'"
               " AND substr(json_extract(c.attributes, ?), 1, length(?)) = ?, 0)"_s;
    case Operator::Before:
    case Operator::After:
        return millisPredicate(clause, t);
    case Operator::Contains:
        break;
    }
    return fail(filterUnsupported(clause));
}
} // namespace sandbox
