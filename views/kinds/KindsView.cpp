#include "KindsView.h"

#include "KindTableModel.h"
#include "StatusLine.h"
#include "TableSetup.h"
#include "UserPrompts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ctx {

KindsView::KindsView(KindTableModel *model, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_prompts(prompts)
    , m_new(new QPushButton(tr("&New kind…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_showArchived(new QCheckBox(tr("Show arc&hived"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_table(new QTableView(this))
    , m_listStatus(new StatusLine(this))
    , m_saveStatus(new StatusLine(this))
{
    setObjectName(QStringLiteral("kindsView"));
    m_new->setObjectName(QStringLiteral("newKind"));
    m_new->setToolTip(tr("Create a context kind in this project"));
    m_edit->setObjectName(QStringLiteral("editKind"));
    m_edit->setToolTip(tr("Change the name and description of the selected kind"));
    m_archive->setObjectName(QStringLiteral("archiveKind"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedKinds"));
    m_showArchived->setToolTip(tr("List archived kinds too"));
    m_showArchived->setChecked(model->showArchived());
    m_refresh->setObjectName(QStringLiteral("refreshKinds"));
    m_refresh->setToolTip(tr("Load the kinds from the server again"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_archive);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_showArchived);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);

    m_table->setObjectName(QStringLiteral("kindTable"));
    m_table->setAccessibleName(tr("Context kinds"));
    m_table->setAccessibleDescription(
        tr("The project's context kinds: key, name, description, origin and when last seen"));
    TableSetup::apply(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(model);
    m_table->setColumnWidth(KindTableModel::KeyColumn, 150);
    m_table->setColumnWidth(KindTableModel::NameColumn, 160);
    m_table->setColumnWidth(KindTableModel::DescriptionColumn, 260);
    m_table->setColumnWidth(KindTableModel::CreatedFromColumn, 150);
    m_table->setColumnWidth(KindTableModel::LastSeenColumn, 120);

    m_listStatus->setObjectName(QStringLiteral("kindListStatus"));
    m_saveStatus->setObjectName(QStringLiteral("kindSaveStatus"));
    m_saveStatus->setRetryVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_listStatus);

    connect(m_new, &QPushButton::clicked, this, &KindsView::newKind);
    connect(m_edit, &QPushButton::clicked, this, &KindsView::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &KindsView::archiveOrRestoreSelected);
    connect(m_table, &QTableView::doubleClicked, this, &KindsView::editSelected);
    connect(m_refresh, &QPushButton::clicked, model, &KindTableModel::reload);
    connect(m_listStatus, &StatusLine::retryRequested, model, &KindTableModel::reload);
    connect(m_showArchived, &QCheckBox::toggled, model, &KindTableModel::setShowArchived);
    connect(model, &KindTableModel::showArchivedChanged, m_showArchived, &QCheckBox::setChecked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &KindsView::updateActions);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keyBeforeReset = selectedKey(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectAfterReload.isEmpty() && m_model->rowOf(m_selectAfterReload) >= 0) {
            selectKey(m_selectAfterReload);
            m_selectAfterReload.clear();
        } else {
            selectKey(m_keyBeforeReset);
        }
        updateActions();
        updateListStatus();
    });
    // A kind to select after the reload a save started: once, whether it is shown or not.
    connect(model, &KindTableModel::loaded, this, [this] { m_selectAfterReload.clear(); });
    connect(model, &KindTableModel::loadingChanged, this, &KindsView::updateListStatus);
    connect(model, &KindTableModel::loadFailed, this, &KindsView::updateListStatus);
    connect(model, &KindTableModel::projectChanged, this, [this] {
        m_outcomes.clear();
        m_selectAfterReload.clear();
        m_saveStatus->setText({});
        m_saveStatus->setError({});
        updateActions();
    });

    connect(model, &KindTableModel::saveStarted, this, [this](const QString &key) {
        m_saveStatus->setError({});
        m_saveStatus->setText(m_outcomes.value(key, defaultOutcome(key)).progress);
        updateActions();
    });
    connect(model, &KindTableModel::saved, this, [this](const QString &key) {
        const Outcome outcome = takeOutcome(key);
        m_saveStatus->setError({});
        m_saveStatus->setText(outcome.success);
        m_selectAfterReload = key;
        updateActions();
    });
    connect(model, &KindTableModel::saveFailed, this,
        [this](const QString &key, const ApiError &error) {
            const Outcome outcome = takeOutcome(key);
            m_saveStatus->setText({});
            m_saveStatus->setError(outcome.failure.arg(saveErrorSentence(error)));
            updateActions();
        });
    connect(model, &KindTableModel::saveRefused, this,
        [this](const QString &, const QString &sentence) {
            m_saveStatus->setText({});
            m_saveStatus->setError(sentence);
        });

    updateActions();
    updateListStatus();
}

QString KindsView::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(KindTableModel::KeyRole).toString() : QString();
}

void KindsView::selectKey(const QString &key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, KindTableModel::KeyColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void KindsView::newKind()
{
    if (m_model->projectKey().isEmpty())
        return;
    QStringList taken;
    for (const ContextKind &kind : m_model->kinds())
        taken.append(kind.key);
    const std::optional<KindEdit> edit = m_prompts->editKind(this, std::nullopt, taken);
    if (!edit)
        return;
    if (taken.contains(edit->key)) {
        m_saveStatus->setText({});
        m_saveStatus->setError(
            tr("A kind with the key “%1” already exists; select it and choose Edit.")
                .arg(edit->key));
        return;
    }
    ContextKindUpdate update = edit->update;
    update.archived.reset();
    startSave(edit->key, update,
        {tr("Creating %1…").arg(edit->key), tr("Created %1.").arg(edit->key),
            tr("%1 was not created. %2").arg(edit->key, QStringLiteral("%1"))});
}

void KindsView::editSelected()
{
    const std::optional<ContextKind> kind = m_model->kind(selectedKey());
    if (!kind || m_model->isSaving(kind->key))
        return;
    const std::optional<KindEdit> edit = m_prompts->editKind(this, kind, {});
    if (!edit)
        return;
    ContextKindUpdate update = edit->update;
    update.archived.reset(); // unchanged
    startSave(kind->key, update, defaultOutcome(kind->key));
}

void KindsView::archiveOrRestoreSelected()
{
    const std::optional<ContextKind> kind = m_model->kind(selectedKey());
    if (!kind || m_model->isSaving(kind->key))
        return;
    ContextKindUpdate update;
    update.name = kind->name.isEmpty() ? kind->key : kind->name;
    update.description = kind->description; // always sent: keep it
    update.archived = !kind->archived;
    if (kind->archived) {
        startSave(kind->key, update,
            {tr("Restoring %1…").arg(kind->key), tr("Restored %1.").arg(kind->key),
                tr("%1 was not restored. %2").arg(kind->key, QStringLiteral("%1"))});
        return;
    }
    QString text = tr("Archive the context kind “%1”?\n\nArchived kinds cannot be used in "
                      "targeting or experiments, and they are hidden from the kind filter. "
                      "You can restore it later under “Show archived”.")
                       .arg(kind->key);
    if (kind->key == QStringLiteral("user"))
        text += tr("\n\nLaunchDarkly archives the user kind only after it is no longer "
                   "available for experiments and guarded rollouts.");
    if (!m_prompts->confirm(this, tr("Archive context kind"), text))
        return;
    const QString hidden
        = m_model->showArchived() ? QString() : tr(" It is hidden while “Show archived” is off.");
    startSave(kind->key, update,
        {tr("Archiving %1…").arg(kind->key), tr("Archived %1.").arg(kind->key) + hidden,
            tr("%1 was not archived. %2").arg(kind->key, QStringLiteral("%1"))});
}

void KindsView::startSave(
    const QString &key, const ContextKindUpdate &update, const Outcome &outcome)
{
    m_outcomes.insert(key, outcome);
    if (!m_model->save(key, update))
        m_outcomes.remove(key);
}

KindsView::Outcome KindsView::defaultOutcome(const QString &key)
{
    return {tr("Saving %1…").arg(key), tr("Saved %1.").arg(key),
        tr("%1 was not saved. %2").arg(key, QStringLiteral("%1"))};
}

KindsView::Outcome KindsView::takeOutcome(const QString &key)
{
    return m_outcomes.contains(key) ? m_outcomes.take(key) : defaultOutcome(key);
}

QString KindsView::saveErrorSentence(const ApiError &error)
{
    QString detail = error.detail().trimmed();
    while (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    const QString colonDetail = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    switch (error.kind()) {
    case ApiError::Kind::BadRequest:
        return tr("The server rejected the change (400)%1.").arg(colonDetail);
    case ApiError::Kind::Forbidden:
        return tr("The server denied access (403)%1. Changing context kinds needs a role with "
                  "the createContextKind action in this project.")
            .arg(colonDetail);
    case ApiError::Kind::NotFound:
        return tr("The server did not find the project (404)%1.").arg(colonDetail);
    case ApiError::Kind::Conflict:
        return tr("Someone else changed the kind at the same time (409)%1. Refresh and try "
                  "again.")
            .arg(colonDetail);
    default:
        return error.userMessage();
    }
}

void KindsView::updateActions()
{
    const bool project = !m_model->projectKey().isEmpty();
    const QString key = selectedKey();
    const bool selected = !key.isEmpty();
    const bool busy = selected && m_model->isSaving(key);
    const bool archived = selected && m_model->kind(key).value_or(ContextKind {}).archived;
    m_new->setEnabled(project);
    m_refresh->setEnabled(project);
    m_edit->setEnabled(selected && !busy);
    m_archive->setEnabled(selected && !busy);
    m_archive->setText(archived ? tr("&Restore") : tr("&Archive"));
    m_archive->setToolTip(archived ? tr("Make the selected kind available for targeting again")
                                   : tr("Hide the selected kind from targeting and the kind "
                                        "filter"));
}

void KindsView::updateListStatus()
{
    if (m_model->projectKey().isEmpty()) {
        m_listStatus->setText(tr("No project open."));
        m_listStatus->setError({});
        return;
    }
    if (m_model->isLoading()) {
        m_listStatus->setText(tr("Loading kinds…"));
        m_listStatus->setError({});
        return;
    }
    if (const std::optional<ApiError> error = m_model->lastError()) {
        m_listStatus->setText({});
        m_listStatus->setError(tr("The kinds could not be loaded: %1").arg(error->userMessage()));
        return;
    }
    if (!m_model->hasLoaded()) {
        m_listStatus->setText({});
        m_listStatus->setError({});
        return;
    }
    const int total = static_cast<int>(m_model->kinds().size());
    const int archived = m_model->archivedCount();
    QString text = total == 1 ? tr("1 kind") : tr("%1 kinds").arg(total);
    if (archived > 0)
        text += m_model->showArchived() ? tr(", %1 archived").arg(archived)
                                        : tr(", %1 archived (hidden)").arg(archived);
    m_listStatus->setText(text);
    m_listStatus->setError({});
}

} // namespace ctx
