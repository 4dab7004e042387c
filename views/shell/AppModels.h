#pragma once

#include "ContextQuery.h"

#include <QString>

#include <functional>
#include <memory>

namespace ctx {

class AccountApi;
class AttributeCatalog;
class ConnectionStore;
class RequestThrottle;
class Settings;
class TokenStore;
struct ConnectionProfile;
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

    // The connection in use (ConnectionProfile::id; "demo" for the built-in demo) and
    // whether it carries the "production" mark (badge, stronger delete confirmation).
    QString connectionId;
    bool production = false;
    // Rate-limit waits of the connection in use (shown in the status line, with Cancel).
    RequestThrottle *throttle = nullptr;
    // Saved connections and their tokens, for the switcher and the Connections dialog.
    ConnectionStore *connections = nullptr;
    TokenStore *tokens = nullptr;
    // Window state, column layouts and saved views; nullptr: the application's settings.
    Settings *settings = nullptr;
    // Makes a client for a connection being edited (pickers, "Test connection"), before it
    // is saved. Tests hand in fakes.
    std::function<std::shared_ptr<AccountApi>(const ConnectionProfile &, const QString &token)>
        accountApiFactory;
};

} // namespace ctx
