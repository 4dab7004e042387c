#include "AttributeTreeModel.h"

#include "JsonPointer.h"
#include "JsonText.h"
#include "Rfc3339.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace ctx {

namespace {

const QString metaName = QStringLiteral("_meta");
const QString kindName = QStringLiteral("kind");

enum class ValueType { String, Number, Boolean, Null, Object, Array, Date };

ValueType typeOf(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        return parseRfc3339(value.toString()).has_value() ? ValueType::Date : ValueType::String;
    case JsonValue::Type::Number:
        return ValueType::Number;
    case JsonValue::Type::Bool:
        return ValueType::Boolean;
    case JsonValue::Type::Object:
        return ValueType::Object;
    case JsonValue::Type::Array:
        return ValueType::Array;
    default:
        return ValueType::Null;
    }
}

} // namespace

struct AttributeTreeModel::Node
{
    enum class Kind { Value, Meta, Private };

    Kind kind = Kind::Value;
    QString name; // what the Attribute column shows
    QString pointer;
    JsonValue value; // Kind::Value only
    ValueType type = ValueType::Null;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind childKind, const QString &childName, const QString &childPointer,
        const JsonValue &childValue = {})
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = childName;
        child->pointer = childPointer;
        child->value = childValue;
        child->type = childKind == Kind::Value ? typeOf(childValue) : ValueType::Null;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

AttributeTreeModel::AttributeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

AttributeTreeModel::~AttributeTreeModel() = default;

void AttributeTreeModel::setContext(const ContextRecord &record)
{
    beginResetModel();
    m_hasContext = true;
    m_kind = record.kind;
    m_private = record.privateAttributes;
    m_attributes = record.attributes();
    // kind, key and name lead, as on LaunchDarkly's context page, whatever order the
    // server sent them in; the custom attributes follow in the server's order.
    m_topLevel = m_attributes.members();
    const auto rank = [](const JsonValue::Member &member) {
        if (member.name == QLatin1String("key"))
            return 0;
        return member.name == QLatin1String("name") ? 1 : 2;
    };
    std::stable_sort(m_topLevel.begin(), m_topLevel.end(),
        [&rank](
            const JsonValue::Member &a, const JsonValue::Member &b) { return rank(a) < rank(b); });

    m_root = std::make_unique<Node>();
    m_root->add(Node::Kind::Value, kindName, JsonPointer::pointerForName(kindName),
        JsonValue::fromJson(compactJson(m_kind)).value_or(JsonValue()));
    for (const JsonValue::Member &member : std::as_const(m_topLevel)) {
        addChildren(m_root->add(Node::Kind::Value, member.name,
            JsonPointer::pointerForName(member.name), member.value));
    }
    if (!m_private.isEmpty()) {
        Node *meta = m_root->add(Node::Kind::Meta, metaName, JsonPointer::pointerForName(metaName));
        for (const QString &reference : std::as_const(m_private)) {
            const QString pointer = reference.startsWith(QLatin1Char('/'))
                ? reference
                : JsonPointer::pointerForName(reference);
            meta->add(Node::Kind::Private, reference, pointer);
        }
    }
    endResetModel();
}

void AttributeTreeModel::clear()
{
    beginResetModel();
    m_hasContext = false;
    m_kind.clear();
    m_private.clear();
    m_attributes = {};
    m_topLevel.clear();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void AttributeTreeModel::addChildren(Node *node)
{
    if (node->type == ValueType::Object) {
        for (const JsonValue::Member &member : node->value.members()) {
            addChildren(node->add(Node::Kind::Value, member.name,
                JsonPointer::childOf(node->pointer, member.name), member.value));
        }
    } else if (node->type == ValueType::Array) {
        const QList<JsonValue> items = node->value.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            addChildren(node->add(Node::Kind::Value, QStringLiteral("[%1]").arg(i),
                JsonPointer::childOf(node->pointer, QString::number(i)), items.at(i)));
        }
    }
}

