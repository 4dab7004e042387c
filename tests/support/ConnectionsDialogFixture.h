#pragma once

#include "ConnectionForm.h"
#include "ConnectionStore.h"
#include "ConnectionsDialog.h"
#include "FakeAccountApi.h"
#include "FakePrompts.h"
#include "MemoryTokenStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <memory>

// The Connections dialog over a memory keychain, scripted prompts and a fake server
// (tst_ConnectionsDialog).
struct ConnectionsDialogFixture
{
    ConnectionsDialogFixture()
    {
        models.connections = &store;
        models.tokens = &tokens;
        models.prompts = &prompts;
        models.accountApiFactory
            = [this](const ctx::ConnectionProfile &profile, const QString &token) {
                  clients.append({profile, token});
                  return api;
              };
    }

    ctx::ConnectionsDialog &open(const QString &select = {})
    {
        dialog = std::make_unique<ctx::ConnectionsDialog>(models);
        if (!select.isEmpty())
            dialog->selectConnection(select);
        dialog->show();
        return *dialog;
    }

    template <typename T> T *find(const char *name) const
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QPushButton *button(const char *name) const { return find<QPushButton>(name); }
    QLineEdit *edit(const char *name) const { return find<QLineEdit>(name); }
    QLabel *label(const char *name) const { return find<QLabel>(name); }
    QString status() const { return label("connectionsStatus")->text(); }
    QStringList listTexts() const
    {
        QStringList texts;
        const QListWidget *list = dialog->list();
        for (int i = 0; i < list->count(); ++i)
            texts.append(list->item(i)->text());
        return texts;
    }
    void type(QWidget *widget, const QString &text)
    {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->clear();
        QTest::keyClicks(widget, text);
    }
    static void pick(QComboBox *combo, int index)
    {
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }
    static QByteArray settingsFile()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    ctx::ConnectionProfile saved(const QString &name, bool production = false)
    {
        ctx::ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("https://app.launchdarkly.com"));
        p.projectKey = QStringLiteral("web");
        p.environmentKey = QStringLiteral("staging");
        p.production = production;
        p.color = QStringLiteral("#aa3300");
        return store.save(p);
    }

    ctx::ConnectionStore store;
    MemoryTokenStore tokens;
    FakePrompts prompts;
    std::shared_ptr<FakeAccountApi> api = std::make_shared<FakeAccountApi>();
    QList<QPair<ctx::ConnectionProfile, QString>> clients; // what the factory was asked for
    ctx::AppModels models;
    std::unique_ptr<ctx::ConnectionsDialog> dialog;
};
