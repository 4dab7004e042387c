#pragma once

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QWidget>

#include <algorithm>
#include <functional>

// Checks that walk every widget of a window as a person (or a screen reader) meets it:
// controls without an accessible name, and texts that do not fit where they are laid out.
// Each returns one line per offender, for the failure message.
namespace audit {

inline QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char('#') + widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" “%1”").arg(button->text());
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text += QStringLiteral(" “%1”").arg(label->text().left(60));
    // The nearest named ancestors say where it is.
    QStringList path;
    for (const QWidget *p = widget->parentWidget(); p && path.size() < 3; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    if (!path.isEmpty())
        text += QStringLiteral(" in ") + path.join(QLatin1Char('/'));
    return text;
}

// A failure message listing every offender. QTest cuts long messages, so each line is also
// printed on its own.
inline QByteArray failureMessage(const QString &title, const QStringList &lines)
{
    for (const QString &line : lines)
        qWarning("%s", qPrintable(line));
    return (
        title + QStringLiteral(" (%1):\n  ").arg(lines.size()) + lines.join(QStringLiteral("\n  ")))
        .toUtf8();
}

inline QList<QWidget *> widgetsOf(QWidget *root)
{
    QList<QWidget *> all {root};
    all += root->findChildren<QWidget *>();
    return all;
}

inline bool hasBuddyLabel(const QWidget *widget)
{
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
        [widget](const QLabel *label) { return label->buddy() == widget; });
}

// Every visible widget that takes focus (Tab or click) must have an accessible name:
// explicit, from its text, or from the label it is the buddy of.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    for (QWidget *widget : widgetsOf(root)) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Focus handed on to another widget: that one is checked.
        if (widget->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // On Linux a combo box's Name is its current value; what it is for comes from its
        // own name or its label (the Label relation), so one of those must exist.
        if (widget->inherits("QComboBox") && widget->accessibleName().isEmpty()
            && !hasBuddyLabel(widget))
            name.clear();
        if (name.isEmpty())
            offenders.append(describe(widget));
    }
    return offenders;
}

// Labels, buttons, check boxes, tabs, the menu bar and the toolbars: nothing cut, elided or
// pushed into an overflow menu.
inline QStringList truncatedTexts(QWidget *root)
{
    QStringList offenders;
    for (QWidget *widget : widgetsOf(root)) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            const QSize need = label->minimumSizeHint();
            if (label->width() < need.width())
                offenders.append(QStringLiteral("%1: %2 px wide, needs %3")
                                     .arg(describe(label))
                                     .arg(label->width())
                                     .arg(need.width()));
            const int height = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                          : need.height();
            if (label->height() < height)
                offenders.append(QStringLiteral("%1: %2 px high, needs %3")
                                     .arg(describe(label))
                                     .arg(label->height())
                                     .arg(height));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty() || widget->inherits("QTabBarCloseButton"))
                continue;
            const QSize need = button->sizeHint().expandedTo(button->minimumSizeHint());
            if (button->width() < need.width())
                offenders.append(QStringLiteral("%1: %2 px wide, needs %3")
                                     .arg(describe(button))
                                     .arg(button->width())
                                     .arg(need.width()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                // What QTabBar::tabSizeHint() asks for: the text, the style's padding, the
                // icon and the side buttons.
                int need = tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i)).width()
                    + tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
                if (!tabs->tabIcon(i).isNull())
                    need += tabs->iconSize().width() + 4;
                for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
                    if (const QWidget *extra = tabs->tabButton(i, side))
                        need += extra->sizeHint().width();
                }
                const QRect rect = tabs->tabRect(i);
                if (rect.width() < need || !tabs->rect().contains(rect))
                    offenders.append(QStringLiteral("tab “%1” of %2: %3 px wide, needs %4")
                                         .arg(tabs->tabText(i), describe(tabs))
                                         .arg(rect.width())
                                         .arg(need));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> actions = bar->actions();
            for (QAction *action : actions) {
                if (!action->isVisible())
                    continue;
                const QRect rect = bar->actionGeometry(action);
                if (rect.isEmpty() || !bar->rect().contains(rect))
                    offenders.append(QStringLiteral("menu “%1” does not fit in the menu bar")
                                         .arg(action->text()));
            }
        } else if (auto *toolbar = qobject_cast<QToolBar *>(widget)) {
            const QList<QAction *> actions = toolbar->actions();
            for (QAction *action : actions) {
                QWidget *item = toolbar->widgetForAction(action);
                if (action->isVisible() && item && !item->isVisible())
                    offenders.append(
                        QStringLiteral("“%1” is pushed out of toolbar %2")
                            .arg(action->text().isEmpty() ? describe(item) : action->text(),
                                describe(toolbar)));
            }
        }
    }
    return offenders;
}

// Runs `check` with each page of every tab widget under `root` shown in turn (the others
// at their current page), so that hidden pages are checked too. Returns what it collected,
// each line once, prefixed with the page where it was first seen.
inline QStringList onEveryPage(QWidget *root, const std::function<QStringList()> &check)
{
    QStringList found;
    QStringList seen;
    const auto collect = [&](const QString &where) {
        QApplication::processEvents();
        const QStringList lines = check();
        for (const QString &line : lines) {
            if (seen.contains(line))
                continue; // once, on the first page where it shows
            seen.append(line);
            found.append(where.isEmpty() ? line : where + QStringLiteral(": ") + line);
        }
    };
    collect(QString());
    const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (tabs->isVisible())
                collect(QStringLiteral("[%1 page %2]").arg(tabs->objectName(), tabs->tabText(i)));
        }
        tabs->setCurrentIndex(before);
    }
    return found;
}

} // namespace audit
