#include "SavedViewsMenu.h"

#include "UserPrompts.h"

#include <QFile>
#include <QSaveFile>

namespace ctx {

namespace {
const char *fileFilter = QT_TRANSLATE_NOOP("ctx::SavedViewsMenu", "View files (*.json)");
constexpr qint64 maxViewFileBytes = qint64(256) * 1024;
} // namespace

SavedViewsMenu::SavedViewsMenu(
    QSettings *settings, UserPrompts *prompts, Capture capture, Apply apply, QWidget *parent)
    : QMenu(tr("&Views"), parent)
    , m_store(settings)
    , m_prompts(prompts)
    , m_capture(std::move(capture))
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    const QList<SavedView> views = m_store.views();
    if (views.isEmpty()) {
        addAction(tr("No saved views yet"))->setEnabled(false);
    }
    for (const SavedView &view : views) {
        QAction *action = addAction(view.name);
        action->setObjectName(QStringLiteral("view:") + view.name);
        QStringList summary;
        if (!view.kinds.isEmpty())
            summary.append(tr("kinds: %1").arg(view.kinds.join(QStringLiteral(", "))));
        if (!view.quickSearch.isEmpty())
            summary.append(tr("search: %1").arg(view.quickSearch));
        if (!view.filter.isEmpty())
            summary.append(tr("filter: %1").arg(view.filter));
        action->setToolTip(
            summary.isEmpty() ? tr("Every context") : summary.join(QLatin1Char('\n')));
        connect(action, &QAction::triggered, this, [this, view] {
            m_apply(view);
            emit viewApplied(view.name);
        });
    }
    addSeparator();
    QAction *save = addAction(tr("&Save current view…"), this, &SavedViewsMenu::saveCurrent);
    save->setObjectName(QStringLiteral("saveView"));
    QAction *import = addAction(tr("&Import view…"), this, &SavedViewsMenu::importView);
    import->setObjectName(QStringLiteral("importView"));
    if (views.isEmpty())
        return;
    QMenu *manage = addMenu(tr("&Manage"));
    QMenu *rename = manage->addMenu(tr("&Rename"));
    QMenu *remove = manage->addMenu(tr("&Delete"));
    QMenu *exportMenu = manage->addMenu(tr("&Export to file"));
    for (const SavedView &view : views) {
        const QString name = view.name;
        rename->addAction(name, this, [this, name] { renameView(name); });
        remove->addAction(name, this, [this, name] { deleteView(name); });
        exportMenu->addAction(name, this, [this, name] { exportView(name); });
    }
}

void SavedViewsMenu::saveCurrent()
{
    const auto name
        = m_prompts->askText(parentWidget(), tr("Save view"), tr("Name of the view:"), {});
    if (!name)
        return;
    const QList<SavedView> views = m_store.views();
    const bool exists = std::any_of(
        views.begin(), views.end(), [&name](const SavedView &v) { return v.name == *name; });
    if (exists
        && !m_prompts->confirm(parentWidget(), tr("Replace view?"),
            tr("A view named \"%1\" exists. Replace it with the current view?").arg(*name)))
        return;
    m_store.save(m_capture(*name));
}

void SavedViewsMenu::renameView(const QString &name)
{
    const auto to = m_prompts->askText(parentWidget(), tr("Rename view"), tr("New name:"), name);
    if (!to || *to == name)
        return;
    if (!m_store.rename(name, *to))
        report(tr("Rename view"), tr("A view named \"%1\" already exists.").arg(*to));
}

void SavedViewsMenu::deleteView(const QString &name)
{
    if (m_prompts->confirm(parentWidget(), tr("Delete view?"),
            tr("Delete the saved view \"%1\"? Exported files are not affected.").arg(name)))
        m_store.remove(name);
}

void SavedViewsMenu::exportView(const QString &name)
{
    const QList<SavedView> views = m_store.views();
    const auto it = std::find_if(
        views.begin(), views.end(), [&name](const SavedView &v) { return v.name == name; });
    if (it == views.end())
        return;
    const QString path = m_prompts->chooseSaveFile(
        parentWidget(), tr("Export view"), name + QStringLiteral(".json"), tr(fileFilter));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SavedViewStore::exportFile(*it)) < 0
        || !file.commit()) {
        report(tr("Export view"),
            tr("The view could not be written to %1: %2").arg(path, file.errorString()));
    }
}

void SavedViewsMenu::importView()
{
    const QString path
        = m_prompts->chooseOpenFile(parentWidget(), tr("Import view"), tr(fileFilter));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Import view"), tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    const auto view = SavedViewStore::importFile(file.read(maxViewFileBytes + 1), &error);
    if (!view) {
        report(tr("Import view"), tr("%1 was not imported. %2").arg(path, error));
        return;
    }
    m_store.save(*view);
    m_apply(*view);
    emit viewApplied(view->name);
}

void SavedViewsMenu::report(const QString &title, const QString &text)
{
    m_prompts->inform(parentWidget(), title, text);
}

} // namespace ctx
