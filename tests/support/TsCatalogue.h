#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// A Qt Linguist catalogue (.ts) as a list of messages, for the tests that compare catalogues
// with the sources and with what the app shows.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form

    // What identifies a message to the translator at run time.
    QString id() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
    QString where() const { return QStringLiteral("%1: “%2”").arg(context, source.left(80)); }
};

inline QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus) {
            messages.append(message); // its plural forms are read
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
    return messages;
}