QByteArray AttributeTreeModel::contextJson() const
{
    if (!m_hasContext)
        return {};
    // Written compact in the tree's order, then indented by the one JSON reader.
    QByteArray whole = "{" + compactJson(kindName) + ':' + compactJson(m_kind);
    for (const JsonValue::Member &member : m_topLevel)
        whole += ',' + compactJson(member.name) + ':' + member.value.toJson();
    if (!m_private.isEmpty())
        whole += ',' + compactJson(metaName) + ':' + metaJson();
    whole += '}';
    return JsonValue::fromJson(whole).value_or(JsonValue()).toJson(JsonValue::Format::Indented)
        + '\n';
}

QByteArray AttributeTreeModel::metaJson() const
{
    return compactJson(
        QJsonObject {{QStringLiteral("privateAttributes"), QJsonArray::fromStringList(m_private)}});
}

AttributeTreeModel::Node *AttributeTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AttributeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeAt(parent);
    return createIndex(row, column, node->children.at(static_cast<size_t>(row)).get());
}

QModelIndex AttributeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int AttributeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int AttributeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AttributeTreeModel::valueText(const Node &node) const
{
    if (node.kind == Node::Kind::Private)
        return tr("private");
    if (node.kind == Node::Kind::Meta) {
        const int n = static_cast<int>(node.children.size());
        return n == 1 ? tr("1 private attribute") : tr("%n private attributes", nullptr, n);
    }
    switch (node.type) {
    case ValueType::String:
        return node.value.toString();
    case ValueType::Date:
        return QLocale().toString(
            parseRfc3339(node.value.toString()).value_or(QDateTime()).toLocalTime(),
            QLocale::ShortFormat);
    case ValueType::Number:
    case ValueType::Boolean:
    case ValueType::Null:
        return QString::fromUtf8(node.value.toJson());
    case ValueType::Object: {
        const int n = static_cast<int>(node.children.size());
        return n == 1 ? tr("{1 attribute}") : tr("{%n attributes}", nullptr, n);
    }
    case ValueType::Array: {
        const int n = static_cast<int>(node.children.size());
        return n == 1 ? tr("[1 item]") : tr("[%n items]", nullptr, n);
    }
    }
    return {};
}

QString AttributeTreeModel::typeText(const Node &node) const
{
    if (node.kind != Node::Kind::Value)
        return {};
    switch (node.type) {
    case ValueType::String:
        return tr("string");
    case ValueType::Number:
        return tr("number");
    case ValueType::Boolean:
        return tr("boolean");
    case ValueType::Null:
        return tr("null");
    case ValueType::Object:
        return tr("object");
    case ValueType::Array:
        return tr("array");
    case ValueType::Date:
        return tr("date");
    }
    return {};
}

QVariant AttributeTreeModel::toolTip(const Node &node, int column) const
{
    if (node.kind == Node::Kind::Private)
        return tr("The SDK marked this attribute private: LaunchDarkly never receives its value");
    if (node.kind == Node::Kind::Meta)
        return tr("Attributes the SDK marked private: their names are listed, their values "
                  "never reach LaunchDarkly.");
    switch (column) {
    case AttributeColumn:
        return node.pointer;
    case ValueColumn:
        if (node.type == ValueType::Date || node.type == ValueType::String)
            return node.value.toString();
        return valueText(node);
    case TypeColumn:
        if (node.type == ValueType::Date)
            return tr("A string holding an RFC 3339 date-time, shown in local time");
        return {};
    default:
        return {};
    }
}

QVariant AttributeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AttributeColumn:
            return node.name;
        case ValueColumn:
            return valueText(node);
        case TypeColumn:
            return typeText(node);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(node, index.column());
    case RawJsonRole:
        if (node.kind == Node::Kind::Private)
            return QByteArray();
        if (node.kind == Node::Kind::Meta)
            return metaJson();
        return node.value.toJson();
    case PointerRole:
        return node.pointer;
    case IsPrivateRole:
        return node.kind == Node::Kind::Private;
    default:
        return {};
    }
}

QVariant AttributeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case AttributeColumn:
        return tr("Attribute");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

} // namespace ctx
