#pragma once

#include "AttributeCatalog.h"
#include "ConnectionStore.h"
#include "ConnectionsDialog.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextTableView.h"
#include "DeleteInstanceDialog.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FakeAccountApi.h"
#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "GoToContextDialog.h"
#include "KindEditDialog.h"
#include "KindListModel.h"
#include "KindTableModel.h"
#include "ListStatusWidget.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "ShortcutsDialog.h"
#include "VariationDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// Every window and dialog of the app over fakes, filled as a person meets them: the main
// window on a production connection with a page of contexts, a context selected and its
// four sections answered, and the filter builder open; the Connections dialog on a saved
// connection; the production delete confirmation; a running export; the variation and kind
// dialogs; Go to context; the keyboard shortcuts. Built after the translators are installed,
// so every text is in the language under test. For the checks that walk every widget
// (tst_Accessibility, tst_Translations).
struct DesktopScenes
{
    struct Scene
    {
        QString name;
        QWidget *widget;
    };

    // The test's own settings (ctest gives each test its own XDG_CONFIG_HOME) start empty:
    // no saved window size, no connections of an earlier run.
    bool settingsCleared = [] {
        QSettings().clear();
        return true;
    }();
    FakeContextsApi api;
    FakeContextsApi exportApi;
    ctx::ConnectionStore store;
    MemoryTokenStore tokens;
    FakePrompts prompts;
    ctx::ContextListModel contexts {&api};
    ctx::KindListModel kinds;
    ctx::ContextDetail detail {&api};
    ctx::KindTableModel kindTable {&api};
    ctx::AttributeCatalog attributes {&api};
    ctx::ConnectionProfile production = saveProduction();
    std::unique_ptr<ctx::MainWindow> window;
    std::unique_ptr<ctx::ConnectionsDialog> connections;
    std::unique_ptr<ctx::DeleteInstanceDialog> deleteDialog;
    std::unique_ptr<ctx::VariationDialog> variationDialog;
    std::unique_ptr<ctx::KindEditDialog> kindDialog;
    std::unique_ptr<ctx::GoToContextDialog> goToDialog;
    std::unique_ptr<ctx::ShortcutsDialog> shortcutsDialog;
    QWidget exportParent;
    ctx::ExportDialog *exportDialog = nullptr;
    QTemporaryDir exportDir;

    DesktopScenes()
    {
        window = std::make_unique<ctx::MainWindow>(models());
        window->setConnectionLabel(production.name, QStringLiteral("web / production"));
        fillMainWindow();
        connections = std::make_unique<ctx::ConnectionsDialog>(models());
        connections->selectConnection(production.id);
        connections->show();

        ctx::DeleteConfirmation what;
        what.instanceId = QStringLiteral("b3JnOmxhdW5jaGRhcmtseQ");
        what.kindKeys = {QStringLiteral("user:key-0000"), QStringLiteral("organization:org-1")};
        what.environment = QStringLiteral("web / production");
        what.production = true;
        what.contextKey = QStringLiteral("key-0000");
        deleteDialog = std::make_unique<ctx::DeleteInstanceDialog>(what);
        deleteDialog->show();

        variationDialog = std::make_unique<ctx::VariationDialog>(flag(),
            QList<ctx::FlagVariation> {variation("\"red\"", "Red"), variation("\"blue\"", "Blue")});
        variationDialog->show();
        kindDialog = std::make_unique<ctx::KindEditDialog>(
            std::nullopt, QStringList {QStringLiteral("user")});
        kindDialog->show();
        goToDialog = std::make_unique<ctx::GoToContextDialog>(
            &api, environment(), QStringLiteral("web / production"), &contexts);
        goToDialog->show();
        shortcutsDialog = std::make_unique<ctx::ShortcutsDialog>(window.get());
        shortcutsDialog->show();

        exportParent.resize(400, 300);
        exportParent.show();
        exportDialog = ctx::ExportDialog::run(&exportParent, &exportApi, environment(),
            contexts.query(), contexts.columns(), [this](QWidget *, const QString &) {
                return std::optional<ctx::ExportDestination>(
                    {exportDir.filePath(QStringLiteral("contexts.csv")), ctx::ExportFormat::Csv});
            });
        if (exportDialog && !exportApi.searches.isEmpty())
            exportApi.replySearch(0, makePage(0, 50, QStringLiteral("next"), 3'000'000));
        QApplication::processEvents();
    }

    QList<Scene> scenes() const
    {
        QList<Scene> all {{QStringLiteral("main window"), window.get()},
            {QStringLiteral("Connections dialog"), connections.get()},
            {QStringLiteral("delete confirmation"), deleteDialog.get()},
            {QStringLiteral("variation dialog"), variationDialog.get()},
            {QStringLiteral("kind dialog"), kindDialog.get()},
            {QStringLiteral("Go to context dialog"), goToDialog.get()},
            {QStringLiteral("keyboard shortcuts dialog"), shortcutsDialog.get()}};
        if (exportDialog)
            all.append({QStringLiteral("export dialog"), exportDialog});
        return all;
    }

