#include "KindListModel.h"

#include "KindTableModel.h"

#include <algorithm>

namespace ctx {

KindListModel::KindListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void KindListModel::follow(const KindTableModel *table)
{
    m_followed = table;
    connect(table, &KindTableModel::loaded, this, [this, table] {
        m_error.reset();
        setKinds(table->kinds());
        emit loaded();
    });
    connect(table, &KindTableModel::loadFailed, this, [this](const ApiError &error) {
        m_error = error;
        emit loadFailed(error);
    });
    if (table->hasLoaded())
        setKinds(table->kinds());
}

bool KindListModel::isLoading() const
{
    return m_followed && m_followed->isLoading();
}

void KindListModel::setKinds(const QList<ContextKind> &kinds)
{
    const QStringList previouslyChecked = checkedKeys();
    beginResetModel();
    m_entries.clear();
    for (const ContextKind &kind : kinds) {
        const bool visible = m_showArchived || !kind.archived;
        m_entries.append({kind, visible && previouslyChecked.contains(kind.key)});
    }
    std::sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.kind.key < b.kind.key; });
    rebuildRows();
    endResetModel();
    if (checkedKeys() != previouslyChecked)
        emit checkedKeysChanged(checkedKeys());
}

void KindListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    const QStringList previouslyChecked = checkedKeys();
    beginResetModel();
    m_showArchived = show;
    if (!show) {
        for (Entry &entry : m_entries) {
            if (entry.kind.archived)
                entry.checked = false;
        }
    }
    rebuildRows();
    endResetModel();
    emit showArchivedChanged(show);
    if (checkedKeys() != previouslyChecked)
        emit checkedKeysChanged(checkedKeys());
}

void KindListModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_showArchived || !m_entries.at(i).kind.archived)
            m_rows.append(i);
    }
}

QStringList KindListModel::checkedKeys() const
{
    QStringList keys;
    for (const Entry &entry : m_entries) {
        if (entry.checked)
            keys.append(entry.kind.key);
    }
    return keys;
}

void KindListModel::setCheckedKeys(const QStringList &keys)
{
    if (keys == checkedKeys())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        Entry &entry = m_entries[m_rows.at(row)];
        const bool checked = keys.contains(entry.kind.key);
        if (entry.checked != checked) {
            entry.checked = checked;
            emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
        }
    }
    emit checkedKeysChanged(checkedKeys());
}

QString KindListModel::displayName(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.kind.key == key)
            return entry.kind.name.isEmpty() ? key : entry.kind.name;
    }
    return key;
}

int KindListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant KindListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return entry.kind.name.isEmpty() ? entry.kind.key : entry.kind.name;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return entry.kind.description.isEmpty() ? entry.kind.key : entry.kind.description;
    case Qt::CheckStateRole:
        return entry.checked ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return entry.kind.key;
    case ArchivedRole:
        return entry.kind.archived;
    default:
        return {};
    }
}

bool KindListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    Entry &entry = m_entries[m_rows.at(index.row())];
    if (entry.checked == checked)
        return true;
    entry.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedKeysChanged(checkedKeys());
    return true;
}

Qt::ItemFlags KindListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace ctx
