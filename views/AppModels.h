#pragma once

#include "ContextQuery.h"

#include <QString>

namespace ctx {

class AttributeCatalog;
class ContextDetail;
class ContextListModel;
class ContextsApi;
class KindListModel;
class KindTableModel;
class UserPrompts;

// What the main window shows and acts on, built by the app (AppSession) and handed to the
// views in one piece. The views own none of it.
struct AppModels
{
    ContextsApi *api = nullptr;
    EnvironmentRef environment;
    QString environmentLabel; // "project / environment"
    QString layoutScope; // where column layouts are saved (connection + environment)
    ContextListModel *contexts = nullptr;
    KindListModel *kinds = nullptr;
    ContextDetail *detail = nullptr;
    KindTableModel *kindTable = nullptr;
    AttributeCatalog *attributes = nullptr;
    UserPrompts *prompts = nullptr;
};

} // namespace ctx
