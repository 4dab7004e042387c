#pragma once

#include "AppOptions.h"

#include <QObject>

#include <memory>

namespace sandbox {
class SandboxServer;
}

namespace ctx {

class ContextDetail;
class ContextListModel;
class KindListModel;
class UserPrompts;
class MainWindow;
class RestContextsApi;

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
    ContextListModel *contexts() const { return m_contexts; }
    KindListModel *kinds() const { return m_kinds; }
    ContextDetail *detail() const { return m_detail; }

private:
    AppOptions m_options;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    RestContextsApi *m_api = nullptr;
    ContextListModel *m_contexts = nullptr;
    KindListModel *m_kinds = nullptr;
    ContextDetail *m_detail = nullptr;
    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ctx
