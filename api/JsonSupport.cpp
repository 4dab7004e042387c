#include "JsonSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

namespace ctx::json {

namespace {

// The context lupdate gives the call sites (free functions in namespace ctx::json).
QString tr(const char *text)
{
    return QCoreApplication::translate("ctx::json", text);
}

} // namespace

void fail(const QString &detail)
{
    throw DecodeError {detail};
}

QString typeName(const Json &value)
{
    return QString::fromLatin1(value.type_name());
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

bool nestingExceeds(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

Json parseBounded(std::string_view text, const QString &what)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        fail(tr("%1 is empty").arg(what));
    if (nestingExceeds(text, MaxDepth))
        fail(tr("%1 is nested deeper than %2 levels").arg(what).arg(MaxDepth));
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        fail(tr("%1 is not valid JSON (at byte %2): %3")
                 .arg(what)
                 .arg(e.byte)
                 .arg(exceptionText(e)));
    } catch (const Json::exception &e) {
        fail(tr("%1 is not valid JSON: %2").arg(what, exceptionText(e)));
    }
}

QString exceptionText(const Json::exception &e)
{
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
    // parsing value - invalid literal; last read: '<h'": the middle part only. What was last
    // read is raw bytes of the body (control characters, invalid UTF-8, anything).
    QString message = QString::fromUtf8(e.what());
    static const QRegularExpression prefix(
        QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] (parse error at line \\d+, "
                       "column \\d+: )?"));
    message.remove(prefix);
    if (const qsizetype lastRead = message.indexOf(QLatin1String("; last read:")); lastRead >= 0)
        message.truncate(lastRead);
    return message.trimmed();
}

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString fieldPath(const QString &parent, const char *name)
{
    if (parent.isEmpty())
        return QString::fromUtf8(name);
    return parent + QLatin1Char('.') + QString::fromUtf8(name);
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

const Json &requireObject(const Json &value, const QString &path)
{
    if (!value.is_object())
        fail(tr("%1 is not an object (found %2)").arg(path, typeName(value)));
    return value;
}

const Json &requireArray(const Json &value, const QString &path)
{
    if (!value.is_array())
        fail(tr("%1 is not an array (found %2)").arg(path, typeName(value)));
    return value;
}

const Json *member(const Json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

const Json &requiredMember(const Json &object, const char *name, const QString &parent)
{
    const Json *value = member(object, name);
    if (!value)
        fail(tr("%1 is missing").arg(fieldPath(parent, name)));
    return *value;
}

QString requiredString(const Json &object, const char *name, const QString &parent)
{
    const Json &value = requiredMember(object, name, parent);
    if (!value.is_string())
        fail(tr("%1 is not a string (found %2)").arg(fieldPath(parent, name), typeName(value)));
    return toQString(value.get_ref<const std::string &>());
}

std::optional<QString> optionalString(const Json &object, const char *name, const QString &parent)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (!value->is_string())
        fail(tr("%1 is not a string (found %2)").arg(fieldPath(parent, name), typeName(*value)));
    return toQString(value->get_ref<const std::string &>());
}

std::optional<qint64> optionalInteger(
    const Json &object, const char *name, const QString &parent, bool acceptNumericString)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer()) {
        if (value->is_number_unsigned()
            && value->get<std::uint64_t>()
                > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            fail(tr("%1 is out of range").arg(fieldPath(parent, name)));
        return value->get<qint64>();
    }
    if (value->is_number_float()) {
        const double d = value->get<double>();
        // Integral values within qint64's range only (checked before the cast).
        if (d > -9.2e18 && d < 9.2e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
    }
    if (acceptNumericString && value->is_string()) {
        bool ok = false;
        const qint64 n = toQString(value->get_ref<const std::string &>()).trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(tr("%1 is not an integer (found %2)").arg(fieldPath(parent, name), typeName(*value)));
}

std::optional<bool> optionalBool(const Json &object, const char *name, const QString &parent)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean())
        fail(tr("%1 is not a boolean (found %2)").arg(fieldPath(parent, name), typeName(*value)));
    return value->get<bool>();
}

QStringList optionalStringList(const Json &object, const char *name, const QString &parent)
{
    const Json *list = member(object, name);
    if (!list)
        return {};
    const QString listPath = fieldPath(parent, name);
    requireArray(*list, listPath);
    QStringList strings;
    strings.reserve(static_cast<qsizetype>(list->size()));
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json &entry = (*list)[i];
        if (!entry.is_string())
            fail(tr("%1 is not a string (found %2)")
                     .arg(indexPath(listPath, static_cast<qsizetype>(i)), typeName(entry)));
        strings.append(toQString(entry.get_ref<const std::string &>()));
    }
    return strings;
}

const Json *anyMember(const Json &object, const char *name)
{
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

QByteArray compactValue(const Json *value)
{
    if (!value)
        return QByteArrayLiteral("null");
    return QByteArray::fromStdString(value->dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString linkHref(const Json &object, const char *name, const QString &parent)
{
    const Json *links = member(object, "_links");
    if (!links)
        return {};
    const QString linksPath = fieldPath(parent, "_links");
    requireObject(*links, linksPath);
    const Json *link = member(*links, name);
    if (!link)
        return {};
    requireObject(*link, fieldPath(linksPath, name));
    return optionalString(*link, "href", fieldPath(linksPath, name)).value_or(QString());
}

QString continuationTokenOfLink(const QString &href)
{
    // Relative ("/api/v2/...") or absolute: the cursor is in the query either way.
    const QUrlQuery query(QUrl(href).query(QUrl::FullyEncoded));
    return query.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
}

const Json &rootItems(const Json &root)
{
    if (!root.is_object())
        fail(tr("the response is not a JSON object (found %1)").arg(typeName(root)));
    return requireArray(requiredMember(root, "items", {}), QStringLiteral("items"));
}

std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,}))?"
                       "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto number = [&m](int group) { return m.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    // A leap second (:60) is kept as the last millisecond of that minute.
    const int second = number(6);
    if (second > 60)
        return std::nullopt;
    int ms = 0;
    if (second == 60)
        ms = 999;
    else if (m.capturedLength(7) > 0)
        ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(number(4), number(5), qMin(second, 59), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (m.capturedLength(8) == 0) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace ctx::json
