#pragma once

#include "AttributeCatalog.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "FakeContextsApi.h"
#include "FakePrompts.h"
#include "KindListModel.h"
#include "KindTableModel.h"
#include "MainWindow.h"

// The whole main window over a scriptable fake server and scripted dialogs. The first
// contexts page has not been answered yet: tests do it with api.replySearch(0, ...).
struct WindowFixture
{
    FakeContextsApi api;
    ctx::ContextListModel contexts {&api};
    ctx::KindListModel kinds {&api};
    ctx::ContextDetail detail {&api};
    ctx::KindTableModel kindTable {&api};
    ctx::AttributeCatalog attributes {&api};
    FakePrompts prompts;
    ctx::AppModels models = makeModels();
    ctx::MainWindow window {models};

    ctx::AppModels makeModels()
    {
        ctx::AppModels m;
        m.api = &api;
        m.environment = {QStringLiteral("demo"), QStringLiteral("production")};
        m.environmentLabel = QStringLiteral("demo / production");
        m.layoutScope = QStringLiteral("test");
        m.contexts = &contexts;
        m.kinds = &kinds;
        m.detail = &detail;
        m.kindTable = &kindTable;
        m.attributes = &attributes;
        m.prompts = &prompts;
        return m;
    }

    // Connects the models to the environment, as AppSession does.
    void start()
    {
        detail.setEnvironment(models.environment);
        contexts.setEnvironment(models.environment);
        window.show();
    }
};
