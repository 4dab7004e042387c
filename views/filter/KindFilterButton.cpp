#include "KindFilterButton.h"

#include "KindListModel.h"

#include <QMenu>

namespace ctx {

KindFilterButton::KindFilterButton(KindListModel *model, QWidget *parent)
    : QToolButton(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("kindFilter"));
    setAccessibleName(tr("Kind filter"));
    setAccessibleDescription(tr("Choose which context kinds the list shows"));
    setToolTip(tr("Show only contexts of the chosen kinds"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &KindFilterButton::rebuildMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KindFilterButton::updateText);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KindFilterButton::updateText);
    connect(m_model, &KindListModel::loadFailed, this, [this](const ApiError &error) {
        setToolTip(tr("The kinds could not be loaded: %1").arg(error.userMessage()));
    });
    updateText();
}

void KindFilterButton::rebuildMenu()
{
    QMenu *menu = this->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("&All kinds"));
    all->setCheckable(true);
    all->setChecked(m_model->checkedKeys().isEmpty());
    connect(all, &QAction::triggered, this, [this] { m_model->setCheckedKeys({}); });
    menu->addSeparator();
    if (m_model->rowCount() == 0) {
        QAction *none = menu->addAction(
            m_model->isLoading() ? tr("Loading kinds…") : tr("No kinds in this project"));
        none->setEnabled(false);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QString name = index.data(Qt::DisplayRole).toString();
        QAction *action = menu->addAction(index.data(KindListModel::ArchivedRole).toBool()
                ? tr("%1 (archived)").arg(name)
                : name);
        action->setCheckable(true);
        action->setChecked(index.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        action->setToolTip(index.data(Qt::ToolTipRole).toString());
        const QString key = index.data(KindListModel::KeyRole).toString();
        connect(action, &QAction::toggled, this, [this, key](bool checked) {
            QStringList keys = m_model->checkedKeys();
            keys.removeAll(key);
            if (checked)
                keys.append(key);
            m_model->setCheckedKeys(keys);
        });
    }
    menu->addSeparator();
    QAction *showArchived = menu->addAction(tr("Show a&rchived kinds"));
    showArchived->setObjectName(QStringLiteral("showArchivedKinds"));
    showArchived->setCheckable(true);
    showArchived->setChecked(m_model->showArchived());
    showArchived->setToolTip(tr("List archived kinds too; they cannot be used in targeting"));
    connect(showArchived, &QAction::toggled, m_model, &KindListModel::setShowArchived);
}

void KindFilterButton::updateText()
{
    const QStringList keys = m_model->checkedKeys();
    if (keys.isEmpty()) {
        setText(tr("Kind: All"));
        return;
    }
    QStringList names;
    for (const QString &key : keys)
        names.append(m_model->displayName(key));
    setText(keys.size() == 1 ? tr("Kind: %1").arg(names.first())
                             : tr("Kinds: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace ctx
