#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <optional>

namespace ctx {

// The app in the person's language: the app's own catalogue (compiled in from
// resources/translations, :/i18n/contexts-browser_<language>.qm) and Qt's
// (qtbase_<language>.qm under QLibraryInfo::TranslationsPath, for the standard dialogs and
// buttons). The locale is QLocale::system() unless --lang names another one; it becomes the
// default locale, so that numbers and dates follow the language of the text.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Replaces whatever was installed before. Returns whether the app's own catalogue for
    // `locale` was found (without one the texts stay in English, the source language).
    bool install(const QLocale &locale);
    // Removes both translators: the source texts (English) again.
    void uninstall();

    // The value of --lang CODE / --lang=CODE in `arguments`, read before the full parse so
    // that --help is already in that language; empty when not given.
    static QString languageArgument(const QStringList &arguments);
    // The locale for a --lang value (empty: the system's); nullopt when the code names no
    // language, e.g. "xx".
    static std::optional<QLocale> localeFor(const QString &code);

    // The resource directory of the compiled catalogues.
    static QString catalogueDirectory() { return QStringLiteral(":/i18n"); }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace ctx
