#pragma once

#include "SavedView.h"

#include <QMenu>

#include <functional>

class QSettings;

namespace ctx {

class UserPrompts;

// "Views": the saved views to pick from, then Save current view…, and Rename, Delete,
// Export and Import. What a view holds is captured from and applied to the page through
// the two functions, so the menu knows nothing about widgets.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    using Capture = std::function<SavedView(const QString &name)>;
    using Apply = std::function<void(const SavedView &)>;

    SavedViewsMenu(QSettings *settings, UserPrompts *prompts, Capture capture, Apply apply,
        QWidget *parent = nullptr);

    void saveCurrent();
    void renameView(const QString &name);
    void deleteView(const QString &name);
    void exportView(const QString &name);
    void importView();

signals:
    // A view was applied (picked or imported): for the status line.
    void viewApplied(const QString &name);

private:
    void rebuild();
    void report(const QString &title, const QString &text);

    SavedViewStore m_store;
    UserPrompts *m_prompts;
    Capture m_capture;
    Apply m_apply;
};

} // namespace ctx
