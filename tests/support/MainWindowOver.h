#pragma once

#include "AttributeCatalog.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "FakePrompts.h"
#include "KindListModel.h"
#include "KindTableModel.h"
#include "MainWindow.h"

// The whole main window over any ContextsApi (a scriptable fake, or the REST client talking
// to a sandbox) with scripted dialogs, wired as AppSession wires it. Nothing is asked of the
// server until start().
struct MainWindowOver
{
    explicit MainWindowOver(ctx::ContextsApi *api,
        ctx::EnvironmentRef environment = {QStringLiteral("demo"), QStringLiteral("production")})
        : contexts(api)
        , detail(api)
        , kindTable(api)
        , attributes(api)
        , models(makeModels(api, std::move(environment)))
        , window(models)
    {
        kinds.follow(&kindTable);
    }

    // Connects the models to the environment and shows the window, as AppSession does.
    void start()
    {
        detail.setEnvironment(models.environment);
        contexts.setEnvironment(models.environment);
        window.show();
    }

    ctx::ContextListModel contexts;
    ctx::KindListModel kinds;
    ctx::ContextDetail detail;
    ctx::KindTableModel kindTable;
    ctx::AttributeCatalog attributes;
    FakePrompts prompts;
    ctx::AppModels models;
    ctx::MainWindow window;

private:
    ctx::AppModels makeModels(ctx::ContextsApi *api, ctx::EnvironmentRef environment)
    {
        ctx::AppModels m;
        m.api = api;
        m.environmentLabel
            = environment.projectKey + QStringLiteral(" / ") + environment.environmentKey;
        m.environment = std::move(environment);
        m.layoutScope = QStringLiteral("test");
        m.contexts = &contexts;
        m.kinds = &kinds;
        m.detail = &detail;
        m.kindTable = &kindTable;
        m.attributes = &attributes;
        m.prompts = &prompts;
        return m;
    }
};
