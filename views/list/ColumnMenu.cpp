#include "ColumnMenu.h"

#include "AttributeCatalog.h"
#include "ContextListModel.h"
#include "ContextTableView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>

#include <utility>

namespace ctx {

namespace {

// A title as menu text: "&" would otherwise become a mnemonic.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

void addCheck(QMenu *menu, ContextTableView *table, const ContextColumn &column)
{
    QAction *action = menu->addAction(menuText(column.title()));
    action->setObjectName(QStringLiteral("showColumn:") + column.id());
    action->setCheckable(true);
    const bool shown = table->isColumnShown(column);
    action->setChecked(shown);
    if (shown && !table->canHideColumn(column)) {
        action->setEnabled(false);
        action->setToolTip(ColumnMenu::tr("The last visible column cannot be hidden."));
    } else if (column.isAttribute()) {
        action->setToolTip(ColumnMenu::tr("Uncheck to remove this attribute column."));
    }
    QObject::connect(action, &QAction::toggled, table,
        [table, column](bool checked) { table->setColumnShown(column, checked); });
}

void addAttributeMenu(QMenu *menu, ContextTableView *table, AttributeCatalog *catalog)
{
    QMenu *add = menu->addMenu(ColumnMenu::tr("&Add attribute column"));
    add->setObjectName(QStringLiteral("addColumnMenu"));
    add->setToolTipsVisible(true);
    int offered = 0;
    if (catalog) {
        const QStringList pointers = catalog->pointers();
        for (const QString &pointer : pointers) {
            if (!ColumnMenu::isOffered(pointer)
                || table->isColumnShown(ContextColumn::attribute(pointer)))
                continue;
            if (++offered > ColumnMenu::maxOffered)
                break;
            const bool redacted = catalog->isRedacted(pointer);
            QAction *action = add->addAction(redacted
                    ? ColumnMenu::tr("%1 (private values)").arg(menuText(pointer))
                    : menuText(pointer));
            action->setObjectName(QStringLiteral("addColumn:") + pointer);
            if (redacted)
                action->setToolTip(
                    ColumnMenu::tr("Some contexts keep this attribute private: their cells "
                                   "show [private], never the value."));
            QObject::connect(action, &QAction::triggered, table,
                [table, pointer] { table->addAttributeColumn(pointer); });
        }
    }
    if (catalog && offered == 0) {
        const bool failed = catalog->lastError().has_value();
        QAction *note
            = add->addAction(catalog->isLoading() ? ColumnMenu::tr("Loading attribute names…")
                    : failed                      ? ColumnMenu::tr("Could not load attribute names")
                             : ColumnMenu::tr("No other attribute names seen"));
        note->setEnabled(false);
        if (failed) {
            QAction *reload = add->addAction(ColumnMenu::tr("Try again"));
            reload->setObjectName(QStringLiteral("reloadAttributeNames"));
            QObject::connect(reload, &QAction::triggered, catalog, &AttributeCatalog::reload);
        }
    }
    add->addSeparator();
    QAction *other = add->addAction(ColumnMenu::tr("&Other…"));
    other->setObjectName(QStringLiteral("addColumnOther"));
    other->setToolTip(
        ColumnMenu::tr("Add a column for any attribute, by JSON pointer (/address/city)."));
    QObject::connect(
        other, &QAction::triggered, table, [table] { table->askForAttributeColumn(); });
}

} // namespace

bool ColumnMenu::isOffered(const QString &pointer)
{
    return pointer.size() > 1 && pointer != QLatin1String("/key")
        && pointer != QLatin1String("/kind") && pointer != QLatin1String("/name")
        && !pointer.startsWith(QLatin1String("/_meta"));
}

void ColumnMenu::populate(
    QMenu *menu, ContextTableView *table, AttributeCatalog *catalog, int section)
{
    // Submenus are children of the menu: clear() alone would keep them.
    qDeleteAll(menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    menu->clear();
    menu->setToolTipsVisible(true);
    const ContextListModel *model = table->contextModel();
    if (!model)
        return;
    const QList<ContextColumn> columns = model->columns();
    const QHeaderView *header = table->horizontalHeader();

    if (section >= 0 && section < columns.size()) {
        const ContextColumn &column = columns.at(section);
        QAction *fit = menu->addAction(tr("&Fit “%1” to contents").arg(menuText(column.title())));
        fit->setObjectName(QStringLiteral("fitColumn"));
        QObject::connect(fit, &QAction::triggered, table, [table, column] {
            table->resizeColumnToContents(table->contextModel()->columnOf(column));
        });
        if (column.isAttribute()) {
            QAction *remove
                = menu->addAction(tr("&Remove column “%1”").arg(menuText(column.title())));
            remove->setObjectName(QStringLiteral("removeColumn"));
            if (!table->canHideColumn(column)) {
                remove->setEnabled(false);
                remove->setToolTip(tr("The last visible column cannot be hidden."));
            }
            QObject::connect(remove, &QAction::triggered, table,
                [table, column] { table->removeAttributeColumn(column.pointer); });
        }
    }
    QAction *fitAll = menu->addAction(tr("Fit &all columns to contents"));
    fitAll->setObjectName(QStringLiteral("fitAllColumns"));
    QObject::connect(fitAll, &QAction::triggered, table, &QTableView::resizeColumnsToContents);
    menu->addSeparator();

    for (const ContextColumn &column : ContextColumn::defaults())
        addCheck(menu, table, column);
    // The attribute columns, in the order they show.
    bool separated = false;
    for (int visual = 0; visual < header->count(); ++visual) {
        const ContextColumn column = columns.value(header->logicalIndex(visual));
        if (!column.isAttribute() || column.pointer.isEmpty())
            continue;
        if (!std::exchange(separated, true))
            menu->addSeparator();
        addCheck(menu, table, column);
    }
    menu->addSeparator();
    addAttributeMenu(menu, table, catalog);
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns to &defaults"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    reset->setToolTip(tr("The built-in columns in their order and widths; attribute columns go."));
    QObject::connect(reset, &QAction::triggered, table, &ContextTableView::resetColumns);
}

std::optional<QString> ColumnMenu::askForPointer(QWidget *parent)
{
    const QString prompt = tr("JSON pointer of the attribute, for example /email or "
                              "/address/city:");
    QString label = prompt;
    QString text;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(
            parent, tr("Add attribute column"), label, QLineEdit::Normal, text, &ok);
        if (!ok)
            return std::nullopt;
        const std::optional<ContextColumn> column = ContextColumn::fromId(text.trimmed());
        if (column && column->isAttribute())
            return column->pointer;
        label = tr("That is not a JSON pointer: it starts with “/”, and “~” is written ~0.")
            + QLatin1Char('\n') + prompt;
    }
}

} // namespace ctx
