#include "FlagsSection.h"

#include "FlagEvaluationModel.h"
#include "FlagFilterProxyModel.h"
#include "StatusLine.h"
#include "TableSetup.h"
#include "UserPrompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ctx {

FlagsSection::FlagsSection(ContextDetail *detail, UserPrompts *prompts, QWidget *parent)
    : DetailSection(detail, ContextDetail::Section::Flags, parent)
    , m_prompts(prompts)
    , m_proxy(new FlagFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_change(new QPushButton(tr("C&hange variation…"), this))
    , m_writeStatus(new StatusLine(this))
{
    setObjectName(QStringLiteral("flagsSection"));
    m_filter->setObjectName(QStringLiteral("flagFilter"));
    m_filter->setPlaceholderText(tr("Filter flags by key, name or value"));
    m_filter->setAccessibleName(tr("Filter flags"));
    m_filter->setClearButtonEnabled(true);
    m_change->setObjectName(QStringLiteral("changeVariation"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_change);
    contentLayout()->addLayout(top);

    m_proxy->setSourceModel(detail->flags());
    m_table->setObjectName(QStringLiteral("flagTable"));
    m_table->setAccessibleName(tr("Expected flag variations"));
    m_table->setAccessibleDescription(tr("The value each flag serves this context, and why"));
    TableSetup::apply(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_proxy);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 110);
    contentLayout()->addWidget(m_table, 1);
    m_writeStatus->setRetryVisible(false);
    contentLayout()->addWidget(m_writeStatus);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FlagFilterProxyModel::setFilterText);
    connect(m_change, &QPushButton::clicked, this, &FlagsSection::changeVariation);
    connect(m_table, &QTableView::doubleClicked, this, &FlagsSection::changeVariation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FlagsSection::updateButton);
    connect(detail, &ContextDetail::contextChanged, this, [this] {
        m_writeStatus->setText({});
        m_writeStatus->setError({});
        m_pendingFlag.clear();
        updateButton();
    });
    connect(detail, &ContextDetail::variationsLoaded, this,
        [this](const QString &flagKey, const QList<FlagVariation> &variations) {
            if (flagKey != m_pendingFlag)
                return;
            m_pendingFlag.clear();
            m_writeStatus->setText({});
            const QList<FlagEvaluation> all = this->detail()->flags()->evaluations();
            const auto it = std::find_if(all.begin(), all.end(),
                [&flagKey](const FlagEvaluation &e) { return e.key == flagKey; });
            if (it == all.end())
                return;
            const auto choice = m_prompts->chooseVariation(this, *it, variations);
            if (!choice)
                return;
            if (this->detail()->setVariation(flagKey, choice->valueJson, choice->comment))
                m_writeStatus->setText(tr("Saving %1…").arg(flagKey));
            updateButton();
        });
    connect(detail, &ContextDetail::variationsFailed, this,
        [this](const QString &flagKey, const ApiError &error) {
            if (flagKey == m_pendingFlag)
                m_pendingFlag.clear();
            m_writeStatus->setText({});
            m_writeStatus->setError(tr("The variations of %1 could not be loaded: %2")
                                        .arg(flagKey, error.userMessage()));
        });
    connect(detail, &ContextDetail::variationSet, this, [this](const QString &flagKey) {
        m_writeStatus->setError({});
        m_writeStatus->setText(tr("Saved the variation of %1; flags re-evaluated.").arg(flagKey));
        updateButton();
    });
    connect(detail, &ContextDetail::variationFailed, this,
        [this](const QString &flagKey, const ApiError &error) {
            m_writeStatus->setText({});
            m_writeStatus->setError(
                tr("The variation of %1 was not changed: %2").arg(flagKey, error.userMessage()));
            updateButton();
        });
    updateButton();
}

QString FlagsSection::loadedText() const
{
    const int flags = detail()->flags()->rowCount();
    return flags == 1 ? tr("1 flag") : tr("%1 flags").arg(flags);
}

void FlagsSection::sectionUpdated()
{
    updateButton();
}

QString FlagsSection::selectedFlagKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(FlagEvaluationModel::FlagKeyRole).toString()
                             : QString();
}

void FlagsSection::updateButton()
{
    const QString key = selectedFlagKey();
    const bool possible = detail()->canSetVariation();
    m_change->setEnabled(possible && !key.isEmpty() && !detail()->isSettingVariation(key)
        && m_pendingFlag.isEmpty());
    m_change->setToolTip(possible ? tr("Choose the value this context gets for the selected flag")
                                  : tr("Variations can be changed only for a single-kind context"));
}

void FlagsSection::changeVariation()
{
    const QString key = selectedFlagKey();
    if (key.isEmpty() || !m_change->isEnabled())
        return;
    m_writeStatus->setError({});
    if (detail()->loadVariations(key)) {
        m_pendingFlag = key;
        m_writeStatus->setText(tr("Loading the variations of %1…").arg(key));
    }
    updateButton();
}

} // namespace ctx
