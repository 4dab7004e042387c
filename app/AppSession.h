#pragma once

#include "AppOptions.h"

#include <QObject>

#include <memory>

namespace sandbox {
class SandboxServer;
}

namespace ctx {

class AttributeCatalog;
class ContextDetail;
class ContextListModel;
class KindListModel;
class KindTableModel;
class MainWindow;
class RestContextsApi;
class UserPrompts;

// Wires one session of the app: the demo sandbox when asked for, the REST client, the
// models and the main window.
class AppSession : public QObject
{
    Q_OBJECT
public:
    explicit AppSession(AppOptions options, QObject *parent = nullptr);
    ~AppSession() override;

    // On failure returns false and sets *error to a sentence for the person.
    bool start(QString *error);

    MainWindow *window() const { return m_window.get(); }
    ContextListModel *contexts() const { return m_contexts.get(); }
    KindListModel *kinds() const { return m_kinds.get(); }
    ContextDetail *detail() const { return m_detail.get(); }

private:
    // Declared in the order of construction: destroyed in reverse, the window first, the
    // server last.
    AppOptions m_options;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<RestContextsApi> m_api;
    std::unique_ptr<ContextListModel> m_contexts;
    std::unique_ptr<KindListModel> m_kinds;
    std::unique_ptr<ContextDetail> m_detail;
    std::unique_ptr<KindTableModel> m_kindTable;
    std::unique_ptr<AttributeCatalog> m_attributes;
    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ctx