    static ctx::EnvironmentRef environment()
    {
        return {QStringLiteral("web"), QStringLiteral("production")};
    }

private:
    ctx::ConnectionProfile saveProduction()
    {
        ctx::ConnectionProfile p;
        p.name = QStringLiteral("LaunchDarkly EU");
        p.baseUrl = QUrl(QStringLiteral("https://app.eu.launchdarkly.com"));
        p.projectKey = QStringLiteral("web");
        p.environmentKey = QStringLiteral("production");
        p.production = true;
        p.color = QStringLiteral("#aa3300");
        return store.save(p);
    }

    ctx::AppModels models()
    {
        ctx::AppModels m;
        m.api = &api;
        m.environment = environment();
        m.environmentLabel = QStringLiteral("web / production");
        m.layoutScope = QStringLiteral("scenes");
        m.contexts = &contexts;
        m.kinds = &kinds;
        m.detail = &detail;
        m.kindTable = &kindTable;
        m.attributes = &attributes;
        m.prompts = &prompts;
        m.connectionId = production.id;
        m.production = true;
        m.connections = &store;
        m.tokens = &tokens;
        m.accountApiFactory = [](const ctx::ConnectionProfile &, const QString &) {
            return std::make_shared<FakeAccountApi>();
        };
        return m;
    }

    static ctx::FlagEvaluation flag()
    {
        ctx::FlagEvaluation f;
        f.key = QStringLiteral("checkout-flow");
        f.name = QStringLiteral("New checkout flow");
        f.valueJson = "\"blue\"";
        f.reason.kind = QStringLiteral("TARGET_MATCH");
        return f;
    }

    static ctx::FlagVariation variation(const char *json, const char *name)
    {
        ctx::FlagVariation v;
        v.valueJson = json;
        v.name = QString::fromLatin1(name);
        return v;
    }

    void fillMainWindow()
    {
        window->detailPane()->setEnvironmentInfo(QStringLiteral("web / production"), true,
            QUrl(QStringLiteral("https://app.eu.launchdarkly.com")));
        detail.setEnvironment(environment());
        contexts.setEnvironment(environment());
        kinds.follow(&kindTable);
        kindTable.setProject(environment().projectKey);
        window->show();
        ctx::ContextKind user;
        user.key = QStringLiteral("user");
        user.name = QStringLiteral("User");
        user.createdFrom = QStringLiteral("default");
        ctx::ContextKind organization;
        organization.key = QStringLiteral("organization");
        organization.name = QStringLiteral("Organization");
        organization.createdFrom = QStringLiteral("manual");
        for (int i = 0; i < api.kindCalls.size(); ++i)
            api.replyKinds(i, QList<ctx::ContextKind> {user, organization});
        api.replySearch(0, makePage(0, 60, QStringLiteral("next"), 5000));

        // A context selected, each section answered.
        window->table()->setCurrentIndex(contexts.index(0, 0));
        const ctx::ContextRecord record = contexts.record(0);
        ctx::ContextsPage versions;
        versions.items = {record};
        if (!api.versionCalls.isEmpty())
            FakeContextsApi::reply(api.versionCalls, int(api.versionCalls.size()) - 1,
                ctx::Result<ctx::ContextsPage>(versions));
        ctx::ContextInstance instance;
        instance.id = QStringLiteral("b3JnOmxhdW5jaGRhcmtseQ");
        instance.applicationId = record.applicationId;
        instance.lastSeen = record.lastSeen;
        instance.contexts = {record};
        ctx::ContextInstancesPage instances;
        instances.items = {instance};
        if (!api.instanceCalls.isEmpty())
            FakeContextsApi::reply(api.instanceCalls, int(api.instanceCalls.size()) - 1,
                ctx::Result<ctx::ContextInstancesPage>(instances));
        ctx::FlagEvaluation rule = flag();
        rule.key = QStringLiteral("dark-mode");
        rule.name = QStringLiteral("Dark mode");
        rule.valueJson = "true";
        rule.reason.kind = QStringLiteral("FALLTHROUGH");
        if (!api.flagCalls.isEmpty())
            FakeContextsApi::reply(api.flagCalls, int(api.flagCalls.size()) - 1,
                ctx::Result<QList<ctx::FlagEvaluation>>(QList<ctx::FlagEvaluation> {flag(), rule}));
        ctx::SegmentMembership beta;
        beta.key = QStringLiteral("beta-testers");
        beta.name = QStringLiteral("Beta testers");
        beta.isMember = true;
        beta.isIndividuallyTargeted = true;
        ctx::SegmentMembership big;
        big.key = QStringLiteral("enterprise");
        big.name = QStringLiteral("Enterprise accounts");
        big.unbounded = true;
        if (!api.segmentCalls.isEmpty())
            FakeContextsApi::reply(api.segmentCalls, int(api.segmentCalls.size()) - 1,
                ctx::Result<QList<ctx::SegmentMembership>>(
                    QList<ctx::SegmentMembership> {beta, big}));

        // The filter builder open.
        if (auto *builder
            = window->findChild<QAbstractButton *>(QStringLiteral("filterBuilderButton")))
            builder->setChecked(true);
        QApplication::processEvents();
    }
};
