#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;

namespace ctx {

// Help → Keyboard shortcuts: every shortcut of the main window, read from its actual QActions
// (the menu bar, submenus, the window's and its widgets' own actions) and its menus'
// mnemonics when the dialog opens, so the list cannot go stale. A few keys that are not
// actions (Escape, Enter in the Contexts tab) are listed after them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; // "Edit", "Saved views › Manage", "Menus", "Contexts tab"
        QString text; // "Copy rows", without the mnemonic's "&"
        QList<QKeySequence> keys;
        QString description; // the action's tooltip, or what the key does
        QPointer<QAction> action; // null for menus and keys that are not actions
    };

    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // What the dialog lists for `window`, in menu order: actions with a shortcut, then the
    // menu bar's Alt+letter keys, then the keys that are not actions.
    static QList<Entry> collect(QMainWindow *window);
    // "&Copy rows…" → "Copy rows…"; "&&" stays one "&".
    static QString withoutMnemonic(const QString &text);
    // The mnemonic letter of a menu text ("C&ontext" → 'O'), or a null QChar.
    static QChar mnemonic(const QString &text);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }

private:
    void fill(const QList<Entry> &entries);
    void applySearch(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace ctx
