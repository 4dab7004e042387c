#include "AttributesSection.h"

#include "AttributeTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ctx {

AttributesSection::AttributesSection(ContextDetail *detail, QWidget *parent)
    : DetailSection(detail, ContextDetail::Section::Versions, parent)
    , m_sourceLabel(new QLabel(tr("From &source:"), this))
    , m_sources(new QComboBox(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("attributesSection"));
    m_sources->setObjectName(QStringLiteral("sourceBox"));
    m_sources->setAccessibleName(tr("From source"));
    m_sources->setToolTip(tr("The application or SDK whose version of the context is shown"));
    m_sourceLabel->setBuddy(m_sources);
    auto *top = new QHBoxLayout;
    top->addWidget(m_sourceLabel);
    top->addWidget(m_sources, 1);
    auto *copyValue = new QPushButton(tr("Copy &value"), this);
    copyValue->setObjectName(QStringLiteral("copyAttributeValue"));
    copyValue->setToolTip(tr("Copy the selected attribute's value (private values are not shown, "
                             "so not copied)"));
    auto *copyJson = new QPushButton(tr("Copy as &JSON"), this);
    copyJson->setToolTip(tr("Copy the whole context as JSON (private attributes by name only)"));
    top->addWidget(copyValue);
    top->addWidget(copyJson);
    contentLayout()->addLayout(top);

    m_tree->setObjectName(QStringLiteral("attributeTree"));
    m_tree->setAccessibleName(tr("Attributes"));
    m_tree->setAccessibleDescription(
        tr("The context's attributes as a tree; private attributes are listed under _meta by "
           "name only"));
    m_tree->setModel(detail->attributes());
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(0, 180);
    contentLayout()->addWidget(m_tree, 1);

    auto *copyAction = new QAction(tr("Copy value"), m_tree);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &AttributesSection::copyValue);
    connect(copyValue, &QPushButton::clicked, this, &AttributesSection::copyValue);
    connect(copyJson, &QPushButton::clicked, this, &AttributesSection::copyContextJson);
    connect(
        m_tree, &QTreeView::customContextMenuRequested, this, &AttributesSection::showContextMenu);
    connect(m_sources, &QComboBox::activated, detail, &ContextDetail::selectSource);
    connect(detail, &ContextDetail::sourceSelected, this, [this](int index) {
        m_sources->setCurrentIndex(index);
        m_tree->expandToDepth(0);
    });
    connect(detail, &ContextDetail::contextChanged, this, &AttributesSection::fillSources);
    fillSources();
}

QString AttributesSection::loadedText() const
{
    if (!detail()->foundOnServer())
        return tr("The server has no such context: it was deleted, or not seen for 30 days and "
                  "expired, or it never was in this environment.");
    const int sources = static_cast<int>(detail()->versions().size());
    return sources > 1 ? tr("Seen from %1 sources").arg(sources) : QString();
}

void AttributesSection::sectionUpdated()
{
    fillSources();
}

void AttributesSection::fillSources()
{
    const QStringList ids = detail()->applicationIds();
    m_sources->clear();
    for (const QString &id : ids)
        m_sources->addItem(id.isEmpty() ? tr("(unknown source)") : id);
    m_sources->setCurrentIndex(detail()->currentSource());
    m_sources->setEnabled(ids.size() > 1);
    m_tree->expandToDepth(0);
}

void AttributesSection::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || index.data(AttributeTreeModel::IsPrivateRole).toBool())
        return;
    const QByteArray raw = index.data(AttributeTreeModel::RawJsonRole).toByteArray();
    const QString text = index.siblingAtColumn(1).data(Qt::DisplayRole).toString();
    // Strings are copied without their JSON quotes; everything else as JSON.
    QApplication::clipboard()->setText(raw.startsWith('"') ? text : QString::fromUtf8(raw));
}

void AttributesSection::copyContextJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(detail()->attributes()->contextJson()));
}

void AttributesSection::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    QMenu menu(this);
    QAction *value = menu.addAction(tr("Copy &value"), this, &AttributesSection::copyValue);
    value->setEnabled(index.isValid() && !index.data(AttributeTreeModel::IsPrivateRole).toBool());
    menu.addAction(tr("Copy context as &JSON"), this, &AttributesSection::copyContextJson);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace ctx
