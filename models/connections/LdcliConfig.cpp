#include "LdcliConfig.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace ctx {

namespace {

// A double-quoted YAML scalar's body, with the common escapes undone. nullopt: unterminated.
std::optional<QString> unquoteDouble(const QString &text, qsizetype *end)
{
    QString out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            *end = i + 1;
            return out;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            if (next == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (next == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else
                out += next; // \" \\ \/ and anything else: the character itself
            continue;
        }
        out += c;
    }
    return std::nullopt;
}

// A single-quoted YAML scalar's body ('' is one quote). nullopt: unterminated.
std::optional<QString> unquoteSingle(const QString &text, qsizetype *end)
{
    QString out;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                out += c;
                ++i;
                continue;
            }
            *end = i + 1;
            return out;
        }
        out += c;
    }
    return std::nullopt;
}

// The value part of `key: value`: quoted or plain, a trailing " # comment" removed.
std::optional<QString> scalarValue(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QString();
    const bool doubleQuoted = text.startsWith(QLatin1Char('"'));
    if (doubleQuoted || text.startsWith(QLatin1Char('\''))) {
        qsizetype end = 0;
        std::optional<QString> value
            = doubleQuoted ? unquoteDouble(text, &end) : unquoteSingle(text, &end);
        if (!value)
            return std::nullopt; // unterminated quote
        const QString rest = text.mid(end).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('#')))
            return std::nullopt; // "a" b: not a scalar we understand
        return value;
    }
    QString plain = text;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('#') && (i == 0 || plain.at(i - 1).isSpace())) {
            plain.truncate(i);
            break;
        }
    }
    plain = plain.trimmed();
    // Block scalars, flow collections and anchors are not flat values: ignore them.
    if (plain.startsWith(QLatin1Char('|')) || plain.startsWith(QLatin1Char('>'))
        || plain.startsWith(QLatin1Char('[')) || plain.startsWith(QLatin1Char('{'))
        || plain.startsWith(QLatin1Char('&')) || plain.startsWith(QLatin1Char('*')))
        return std::nullopt;
    return plain;
}

} // namespace

QString ldcliConfigPath()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.config");
    return QDir::cleanPath(base + QStringLiteral("/ldcli/config.yml"));
}

std::optional<LdcliConfig> readLdcliConfig(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    if (file.size() > qint64(1024) * 1024)
        return std::nullopt; // not a CLI config
    const QString text = QString::fromUtf8(file.readAll());

    LdcliConfig config;
    bool any = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // Only top-level `key: value` lines; nested, list, comment and marker lines are skipped.
        if (line.isEmpty() || line.at(0).isSpace() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char('-')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString after = line.mid(colon + 1);
        if (!after.isEmpty() && !after.at(0).isSpace())
            continue; // "a:b" is a plain scalar, not a key
        const std::optional<QString> value = scalarValue(after);
        if (!value || value->isEmpty())
            continue;
        if (key == QLatin1String("access-token"))
            config.accessToken = *value;
        else if (key == QLatin1String("base-uri"))
            config.baseUri = QUrl(*value);
        else if (key == QLatin1String("project"))
            config.project = *value;
        else if (key == QLatin1String("environment"))
            config.environment = *value;
        else
            continue;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return config;
}

} // namespace ctx
