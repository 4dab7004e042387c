#pragma once

#include "ContextRecord.h"
#include "JsonValue.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>

namespace ctx {

// The attributes of one context version as a tree: "kind", then the attributes in the order
// the server sent them (nested objects and arrays expand), then "_meta" listing the private
// attribute references. A private attribute's value is never exposed, in any role, even when
// the server sent it anyway: the members the references name are removed on setContext().
class AttributeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { AttributeColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        RawJsonRole = Qt::UserRole + 1, // QByteArray: the node's value as compact JSON
        PointerRole, // QString: the node's JSON pointer, e.g. "/address/city"
        IsPrivateRole, // bool: a private attribute (under _meta), which has no value
    };
    Q_ENUM(Column)

    explicit AttributeTreeModel(QObject *parent = nullptr);
    ~AttributeTreeModel() override;

    void setContext(const ContextRecord &record);
    void clear();

    QString kind() const { return m_kind; }
    QStringList privateAttributes() const { return m_private; }
    // The whole context as indented JSON: kind, the attributes and _meta.privateAttributes
    // (names only). Empty when no context is set.
    QByteArray contextJson() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    void addChildren(Node *node);
    QString valueText(const Node &node) const;
    QString typeText(const Node &node) const;
    QVariant toolTip(const Node &node, int column) const;
    QByteArray metaJson() const; // _meta: {"privateAttributes": [...]}

    std::unique_ptr<Node> m_root;
    bool m_hasContext = false;
    QString m_kind;
    JsonValue m_attributes; // private members removed
    QList<JsonValue::Member> m_topLevel; // key, name, then the others in the server's order
    QStringList m_private;
};

} // namespace ctx
