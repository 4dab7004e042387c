#include "FilterTree.h"

#include "FilterFields.h"
#include "FilterValue.h"

#include <utility>

namespace ctx {

using filter::Expression;

namespace {

Expression::Type other(Expression::Type combinator)
{
    return combinator == Expression::Type::And ? Expression::Type::Or : Expression::Type::And;
}

std::optional<Expression> build(const FilterNode &node)
{
    if (node.type == FilterNode::Type::Condition) {
        if (!node.condition.isComplete())
            return std::nullopt;
        Expression clause;
        clause.clause = filter::Clause {
            node.condition.field.trimmed(), node.condition.op, node.condition.value};
        return clause;
    }
    Expression group;
    group.type = node.combinator;
    for (const FilterNode &child : node.children) {
        std::optional<Expression> built = build(child);
        if (!built)
            continue;
        if (built->type == group.type)
            group.children.append(std::move(built->children));
        else
            group.children.append(std::move(*built));
    }
    if (group.children.isEmpty())
        return std::nullopt;
    if (group.children.size() == 1)
        return group.children.takeFirst();
    return group;
}

FilterNode nodeFrom(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause) {
        const filter::Clause &clause = expression.clause;
        return FilterNode::makeCondition(FilterCondition {clause.field, clause.op, clause.value});
    }
    FilterNode group = FilterNode::makeGroup(expression.type);
    for (const Expression &child : expression.children)
        group.children.append(nodeFrom(child));
    return group;
}

// Groups deep, counting `expression` itself when it is a group.
int groupDepth(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause)
        return 0;
    int deepest = 0;
    for (const Expression &child : expression.children)
        deepest = qMax(deepest, groupDepth(child));
    return deepest + 1;
}

QString firstUneditable(const Expression &expression)
{
    if (expression.type == Expression::Type::Clause) {
        const filter::Clause &clause = expression.clause;
        if (clause.field.trimmed().isEmpty())
            return FilterTree::tr("a condition has an empty field");
        if (!FilterValue(clause.field, clause.op).isEditable(clause.value))
            return FilterTree::tr("the value %1 of %2 cannot be edited in the builder")
                .arg(filter::printValue(clause.value), clause.field);
        return {};
    }
    for (const Expression &child : expression.children) {
        const QString reason = firstUneditable(child);
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

} // namespace

FilterNode FilterNode::makeCondition(const FilterCondition &condition)
{
    FilterNode node;
    node.type = Type::Condition;
    node.condition = condition;
    return node;
}

FilterNode FilterNode::makeGroup(filter::Expression::Type combinator)
{
    FilterNode node;
    node.type = Type::Group;
    node.combinator = combinator == Expression::Type::Or ? combinator : Expression::Type::And;
    return node;
}

bool operator==(const FilterNode &a, const FilterNode &b)
{
    if (a.type != b.type)
        return false;
    if (a.type == FilterNode::Type::Condition)
        return a.condition == b.condition;
    if (a.combinator != b.combinator || a.children.size() != b.children.size())
        return false;
    for (qsizetype i = 0; i < a.children.size(); ++i) {
        if (!(a.children.at(i) == b.children.at(i)))
            return false;
    }
    return true;
}

FilterTree::FilterTree()
    : m_root(FilterNode::makeGroup(Expression::Type::And))
{
}

const FilterNode *FilterTree::node(const FilterPath &path) const
{
    const FilterNode *current = &m_root;
    for (const int index : path) {
        if (current->type != FilterNode::Type::Group || index < 0
            || index >= current->children.size())
            return nullptr;
        current = &current->children.at(index);
    }
    return current;
}

FilterNode *FilterTree::mutableNode(const FilterPath &path)
{
    return const_cast<FilterNode *>(std::as_const(*this).node(path));
}

int FilterTree::conditionCount() const
{
    int count = 0;
    QList<const FilterNode *> pending {&m_root};
    while (!pending.isEmpty()) {
        const FilterNode *node = pending.takeLast();
        if (node->type == FilterNode::Type::Condition)
            count += node->condition.isComplete() ? 1 : 0;
        for (const FilterNode &child : node->children)
            pending.append(&child);
    }
    return count;
}

FilterPath FilterTree::addCondition(const FilterPath &group, const FilterCondition &condition)
{
    FilterNode *target = mutableNode(group);
    if (!target || target->type != FilterNode::Type::Group)
        return {};
    target->children.append(FilterNode::makeCondition(condition));
    FilterPath path = group;
    path.append(static_cast<int>(target->children.size() - 1));
    return path;
}

std::optional<FilterPath> FilterTree::addGroup(const FilterPath &group)
{
    FilterNode *target = mutableNode(group);
    if (!target || target->type != FilterNode::Type::Group || !canAddGroup(group))
        return std::nullopt;
    FilterNode child = FilterNode::makeGroup(other(target->combinator));
    child.children.append(FilterNode::makeCondition({}));
    target->children.append(std::move(child));
    FilterPath path = group;
    path.append(static_cast<int>(target->children.size() - 1));
    return path;
}

void FilterTree::setCondition(const FilterPath &path, const FilterCondition &condition)
{
    FilterNode *target = mutableNode(path);
    if (target && target->type == FilterNode::Type::Condition)
        target->condition = condition;
}

void FilterTree::setCombinator(const FilterPath &group, filter::Expression::Type combinator)
{
    FilterNode *target = mutableNode(group);
    if (target && target->type == FilterNode::Type::Group && combinator != Expression::Type::Clause)
        target->combinator = combinator;
}

void FilterTree::remove(const FilterPath &path)
{
    if (path.isEmpty())
        return;
    FilterNode *parent = mutableNode(path.first(path.size() - 1));
    const int index = path.last();
    if (parent && parent->type == FilterNode::Type::Group && index >= 0
        && index < parent->children.size())
        parent->children.removeAt(index);
}

void FilterTree::clear()
{
    m_root.children.clear();
}

std::optional<Expression> FilterTree::toExpression() const
{
    return build(m_root);
}

QString FilterTree::toText() const
{
    const std::optional<Expression> expression = toExpression();
    return expression ? filter::print(*expression) : QString();
}

FilterTree FilterTree::fromExpression(const Expression &expression)
{
    FilterTree tree;
    if (expression.type == Expression::Type::Clause)
        tree.m_root.children.append(nodeFrom(expression));
    else
        tree.m_root = nodeFrom(expression);
    return tree;
}

QString FilterTree::unsupportedReason(const Expression &expression)
{
    if (groupDepth(expression) > maxDepth)
        return tr("groups are nested more than %1 deep").arg(maxDepth);
    return firstUneditable(expression);
}

FilterTree::TextResult FilterTree::fromText(const QString &text)
{
    TextResult result;
    const filter::ParseResult parsed = filter::parse(text);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    if (!parsed.expression) {
        result.tree = FilterTree();
        return result;
    }
    result.unsupported = unsupportedReason(*parsed.expression);
    if (result.unsupported.isEmpty())
        result.tree = fromExpression(*parsed.expression);
    return result;
}

QList<filter::Operator> FilterTree::operatorsFor(const QString &field)
{
    return FilterFields::operatorsFor(field);
}

} // namespace ctx
