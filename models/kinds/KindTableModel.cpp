#include "KindTableModel.h"

#include "RelativeTime.h"

#include <algorithm>

namespace ctx {

KindTableModel::KindTableModel(ContextsApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

KindTableModel::~KindTableModel() = default;

void KindTableModel::cancelSaves()
{
    const QList<RequestHandle> saves = m_saves.values();
    m_saves.clear();
    for (const RequestHandle &save : saves)
        save->cancel();
}

void KindTableModel::setProject(const QString &projectKey)
{
    if (projectKey != m_project) {
        cancelSaves();
        m_project = projectKey;
        m_loaded = false;
        setKinds({});
        emit projectChanged(projectKey);
    }
    reload();
}

void KindTableModel::reload()
{
    const bool wasLoading = isLoading();
    if (m_pending)
        m_pending->cancel();
    m_pending.reset();
    const quint64 generation = ++m_generation;
    m_error.reset();
    if (m_project.isEmpty()) {
        if (wasLoading)
            emit loadingChanged(false);
        return;
    }
    m_pending = m_api->contextKinds(m_project,
        replyTo<QList<ContextKind>>(this, [this, generation](Result<QList<ContextKind>> r) {
            if (generation != m_generation)
                return;
            m_pending.reset();
            if (!r.ok()) {
                m_error = r.error();
                emit loadingChanged(false);
                emit loadFailed(*m_error);
                return;
            }
            m_loaded = true;
            setKinds(r.value());
            emit loadingChanged(false);
            emit loaded();
        }));
    if (!wasLoading)
        emit loadingChanged(true);
}

void KindTableModel::setKinds(const QList<ContextKind> &kinds)
{
    beginResetModel();
    m_kinds = kinds;
    std::sort(m_kinds.begin(), m_kinds.end(),
        [](const ContextKind &a, const ContextKind &b) { return a.key < b.key; });
    rebuildRows();
    endResetModel();
}

void KindTableModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    beginResetModel();
    m_showArchived = show;
    rebuildRows();
    endResetModel();
    emit showArchivedChanged(show);
}

void KindTableModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_kinds.size(); ++i) {
        if (m_showArchived || !m_kinds.at(i).archived)
            m_rows.append(i);
    }
}

int KindTableModel::archivedCount() const
{
    return static_cast<int>(std::count_if(
        m_kinds.begin(), m_kinds.end(), [](const ContextKind &k) { return k.archived; }));
}

std::optional<ContextKind> KindTableModel::kind(const QString &key) const
{
    for (const ContextKind &k : m_kinds) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

int KindTableModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_kinds.at(m_rows.at(row)).key == key)
            return row;
    }
    return -1;
}

QString KindTableModel::keyProblem(const QString &key)
{
    if (key.isEmpty())
        return tr("A kind needs a key.");
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return tr("The key “%1” contains “%2”; a kind key can contain only letters, digits, "
                      "“.”, “_” and “-”.")
                .arg(key, QString(c));
    }
    if (key == QStringLiteral("kind") || key == QStringLiteral("multi"))
        return tr("“%1” is reserved by LaunchDarkly and cannot be a kind key.").arg(key);
    return {};
}

QString KindTableModel::updateProblem(const ContextKindUpdate &update)
{
    if (update.name.trimmed().isEmpty())
        return tr("A kind needs a name.");
    return {};
}

bool KindTableModel::save(const QString &key, const ContextKindUpdate &update)
{
    QString problem = keyProblem(key);
    if (problem.isEmpty())
        problem = updateProblem(update);
    if (problem.isEmpty() && m_project.isEmpty())
        problem = tr("No project is open.");
    if (!problem.isEmpty()) {
        emit saveRefused(key, problem);
        return false;
    }
    if (m_saves.contains(key)) {
        emit saveRefused(key, tr("“%1” is still being saved; wait for the answer.").arg(key));
        return false;
    }
    // The callback never runs inside the call (ContextsApi's contract).
    m_saves.insert(key,
        m_api->putContextKind(
            m_project, key, update, replyTo<Done>(this, [this, key](const Result<Done> &r) {
                m_saves.remove(key);
                if (!r.ok()) {
                    emit saveFailed(key, r.error());
                    return;
                }
                reload();
                emit saved(key);
            })));
    emit saveStarted(key);
    return true;
}

void KindTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int KindTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KindTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KindTableModel::createdFromText(const QString &createdFrom)
{
    if (createdFrom == QStringLiteral("default"))
        return tr("Default");
    if (createdFrom == QStringLiteral("auto-add"))
        return tr("Automatically added");
    if (createdFrom == QStringLiteral("manual"))
        return tr("Manually created");
    return createdFrom;
}

QString KindTableModel::displayText(const ContextKind &kind, int column) const
{
    switch (column) {
    case KeyColumn:
        return kind.key;
    case NameColumn:
        return kind.name;
    case DescriptionColumn:
        return kind.description;
    case CreatedFromColumn:
        return createdFromText(kind.createdFrom);
    case LastSeenColumn:
        return RelativeTime::format(kind.lastSeen, m_clock());
    case ArchivedColumn:
        return kind.archived ? tr("Archived") : QString();
    default:
        return {};
    }
}

QVariant KindTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContextKind &kind = kindAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(kind, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LastSeenColumn:
            return kind.lastSeen.isValid() ? RelativeTime::tooltip(kind.lastSeen)
                                           : tr("No SDK has sent a context of this kind yet.");
        case ArchivedColumn:
            return kind.archived
                ? tr("Archived: cannot be used in targeting; hidden from the kind filter.")
                : tr("Available for targeting");
        default:
            return displayText(kind, index.column());
        }
    case SortValueRole:
        if (index.column() == LastSeenColumn)
            return kind.lastSeen;
        return displayText(kind, index.column());
    case KeyRole:
        return kind.key;
    case ArchivedRole:
        return kind.archived;
    default:
        return {};
    }
}

QVariant KindTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case CreatedFromColumn:
        return tr("Created from");
    case LastSeenColumn:
        return tr("Last seen");
    case ArchivedColumn:
        return tr("Archived");
    default:
        return {};
    }
}

} // namespace ctx
