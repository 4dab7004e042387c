#pragma once

#include "ConnectionProfile.h"
#include "ContextQuery.h"

#include <QObject>

#include <memory>

namespace ctx {

class AttributeCatalog;
class ConnectionStore;
class ContextDetail;
class ContextListModel;
class KindListModel;
class KindTableModel;
class MainWindow;
class RestContextsApi;
class Settings;
class TokenStore;
class UserPrompts;
struct Connection;

// What the app needs while one connection is open: its REST client, the models over it and
// the main window showing them. Switching connections replaces the whole of it, so no
// request, row or selection of the previous environment can survive into the next.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    struct Shared
    {
        ConnectionStore *connections = nullptr;
        TokenStore *tokens = nullptr;
        UserPrompts *prompts = nullptr;
        Settings *settings = nullptr;
    };

    // `profile` says what to show; `connection` how to reach it (base URL, token, CA file).
    ConnectionSession(const ConnectionProfile &profile, const Connection &connection,
        const Shared &shared, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile &profile() const { return m_profile; }
    MainWindow *window() const { return m_window.get(); }
    ContextListModel *contexts() const { return m_contexts.get(); }
    KindListModel *kinds() const { return m_kinds.get(); }
    ContextDetail *detail() const { return m_detail.get(); }
    RestContextsApi *api() const { return m_api.get(); }

    // Starts loading: kinds, then the list (with `kinds` checked, when given).
    void load(const QStringList &kinds);

private:
    // Declared in the order of construction: destroyed in reverse, the window first.
    ConnectionProfile m_profile;
    EnvironmentRef m_environment;
    std::unique_ptr<RestContextsApi> m_api;
    std::unique_ptr<ContextListModel> m_contexts;
    std::unique_ptr<KindListModel> m_kinds;
    std::unique_ptr<ContextDetail> m_detail;
    std::unique_ptr<KindTableModel> m_kindTable;
    std::unique_ptr<AttributeCatalog> m_attributes;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ctx
