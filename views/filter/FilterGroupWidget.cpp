#include "FilterGroupWidget.h"

#include "ThemedIcon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctx {

using filter::Expression;

FilterGroupWidget::FilterGroupWidget(const FilterTree &tree, const FilterPath &path,
    const FilterRowChoices &choices, QWidget *parent)
    : QFrame(parent)
    , m_path(path)
    , m_combinator(new QComboBox(this))
    , m_addCondition(new QPushButton(tr("Add condition"), this))
    , m_addGroup(new QPushButton(tr("Add group"), this))
{
    setObjectName(QStringLiteral("filterGroup"));
    const FilterNode *node = tree.node(path);
    Q_ASSERT(node && node->type == FilterNode::Type::Group);
    const bool isRoot = path.isEmpty();
    if (!isRoot)
        setFrameShape(QFrame::StyledPanel);

    m_combinator->setObjectName(QStringLiteral("filterCombinator"));
    m_combinator->setAccessibleName(isRoot ? tr("Match") : tr("Group match"));
    m_combinator->addItem(tr("Match all of (AND)"), static_cast<int>(Expression::Type::And));
    m_combinator->addItem(tr("Match any of (OR)"), static_cast<int>(Expression::Type::Or));
    m_combinator->setCurrentIndex(node->combinator == Expression::Type::Or ? 1 : 0);
    m_combinator->setToolTip(tr("Whether every condition below must hold, or any one of them"));
    connect(m_combinator, &QComboBox::currentIndexChanged, this, [this] {
        emit combinatorChosen(
            m_path, static_cast<Expression::Type>(m_combinator->currentData().toInt()));
    });

    m_addCondition->setObjectName(QStringLiteral("filterAddCondition"));
    m_addCondition->setToolTip(tr("Add a condition to this group"));
    connect(m_addCondition, &QPushButton::clicked, this,
        [this] { emit addConditionRequested(m_path); });
    m_addGroup->setObjectName(QStringLiteral("filterAddGroup"));
    m_addGroup->setEnabled(tree.canAddGroup(path));
    m_addGroup->setToolTip(tree.canAddGroup(path)
            ? tr("Add a group of conditions combined the other way (AND inside OR, OR inside AND)")
            : tr("Groups can be nested %1 deep").arg(FilterTree::maxDepth));
    connect(m_addGroup, &QPushButton::clicked, this, [this] { emit addGroupRequested(m_path); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_combinator);
    header->addStretch(1);
    header->addWidget(m_addCondition);
    header->addWidget(m_addGroup);
    if (!isRoot) {
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("filterRemoveGroup"));
        remove->setIcon(ThemedIcon::standard(QStyle::SP_DialogCloseButton));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this group and its conditions"));
        remove->setAccessibleName(tr("Remove group"));
        connect(remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_path); });
        header->addWidget(remove);
    }

    auto *layout = new QVBoxLayout(this);
    if (isRoot)
        layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);

    const QString joiner = node->combinator == Expression::Type::Or ? tr("or") : tr("and");
    for (int i = 0; i < node->children.size(); ++i) {
        FilterPath childPath = path;
        childPath.append(i);
        const FilterNode &child = node->children.at(i);
        auto *line = new QHBoxLayout;
        auto *label = new QLabel(i == 0 ? tr("where") : joiner, this);
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(tr("where")) + 8);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line->addWidget(
            label, 0, child.type == FilterNode::Type::Group ? Qt::AlignTop : Qt::Alignment());
        if (child.type == FilterNode::Type::Condition) {
            auto *row = new FilterConditionRow(childPath, child.condition, choices, this);
            connect(row, &FilterConditionRow::conditionEdited, this,
                &FilterGroupWidget::conditionEdited);
            connect(row, &FilterConditionRow::removeRequested, this,
                &FilterGroupWidget::removeRequested);
            line->addWidget(row, 1);
        } else {
            auto *group = new FilterGroupWidget(tree, childPath, choices, this);
            connect(group, &FilterGroupWidget::combinatorChosen, this,
                &FilterGroupWidget::combinatorChosen);
            connect(group, &FilterGroupWidget::addConditionRequested, this,
                &FilterGroupWidget::addConditionRequested);
            connect(group, &FilterGroupWidget::addGroupRequested, this,
                &FilterGroupWidget::addGroupRequested);
            connect(group, &FilterGroupWidget::removeRequested, this,
                &FilterGroupWidget::removeRequested);
            connect(group, &FilterGroupWidget::conditionEdited, this,
                &FilterGroupWidget::conditionEdited);
            line->addWidget(group, 1);
        }
        layout->addLayout(line);
    }
    if (node->children.isEmpty() && isRoot) {
        auto *empty = new QLabel(tr("No conditions: every context matches."), this);
        empty->setObjectName(QStringLiteral("filterEmptyHint"));
        layout->addWidget(empty);
    }
}

} // namespace ctx
