#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ctx {

namespace {
const QString langOption = QStringLiteral("--lang");
} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    uninstall();
}

bool Translations::install(const QLocale &locale)
{
    uninstall();
    QLocale::setDefault(locale);
    const bool own = m_app.load(
        locale, QStringLiteral("contexts-browser"), QStringLiteral("_"), catalogueDirectory());
    if (own)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_installed = true;
    return own;
}

void Translations::uninstall()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

QString Translations::languageArgument(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == langOption && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(langOption + QLatin1Char('=')))
            value = argument.mid(langOption.size() + 1);
    }
    return value;
}

std::optional<QLocale> Translations::localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    const QLocale locale(code);
    if (locale.language() == QLocale::C && code != QLatin1String("C"))
        return std::nullopt;
    return locale;
}

} // namespace ctx
