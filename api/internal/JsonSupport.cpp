#include "JsonSupport.h"

#include "FreeTr.h"
#include "JsonDomBuilder.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <charconv>
#include <limits>

namespace ctx::json {

namespace {

CTX_FREE_TR("ctx::json")

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

namespace {

// Parses with DomBuilder. Nesting is checked while parsing: a document that parses and never
// goes deeper than MaxDepth has no bracket outside its strings deeper than that, so the text
// is scanned for its depth (nestingExceeds) only when parsing stopped, to say "too deep" for
// any text too deep as written, valid or not, as a check before parsing would.
Json parseDom(std::string_view text, const QString &what, const Shape *keep)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        fail(tr("%1 is empty").arg(what));
    const auto tooDeep
        = [&what] { fail(tr("%1 is nested deeper than %2 levels").arg(what).arg(MaxDepth)); };
    try {
        Json root;
        DomBuilder builder(root, keep);
        if (!Json::sax_parse(text.begin(), text.end(), &builder))
            tooDeep();
        return root;
    } catch (const Json::parse_error &e) {
        if (nestingExceeds(text, MaxDepth))
            tooDeep();
        fail(tr("%1 is not valid JSON (at byte %2): %3")
                 .arg(what)
                 .arg(e.byte)
                 .arg(exceptionText(e)));
    } catch (const Json::exception &e) {
        if (nestingExceeds(text, MaxDepth))
            tooDeep();
        fail(tr("%1 is not valid JSON: %2").arg(what, exceptionText(e)));
    }
}

} // namespace

Json parseBounded(std::string_view text, const QString &what)
{
    return parseDom(text, what, nullptr);
}

Json parseBounded(std::string_view text, const QString &what, const Shape &keep)
{
    return parseDom(text, what, &keep);
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

QString SharedTexts::get(const std::string &text)
{
    for (const auto &[known, shared] : m_texts) {
        if (known == text)
            return shared;
    }
    QString decoded = toQString(text);
    if (m_texts.size() < Capacity)
        m_texts.emplace_back(text, decoded);
    return decoded;
}

// Both run for every row of a page: one allocation each (no temporaries).
QString fieldPath(const QString &parent, const char *name)
{
    const std::string_view text(name);
    if (std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; })) {
        const QString member = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        return parent.isEmpty() ? member : parent + QLatin1Char('.') + member;
    }
    const QLatin1String member(text.data(), static_cast<qsizetype>(text.size()));
    QString path;
    path.reserve(parent.size() + 1 + member.size());
    if (!parent.isEmpty())
        path.append(parent).append(QLatin1Char('.'));
    return path.append(member);
}

QString indexPath(const QString &parent, qsizetype index)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    const QLatin1String number(digits, static_cast<qsizetype>(end - digits));
    QString path;
    path.reserve(parent.size() + number.size() + 2);
    return path.append(parent).append(QLatin1Char('[')).append(number).append(QLatin1Char(']'));
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
    if (!list->is_array())
        requireArray(*list, fieldPath(parent, name)); // fails, naming the field
    QStringList strings;
    strings.reserve(static_cast<qsizetype>(list->size()));
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json &entry = (*list)[i];
        if (!entry.is_string())
            fail(tr("%1 is not a string (found %2)")
                     .arg(indexPath(fieldPath(parent, name), static_cast<qsizetype>(i)),
                         typeName(entry)));
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
    // The field paths are built only for an error: this runs for every row of a page.
    const Json *links = member(object, "_links");
    if (!links)
        return {};
    if (!links->is_object())
        requireObject(*links, fieldPath(parent, "_links"));
    const Json *link = member(*links, name);
    if (!link)
        return {};
    const auto linkPath = [&] { return fieldPath(fieldPath(parent, "_links"), name); };
    if (!link->is_object())
        requireObject(*link, linkPath());
    const Json *href = member(*link, "href");
    if (!href)
        return {};
    if (!href->is_string())
        return optionalString(*link, "href", linkPath()).value_or(QString()); // fails
    return toQString(href->get_ref<const std::string &>());
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

Json &rootItems(Json &root)
{
    // The same checks; the array is the caller's to take values from.
    return const_cast<Json &>(rootItems(std::as_const(root)));
}

} // namespace ctx::json
