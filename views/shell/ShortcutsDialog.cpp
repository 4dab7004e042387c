#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ctx {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

void walkMenu(
    QMenu *menu, const QString &path, QSet<QAction *> &seen, QList<ShortcutsDialog::Entry> &entries)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *submenu = action->menu()) {
            walkMenu(submenu,
                path + QStringLiteral(" › ") + ShortcutsDialog::withoutMnemonic(submenu->title()),
                seen, entries);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        entries.append({path, ShortcutsDialog::withoutMnemonic(action->text()), action->shortcuts(),
            action->toolTip(), action});
    }
}

QKeySequence altKey(QChar letter)
{
    return QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(letter.toUpper().unicode())));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setAccessibleDescription(tr("Every keyboard shortcut of the window, by menu"));

    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setAccessibleDescription(tr("Shows only the shortcuts whose action or keys "
                                          "contain this text"));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Shortcuts"));
    m_tree->setAccessibleDescription(tr("Actions grouped by menu, each with its keys"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applySearch);
    fill(collect(window));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    resize(em * 38, em * 44);
}

QString ShortcutsDialog::withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i; // "&x" → "x", "&&" → "&"
        }
        out.append(text.at(i));
    }
    return out;
}

QChar ShortcutsDialog::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
        ++i; // "&&" is a literal "&"
    }
    return {};
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QMainWindow *window)
{
    QList<Entry> entries;
    if (!window)
        return entries;
    QSet<QAction *> seen;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *action : menus) {
        if (QMenu *menu = action->menu()) {
            seen.insert(action);
            walkMenu(menu, withoutMnemonic(menu->title()), seen, entries);
        }
    }
    // Shortcuts of the window and its widgets that no menu shows.
    QList<QWidget *> widgets {window};
    widgets.append(window->findChildren<QWidget *>());
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->isWindow() && widget != window)
            continue; // another window's (a dialog's) shortcuts are not the window's
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions) {
            if (seen.contains(action) || action->shortcuts().isEmpty())
                continue;
            seen.insert(action);
            // A widget's own shortcut is grouped under that widget ("Attributes").
            const bool own = action->shortcutContext() == Qt::WidgetShortcut
                || action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
            const QString where = widget->accessibleName();
            entries.append({own && !where.isEmpty() ? tr("In %1").arg(where) : tr("Other"),
                withoutMnemonic(action->text()), action->shortcuts(), action->toolTip(), action});
        }
    }
    // Alt+letter: the menus, and the main tabs.
    const QString menusGroup = tr("Menus and tabs");
    for (QAction *action : menus) {
        if (const QChar letter = mnemonic(action->text()); !letter.isNull())
            entries.append({menusGroup, tr("%1 menu").arg(withoutMnemonic(action->text())),
                {altKey(letter)}, tr("Opens the menu"), nullptr});
    }
    if (auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (const QChar letter = mnemonic(tabs->tabText(i)); !letter.isNull())
                entries.append({menusGroup, tr("%1 tab").arg(withoutMnemonic(tabs->tabText(i))),
                    {altKey(letter)}, tr("Shows the tab"), nullptr});
        }
    }
    // Keys that are not actions (FilterBar, ContextTableView).
    const QString tabGroup = tr("Contexts tab");
    const QKeySequence escape(Qt::Key_Escape);
    entries.append(
        {tabGroup, tr("Clear the quick search"), {escape}, tr("In the quick search box"), nullptr});
    entries.append({tabGroup, tr("Revert the filter edit, then clear the filter"), {escape},
        tr("In the advanced filter box"), nullptr});
    entries.append({tabGroup, tr("Clear the selection"), {escape}, tr("In the list"), nullptr});
    entries.append({tabGroup, tr("Apply the filter now"), {QKeySequence(Qt::Key_Return)},
        tr("In the quick search or advanced filter box"), nullptr});
    return entries;
}

void ShortcutsDialog::fill(const QList<Entry> &entries)
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = m_tree->font();
            font.setBold(true);
            group->setFont(0, font);
        }
        auto *item = new QTreeWidgetItem(group, {entry.text, keysText(entry.keys)});
        item->setToolTip(0, entry.description);
        item->setToolTip(1, entry.description);
        item->setData(
            1, Qt::AccessibleTextRole, tr("%1: %2").arg(entry.text, keysText(entry.keys)));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
}

void ShortcutsDialog::applySearch(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = needle.isEmpty()
                || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive)
                || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

} // namespace ctx
