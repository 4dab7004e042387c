#pragma once

#include "FilterExpression.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ctx {

// One condition of the filter builder: field operator value. A condition without a field
// is being written and is left out of the filter.
struct FilterCondition
{
    QString field;
    filter::Operator op = filter::Operator::Equals;
    QJsonValue value = QJsonValue(QString());

    bool isComplete() const { return !field.trimmed().isEmpty(); }
    friend bool operator==(const FilterCondition &, const FilterCondition &) = default;
};

// A node of the builder: a condition, or a group whose children are combined with AND
// (Expression::Type::And) or OR (Expression::Type::Or).
struct FilterNode
{
    enum class Type { Condition, Group };
    Type type = Type::Condition;
    FilterCondition condition; // when Condition
    filter::Expression::Type combinator = filter::Expression::Type::And; // when Group
    QList<FilterNode> children; // when Group

    static FilterNode makeCondition(const FilterCondition &condition);
    static FilterNode makeGroup(filter::Expression::Type combinator);
};

bool operator==(const FilterNode &a, const FilterNode &b);

// Where a node is: child indexes from the root group ({} is the root itself).
using FilterPath = QList<int>;

// The filter builder's state: a root group of conditions and nested groups. It turns into
// a filter::Expression (and the API's text through filter::print, so every value is
// escaped by the one printer) and is read back from text through filter::parse.
//
// The builder shows any AND/OR tree up to maxDepth groups deep whose values its value box
// can edit without loss (FilterValue). Text beyond that is reported by fromText() as
// unsupported, and the text stays what is applied.
class FilterTree
{
    Q_DECLARE_TR_FUNCTIONS(ctx::FilterTree)
public:
    static constexpr int maxDepth = 3; // the root group, groups in it, groups in those

    FilterTree();

    const FilterNode &root() const { return m_root; }
    // The node at `path`, or nullptr when there is none.
    const FilterNode *node(const FilterPath &path) const;
    // No complete condition anywhere.
    bool isEmpty() const { return !toExpression().has_value(); }
    int conditionCount() const; // complete conditions

    // Editing. Group paths must name groups; invalid paths are ignored (and return {}).
    // Appends a condition to the group; returns its path.
    FilterPath addCondition(const FilterPath &group, const FilterCondition &condition = {});
    // Appends a group (of the other combinator, holding one empty condition); returns its
    // path, or nothing when the group is already maxDepth deep.
    std::optional<FilterPath> addGroup(const FilterPath &group);
    bool canAddGroup(const FilterPath &group) const { return group.size() + 1 < maxDepth; }
    void setCondition(const FilterPath &path, const FilterCondition &condition);
    void setCombinator(const FilterPath &group, filter::Expression::Type combinator);
    // Removes a condition or a group (not the root); an emptied root stays, empty.
    void remove(const FilterPath &path);
    void clear();

    // The filter, without incomplete conditions and empty groups; a group of one is that
    // one; nested groups of the same combinator are merged. nullopt when nothing is left.
    std::optional<filter::Expression> toExpression() const;
    // filter::print of toExpression(), or "" when empty.
    QString toText() const;

    static FilterTree fromExpression(const filter::Expression &expression);
    // Why the builder cannot show `expression` (one sentence), or "" when it can.
    static QString unsupportedReason(const filter::Expression &expression);

    struct TextResult; // below
    // Blank text is an empty tree.
    static TextResult fromText(const QString &text);

    // The operators the API accepts for `field` (FilterFields::operatorsFor).
    static QList<filter::Operator> operatorsFor(const QString &field);

private:
    FilterNode *mutableNode(const FilterPath &path);

    FilterNode m_root;
};

struct FilterTree::TextResult
{
    std::optional<FilterTree> tree; // set when the text parsed and the builder can show it
    std::optional<filter::ParseError> error; // the text does not parse
    QString unsupported; // the text parses but the builder cannot show it
};

} // namespace ctx
