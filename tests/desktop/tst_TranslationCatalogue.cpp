#include "TsCatalogue.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The committed catalogues (resources/translations) against the sources: lupdate run now
// into a scratch file must find no string the catalogues lack, and none they hold in vain;
// the German catalogue must be complete, with the same placeholders and a mnemonic wherever
// the English text has one. When this fails after a change of texts, run
//   cmake --build <build dir> --target update_translations
// and translate what it marks unfinished (Qt Linguist, or the .ts file by hand).
class tst_TranslationCatalogue : public QObject
{
    Q_OBJECT

private:
    static QString catalogue(const char *language)
    {
        return QStringLiteral(CTX_TS_DIR "/contexts-browser_%1.ts").arg(QLatin1String(language));
    }

    static QList<TsMessage> read(const QString &path)
    {
        QString error;
        const QList<TsMessage> messages = readTsFile(path, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return messages;
    }

    static QSet<QString> ids(const QList<TsMessage> &messages)
    {
        QSet<QString> set;
        for (const TsMessage &m : messages)
            set.insert(m.id());
        return set;
    }

    static QString placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(n|L?[1-9][0-9]?)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        found.removeDuplicates();
        return found.join(QLatin1Char(' '));
    }

    static bool hasMnemonic(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // markup
        plain.remove(QRegularExpression(QStringLiteral("&[a-z]+;"))); // entities
        return pattern.match(plain).hasMatch();
    }

    // QTest cuts long failure messages: each line is also printed on its own.
    static QByteArray listed(const QString &title, const QStringList &lines)
    {
        for (const QString &line : lines)
            qWarning("%s", qPrintable(line));
        return (title + QStringLiteral(":\n  ") + lines.join(QStringLiteral("\n  "))).toUtf8();
    }

    QList<TsMessage> m_fromSources;

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scratch = dir.filePath(QStringLiteral("contexts-browser_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // Nothing preloaded into our tests (LD_PRELOAD) belongs in Qt's tools.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LD_PRELOAD"));
        lupdate.setProcessEnvironment(environment);
        lupdate.start(QStringLiteral(CTX_LUPDATE),
            {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                QStringLiteral("@" CTX_TRANSLATION_SOURCES), QStringLiteral("-ts"), scratch});
        QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            lupdate.readAll().constData());
        m_fromSources = read(scratch);
        QVERIFY2(m_fromSources.size() > 100, "lupdate found almost no strings in the sources");
    }

    void cataloguesHoldEveryStringOfTheSources_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("en") << catalogue("en");
        QTest::newRow("de") << catalogue("de");
    }

    void cataloguesHoldEveryStringOfTheSources()
    {
        QFETCH(QString, path);
        const QList<TsMessage> committed = read(path);
        const QSet<QString> have = ids(committed);
        const QSet<QString> need = ids(m_fromSources);
        QStringList missing;
        for (const TsMessage &m : std::as_const(m_fromSources)) {
            if (!have.contains(m.id()))
                missing.append(m.where());
        }
        QStringList obsolete;
        for (const TsMessage &m : committed) {
            if (!need.contains(m.id()))
                obsolete.append(m.where());
        }
        QVERIFY2(missing.isEmpty(),
            listed(QStringLiteral("%1 lacks %2 string(s) of the sources; build the target "
                                  "update_translations, then translate them")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(missing.size()),
                missing)
                .constData());
        QVERIFY2(obsolete.isEmpty(),
            listed(QStringLiteral("%1 holds %2 string(s) the sources no longer have; build the "
                                  "target update_translations")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(obsolete.size()),
                obsolete)
                .constData());
    }

    void germanIsComplete()
    {
        QStringList unfinished;
        const QList<TsMessage> german = read(catalogue("de"));
        for (const TsMessage &m : german) {
            const bool empty = m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                    [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty)
                unfinished.append(m.where());
        }
        QVERIFY2(unfinished.isEmpty(),
            listed(QStringLiteral("%1 German string(s) are not translated").arg(unfinished.size()),
                unfinished)
                .constData());
    }

    void germanKeepsPlaceholdersAndMnemonics()
    {
        QStringList wrong;
        const QList<TsMessage> german = read(catalogue("de"));
        for (const TsMessage &m : german) {
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    continue; // germanIsComplete says so
                // A plural form may leave %n out ("one" spelled as a word); the rest not.
                QString expected = placeholders(m.source);
                QString actual = placeholders(translation);
                if (m.numerus) {
                    expected.remove(QStringLiteral("%n"));
                    actual.remove(QStringLiteral("%n"));
                }
                if (expected.simplified() != actual.simplified())
                    wrong.append(QStringLiteral("%1 → “%2”: placeholders %3, not %4")
                                     .arg(m.where(), translation, actual, expected));
                if (hasMnemonic(m.source) && !hasMnemonic(translation))
                    wrong.append(
                        QStringLiteral("%1 → “%2”: no & mnemonic").arg(m.where(), translation));
            }
        }
        QVERIFY2(wrong.isEmpty(),
            listed(QStringLiteral("German strings that lose a placeholder or mnemonic"), wrong)
                .constData());
    }
};

QTEST_GUILESS_MAIN(tst_TranslationCatalogue)
#include "tst_TranslationCatalogue.moc"
